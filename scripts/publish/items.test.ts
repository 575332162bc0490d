import { describe, expect, it } from 'vitest';
import { changedItems, itemUrl, parseNameStatus, supportingFiles } from './items.ts';

describe('changedItems', () => {
  it('turns a diff into content items: added, changed, removed; a rename removes and adds; media and code are no items', () => {
    const diff = parseNameStatus(
      ['A', 'content/berita/baru.md', 'M', 'content/pengumuman/libur.md', 'D', 'content/dokumen/lama.md', 'R100', 'content/halaman/a.md', 'content/halaman/b.md', 'A', 'content/berita/gambar/foto.jpg', 'M', 'src/pages/index.astro', 'M', 'content/pengaturan/situs.yml', ''].join('\0'),
    );
    expect(changedItems(diff)).toEqual([
      { koleksi: 'berita', slug: 'baru', perubahan: 'ditambah', path: 'content/berita/baru.md' },
      { koleksi: 'dokumen', slug: 'lama', perubahan: 'dihapus', path: 'content/dokumen/lama.md' },
      { koleksi: 'halaman', slug: 'a', perubahan: 'dihapus', path: 'content/halaman/a.md' },
      { koleksi: 'halaman', slug: 'b', perubahan: 'ditambah', path: 'content/halaman/b.md' },
      { koleksi: 'pengaturan', slug: 'situs', perubahan: 'diubah', path: 'content/pengaturan/situs.yml' },
      { koleksi: 'pengumuman', slug: 'libur', perubahan: 'diubah', path: 'content/pengumuman/libur.md' },
    ]);
  });
});

describe('supportingFiles', () => {
  it('finds the image and PDF fields and relative links in the text, inside the content folder only', () => {
    const text = [
      '---',
      'judul: Putusan',
      'gambar: gambar/sidang.jpg',
      'berkas: berkas/putusan%20final.pdf',
      '---',
      'Lihat ![foto](gambar/ruang.png "Ruang sidang") dan [lampiran](../dokumen/berkas/lampiran.pdf).',
      'Tautan luar [MA](https://mahkamahagung.go.id), [atas](#atas), [beranda](/), <img src="gambar/denah.svg" alt="Denah">',
      'Keluar: [x](../../package.json)',
    ].join('\n');
    expect(supportingFiles('content/berita/putusan.md', text)).toEqual([
      'content/berita/berkas/putusan final.pdf',
      'content/berita/gambar/denah.svg',
      'content/berita/gambar/ruang.png',
      'content/berita/gambar/sidang.jpg',
      'content/dokumen/berkas/lampiran.pdf',
    ]);
  });
});

it('gives each item its public address', () => {
  expect(itemUrl('https://pn-contoh.go.id/', 'berita', 'a')).toBe('https://pn-contoh.go.id/berita/a/');
  expect(itemUrl('https://pn-contoh.go.id', 'halaman', 'profil')).toBe('https://pn-contoh.go.id/profil/');
  expect(itemUrl('https://pn-contoh.go.id', 'pengaturan', 'situs')).toBeUndefined();
});
