import { describe, expect, it } from 'vitest';
import { formatFinding, validateText } from './validate.ts';

const berita = (frontmatter: string, body = '\nIsi berita.\n') => `---\n${frontmatter.trim()}\n---\n${body}`;
const valid = `
judul: Sosialisasi e-Court
tanggal: 2026-10-01
ringkasan: Pengadilan menyosialisasikan e-Court kepada advokat.
kategori: Sosialisasi
tag: [e-Court]
penulis: Tim Humas
`;

describe('validateText', () => {
  it('accepts a valid berita', () => {
    expect(validateText('content/berita/a.md', berita(valid), 'berita')).toEqual([]);
  });

  // Each bad input names the file, the line of the field and the field, in Indonesian.
  it.each([
    {
      name: 'missing title',
      text: berita(valid.replace('judul: Sosialisasi e-Court\n', '')),
      field: 'judul',
      line: 2,
      message: 'judul wajib diisi dan berupa teks',
    },
    {
      name: 'empty title',
      text: berita(valid.replace('judul: Sosialisasi e-Court', 'judul: ""')),
      field: 'judul',
      line: 2,
      message: 'judul tidak boleh kosong',
    },
    {
      name: 'impossible date',
      text: berita(valid.replace('tanggal: 2026-10-01', 'tanggal: 2026-13-45')),
      field: 'tanggal',
      line: 3,
      message: 'tanggal harus berupa tanggal yang valid',
    },
    {
      name: 'image without alt text',
      text: berita(valid + 'gambar: gambar/foto.jpg\n'),
      field: 'alt_gambar',
      line: 2,
      message: 'alt_gambar wajib diisi bila ada gambar',
    },
    {
      name: 'image that is not an image',
      text: berita(valid + 'gambar: gambar/foto.exe\nalt_gambar: Foto\n'),
      field: 'gambar',
      line: 8,
      message: 'gambar harus berakhiran .jpg',
    },
    {
      name: 'image path leaving the content folder',
      text: berita(valid + 'gambar: ../../rahasia.jpg\nalt_gambar: Foto\n'),
      field: 'gambar',
      line: 8,
      message: 'tidak boleh keluar dari folder konten',
    },
    {
      name: 'misspelt field',
      text: berita(valid + 'penulsi: Humas\n'),
      field: 'penulsi',
      line: 8,
      message: 'isian "penulsi" tidak dikenal',
    },
    {
      name: 'tags not a list',
      text: berita(valid.replace('tag: [e-Court]', 'tag: e-Court')),
      field: 'tag',
      line: 6,
      message: 'tag harus berupa daftar',
    },
    {
      name: 'boolean written as text',
      text: berita(valid + 'perhatian_khusus: ya\n'),
      field: 'perhatian_khusus',
      line: 8,
      message: 'perhatian_khusus harus true atau false',
    },
  ])('$name', ({ text, field, line, message }) => {
    const findings = validateText('content/berita/a.md', text, 'berita');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'content/berita/a.md', field, line });
    expect(findings[0]!.message).toContain(message);
    expect(formatFinding(findings[0]!)).toMatch(new RegExp(`^content/berita/a\\.md:${line}: ${field}: `));
  });

  it('reports a pengumuman that ends before it starts', () => {
    const text = `---\n${valid.trim()}\njenis: umum\nberlaku_hingga: 2026-09-01\n---\n`;
    const [finding] = validateText('content/pengumuman/a.md', text, 'pengumuman');
    expect(finding).toMatchObject({ field: 'berlaku_hingga', line: 9 });
    expect(finding!.message).toBe('berlaku_hingga tidak boleh lebih awal dari tanggal pengumuman');
  });

  it('lists the allowed values of a dokumen category', () => {
    const text = '---\njudul: DIPA 2026\ntanggal: 2026-01-02\nkategori: berkala-9\nberkas: berkas/dipa.pdf\nringkasan: DIPA tahun 2026.\n---\n';
    const [finding] = validateText('content/dokumen/dipa.md', text, 'dokumen');
    expect(finding).toMatchObject({ field: 'kategori', line: 4 });
    expect(finding!.message).toContain('berkala-1, berkala-2');
  });

  it('reports YAML syntax errors with their line', () => {
    const text = berita(valid.replace('kategori: Sosialisasi', 'kategori: [Sosialisasi'));
    const [finding] = validateText('content/berita/a.md', text, 'berita');
    expect(finding!.message).toMatch(/^YAML tidak valid/);
    expect(finding!.line).toBeGreaterThanOrEqual(5);
  });

  it('reports a file without frontmatter', () => {
    expect(validateText('content/berita/a.md', '# Judul\n', 'berita')[0]!.message).toContain('frontmatter tidak ditemukan');
  });

  it('points at nested settings fields', () => {
    const text = 'nama: PN Contoh\nalamat:\n  jalan: Jl. Contoh 1\n  kota: Kota Contoh\n  provinsi: Jawa Tengah\n  kode_pos: "5719"\n';
    const findings = validateText('content/pengaturan/situs.yml', text, 'pengaturan');
    const kodePos = findings.find((f) => f.field === 'alamat.kode_pos');
    expect(kodePos).toMatchObject({ line: 6, message: 'alamat.kode_pos harus 5 angka' });
  });
});
