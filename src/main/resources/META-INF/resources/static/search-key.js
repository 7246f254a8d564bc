// "/" focuses the header search box (issue 15), as on most sites; not while typing in a field.
(function () {
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) {
      return;
    }
    var box = document.getElementById('top-search-q');
    if (box) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  });
})();
