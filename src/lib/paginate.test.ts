import { describe, expect, it } from 'vitest';
import { paginate, paginatedPaths } from './paginate.ts';

describe('paginate', () => {
  const items = Array.from({ length: 23 }, (_, i) => i + 1);

  it('puts page 1 at the base URL and later pages under halaman/N/', () => {
    const pages = paginate(items, 10, '/berita/');
    expect(pages.map((p) => p.urls[p.current - 1])).toEqual(['/berita/', '/berita/halaman/2/', '/berita/halaman/3/']);
    expect(pages[2]).toMatchObject({ items: [21, 22, 23], current: 3, last: 3, total: 23, prev: '/berita/halaman/2/', next: undefined });
    expect(pages[0]).toMatchObject({ prev: undefined, next: '/berita/halaman/2/' });
  });

  it('still has one (empty) page for an empty list', () => {
    expect(paginate([], 10, '/tag/x/')).toMatchObject([{ items: [], current: 1, last: 1, total: 0 }]);
  });

  it('gives the rest parameter for each page', () => {
    expect(paginatedPaths(items, 10, '/berita/kategori/k/', { kategori: 'k' }).map((p) => p.params)).toEqual([
      { kategori: 'k', page: undefined },
      { kategori: 'k', page: 'halaman/2' },
      { kategori: 'k', page: 'halaman/3' },
    ]);
  });

  it('refuses a base without a trailing slash', () => {
    expect(() => paginate(items, 10, '/berita')).toThrow('harus diakhiri "/"');
  });
});
