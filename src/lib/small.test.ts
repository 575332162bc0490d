import { describe, expect, it } from 'vitest';
import { resolveBerkas, isPublishedFile } from './berkas.ts';
import { buildTime } from './build-time.ts';
import { formatTanggal, formatUkuran, isoTanggal } from './format.ts';
import { isAktif } from './pengumuman-aktif.ts';
import { slugify } from './slug.ts';

const d = (s: string) => new Date(s);

describe('isAktif', () => {
  const p = { tanggal: d('2026-11-01T00:00:00Z'), berlaku_hingga: d('2026-11-21T00:00:00Z') };
  it('is active through the whole last day', () => {
    expect(isAktif(p, d('2026-11-21T23:59:00Z'))).toBe(true);
    expect(isAktif(p, d('2026-11-22T00:00:00Z'))).toBe(false);
  });
  it('is not active before its date, and forever without an end', () => {
    expect(isAktif(p, d('2026-10-31T00:00:00Z'))).toBe(false);
    expect(isAktif({ tanggal: p.tanggal }, d('2030-01-01T00:00:00Z'))).toBe(true);
  });
});

describe('format', () => {
  it('formats calendar dates in Indonesian without a time-zone shift', () => {
    expect(formatTanggal(d('2026-01-01T00:00:00Z'))).toBe('1 Januari 2026');
    expect(isoTanggal(d('2026-12-31T00:00:00Z'))).toBe('2026-12-31');
  });
  it('formats sizes with an Indonesian decimal comma', () => {
    expect(formatUkuran(900)).toBe('900 B');
    expect(formatUkuran(1536)).toBe('1,5 KB');
    expect(formatUkuran(3 * 1024 * 1024 + 200 * 1024)).toBe('3,2 MB');
  });
});

describe('resolveBerkas', () => {
  it('resolves a reference relative to its entry and gives its public URL', () => {
    expect(resolveBerkas('/r/content', '/r/content/dokumen/dipa.md', 'berkas/DIPA 2026.pdf')).toEqual({
      absPath: '/r/content/dokumen/berkas/DIPA 2026.pdf',
      contentPath: 'dokumen/berkas/DIPA 2026.pdf',
      url: '/berkas/dokumen/berkas/DIPA%202026.pdf',
    });
  });
  it('refuses a reference outside the content folder', () => {
    expect(() => resolveBerkas('/r/content', '/r/content/dokumen/a.md', '../../etc/passwd')).toThrow('di luar folder konten');
  });
  it('publishes documents and images only', () => {
    expect(['a.pdf', 'b.JPG', 'c.webp', 'logo.svg'].every(isPublishedFile)).toBe(true);
    expect(['a.md', 'situs.yml', '.env', 'x.html', 'y.js'].some(isPublishedFile)).toBe(false);
  });
});

describe('buildTime and slugify', () => {
  it('takes the pinned date from LAMAN_NOW, else the clock', () => {
    expect(buildTime({ LAMAN_NOW: '2026-11-21' })).toEqual(d('2026-11-21T00:00:00Z'));
    expect(buildTime({}, () => d('2027-01-01T00:00:00Z'))).toEqual(d('2027-01-01T00:00:00Z'));
    expect(() => buildTime({ LAMAN_NOW: 'kemarin' })).toThrow('LAMAN_NOW="kemarin" bukan tanggal yang valid');
  });
  it('makes URL segments from names', () => {
    expect(slugify('Zona Integritas')).toBe('zona-integritas');
    expect(() => slugify('!!!')).toThrow('tidak menghasilkan alamat');
  });
});
