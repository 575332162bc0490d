// The search page: Pagefind's UI over the index built at publish time, all on this host.
// A query from the header form (?q=…) is searched right away.
(function () {
  var element = document.querySelector('[data-cari]');
  if (!element || typeof PagefindUI === 'undefined') return;
  var ui = new PagefindUI({
    element: '#cari',
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: {
      placeholder: 'Ketik kata kunci, misalnya "sidang keliling"',
      zero_results: 'Tidak ada hasil untuk [SEARCH_TERM]',
      many_results: '[COUNT] hasil untuk [SEARCH_TERM]',
      one_result: '[COUNT] hasil untuk [SEARCH_TERM]',
      search_label: 'Cari di situs ini',
      clear_search: 'Hapus',
      load_more: 'Tampilkan lebih banyak',
      filters_label: 'Saring',
    },
  });
  // Pagefind labels its field with aria-label only; give it a visible label too (WCAG 3.3.2).
  var input = element.querySelector('input');
  var label = document.querySelector('[data-cari-label]');
  if (input && label) {
    input.id = 'pagefind-masukan';
    label.hidden = false;
  }
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
