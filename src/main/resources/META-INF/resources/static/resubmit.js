// Back and submit again (issue 13, item 4). Pages are no-store, so on Back the browser loads a form page again:
// it keeps what was typed, but the page carries a new one-time submission token, and submitting it again would save
// a second record. Each form's token is remembered for this tab when it is submitted; on a page reached with
// Back or Forward, the forms get back the tokens they were submitted with, so the server answers with the first
// result. A page opened any other way (a link, a reload) keeps its new tokens: a new form is a new record.
(function () {
  var entry = window.performance && performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;
  var historyVisit = !!entry && entry.type === 'back_forward';
  var forms = document.querySelectorAll('form[method=post]');
  for (var i = 0; i < forms.length; i++) {
    remember(forms[i], 'submission:' + location.pathname + location.search + '#' + i + ':' + forms[i].getAttribute('action'));
  }

  function remember(form, key) {
    var field = form.querySelector('input[name="submission-token"]');
    if (!field) {
      return;
    }
    try {
      var used = sessionStorage.getItem(key);
      if (historyVisit && used) {
        field.value = used;
      }
      form.addEventListener('submit', function () {
        sessionStorage.setItem(key, field.value);
      });
    } catch (storageRefused) {
      // private mode without storage: the form works as without this script
    }
  }
})();
