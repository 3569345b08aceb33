// Follows a running background import (crime statistics, a survey's answers): fetches the import's own page once a
// second (the admin session is not valid on the API), updates the progress bar and its text (announced politely to
// screen readers), and shows the page when the import has ended. Without JavaScript the page's "Update" link does the
// same by hand. A page opts in with an element of class import-progress and data-import, a <progress
// id="import-progress"> and an element id="import-percent".
(function () {
  var box = document.querySelector('.import-progress[data-import]');
  if (!box) { return; }
  var bar = document.getElementById('import-progress');
  var text = document.getElementById('import-percent');
  var url = window.location.pathname;
  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (html === null) { window.setTimeout(poll, 3000); return; }
        var next = new DOMParser().parseFromString(html, 'text/html');
        var nextBar = next.getElementById('import-progress');
        if (!nextBar) { window.location.reload(); return; }
        bar.value = nextBar.value;
        text.textContent = next.getElementById('import-percent').textContent;
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
})();
