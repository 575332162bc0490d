// Applies the visitor's saved text size and contrast before the page is painted.
// Loaded synchronously from <head>; kept tiny. See situs.js for the toolbar itself.
(function () {
  try {
    var saved = JSON.parse(localStorage.getItem('laman-aksesibilitas') || '{}');
    var root = document.documentElement;
    if (saved.teks === 'kecil' || saved.teks === 'besar') root.setAttribute('data-teks', saved.teks);
    if (saved.kontras === true) root.setAttribute('data-kontras', 'tinggi');
  } catch (e) {
    // Storage can be disabled (private mode, strict settings): the page keeps its defaults.
  }
})();
