// The checks the CMS runs before saving: the same rules as `laman check`, on the file
// Decap is about to write.
import { describe, expect, it } from 'vitest';
import { checkBeforeSave, saveRefusal } from './checks.ts';
import { entryText } from './entry-text.ts';
import type { SiteIndexData } from './site-index-data.ts';

const index: SiteIndexData = {
  routes: ['/', '/berita/', '/layanan/'],
  files: ['berita/gambar/lama.jpg'],
  settings: {
    court: 'Pengadilan Negeri Contoh',
    allowlist: { phones: ['(0271) 555-0100'], emails: ['info@pn-contoh.go.id'], emailDomains: ['pn-contoh.go.id'] },
    ethics: [{ hindari: 'pelaku', saran: 'terdakwa', kecuali: ['pelaku usaha'] }],
  },
};
const now = new Date('2026-11-21T08:00:00Z');
const berita = (body: string, extra: Record<string, unknown> = {}) => ({
  judul: 'Sidang Keliling di Kecamatan Tamansari',
  tanggal: '2026-11-20',
  ringkasan: 'Pengadilan Negeri Contoh menggelar sidang keliling untuk perkara isbat dan permohonan warga.',
  kategori: 'Layanan',
  tag: ['Sidang Keliling'],
  penulis: 'Tim Redaksi',
  gambar: '',
  alt_gambar: '',
  body,
  ...extra,
});

describe('entryText', () => {
  it('writes the frontmatter and body Decap will save, leaving out cleared fields', () => {
    const text = entryText('berita', berita('Isi berita.'));
    expect(text).toMatch(/^---\njudul: Sidang Keliling di Kecamatan Tamansari\n/);
    expect(text).not.toContain('gambar');
    expect(text).toMatch(/\n---\nIsi berita\.\n$/);
  });
});

describe('checkBeforeSave', () => {
  it('lets a clean new entry through', () => {
    expect(checkBeforeSave('berita', '', berita('Layanan dibuka pukul 08.00 di [balai kecamatan](/layanan/).'), index, now)).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a NIK with an Indonesian message that does not repeat the number', () => {
    const { errors } = checkBeforeSave('berita', 'sidang-keliling', berita('Pemohon ber-NIK 3372015708900003 hadir.'), index, now);
    expect(errors.map((e) => e.rule)).toEqual(['pribadi/nik']);
    const message = saveRefusal(errors);
    expect(message).toMatch(/^Entri belum dapat disimpan: 1 masalah harus diperbaiki dulu\.\n• NIK terdeteksi \(33\*+03\)/);
    expect(message).not.toContain('3372015708900003');
  });

  it('warns without refusing for the writing-ethics list', () => {
    const result = checkBeforeSave('berita', 'sidang', berita('Keterangan pelaku didengar majelis.'), index, now);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.rule)).toEqual(['etika/istilah']);
  });

  it('accepts a photo uploaded in this session, which the site index does not know yet', () => {
    const data = berita('Isi.', { gambar: 'gambar/baru-diunggah.jpg', alt_gambar: 'Hakim memeriksa berkas permohonan' });
    expect(checkBeforeSave('berita', 'sidang', data, index, now).errors).toEqual([]);
  });

  it('refuses a link to a page that does not exist and a sensitive case without confirmation', () => {
    const data = berita('Lihat [jadwal](/jadwal-sidang-lama/).', { judul: 'Sidang Perkara Perceraian Digelar Tertutup' });
    expect(checkBeforeSave('berita', 'sidang', data, index, now).errors.map((e) => e.rule).sort()).toEqual(['pribadi/pengaburan', 'tautan/internal']);
  });

  it('ignores collections it does not know', () => {
    expect(checkBeforeSave('lain', 'x', { body: 'NIK 3372015708900003' }, index, now)).toEqual({ errors: [], warnings: [] });
  });
});
