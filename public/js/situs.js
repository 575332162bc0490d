// Progressive enhancement for every page: the accessibility toolbar (text size, high
// contrast, remembered across pages) and closing the menu dropdowns. The site works
// without this file.
(function () {
  var KEY = 'laman-aksesibilitas';
  var root = document.documentElement;

  function load() {
    try {
      return JSON.parse(localStorage.getItem(KEY) || '{}');
    } catch (e) {
      return {};
    }
  }
  function save(state) {
    try {
      localStorage.setItem(KEY, JSON.stringify(state));
    } catch (e) {
      // Not remembered when storage is unavailable; the choice still applies to this page.
    }
  }
  function apply(state) {
    if (state.teks === 'kecil' || state.teks === 'besar') root.setAttribute('data-teks', state.teks);
    else root.removeAttribute('data-teks');
    if (state.kontras) root.setAttribute('data-kontras', 'tinggi');
    else root.removeAttribute('data-kontras');
    var toolbar = document.querySelector('[data-aksesibilitas]');
    if (!toolbar) return;
    toolbar.querySelectorAll('[data-teks]').forEach(function (b) {
      b.setAttribute('aria-pressed', String((state.teks || 'normal') === b.getAttribute('data-teks')));
    });
    var kontras = toolbar.querySelector('[data-kontras]');
    if (kontras) kontras.setAttribute('aria-pressed', String(!!state.kontras));
  }

  var toolbar = document.querySelector('[data-aksesibilitas]');
  if (toolbar) {
    var state = load();
    apply(state);
    toolbar.hidden = false;
    toolbar.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button) return;
      if (button.hasAttribute('data-teks')) state.teks = button.getAttribute('data-teks');
      if (button.hasAttribute('data-kontras')) state.kontras = !state.kontras;
      apply(state);
      save(state);
    });
  }

  // Menu dropdowns are <details>: close the others when one opens, and all on Escape
  // or a click outside.
  var menus = Array.prototype.slice.call(document.querySelectorAll('.menu details'));
  menus.forEach(function (d) {
    d.addEventListener('toggle', function () {
      if (d.open) menus.forEach(function (o) { if (o !== d) o.open = false; });
    });
  });
  document.addEventListener('click', function (event) {
    if (!event.target.closest('.menu details')) menus.forEach(function (d) { d.open = false; });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    menus.forEach(function (d) {
      if (d.open) {
        d.open = false;
        d.querySelector('summary').focus();
      }
    });
  });
})();
