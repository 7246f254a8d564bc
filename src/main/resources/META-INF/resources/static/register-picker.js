// Search-as-you-type for the "Add a body" picker on a list page. Without this script the plain
// GET form does the same; here the results part of the server-rendered page is swapped in place.
(function () {
  'use strict';
  var input = document.querySelector('input[data-live]');
  if (!input || !window.fetch || !window.DOMParser) {
    return;
  }
  var target = document.getElementById(input.getAttribute('data-live'));
  var form = input.form;
  var timer = null;
  var latest = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var ticket = ++latest;
      var url = form.getAttribute('action') + '?q=' + encodeURIComponent(input.value);
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (html === null || ticket !== latest) {
            return;
          }
          var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(target.id);
          if (fresh) {
            target.replaceChildren.apply(target, Array.prototype.slice.call(fresh.childNodes));
            window.history.replaceState(null, '', url);
          }
        })
        .catch(function () { /* the plain form still works */ });
    }, 250);
  });
}());
