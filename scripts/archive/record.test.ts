// Records, their canonical bytes and hash, reading them back; WinAnsi sanitising. Pure.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { StandardFonts, PDFDocument } from 'pdf-lib';
import { draftRecord, parseRecord, recordBytes, recordHash, RecordError, sealRecord, type ChainPosition } from './record.ts';
import { parseBerkasPath, parseRecordPath, parseSheetPath, recordPath } from './layout.ts';
import { item } from './test-support.ts';
import { sanitise } from './winansi.ts';

const COMMIT = '3f2a9c1d0b7e4a5b6c7d8e9f0a1b2c3d4e5f6a7b';
const first: ChainPosition = { nomor: 1, sebelumnya: null, waktu: '2026-11-23T03:00:00.000Z', zonaWaktu: 'Asia/Jakarta' };
const sheet = new Uint8Array([37, 80, 68, 70]);

describe('records', () => {
  it('hashes the canonical JSON (RFC 8785): sorted keys, no whitespace', () => {
    const record = sealRecord(draftRecord(item(COMMIT), first), sheet);
    const bytes = recordBytes(record);
    const text = bytes.toString('utf8');
    expect(text).not.toMatch(/\s"|":\s|\n/);
    expect(Object.keys(JSON.parse(text))).toEqual([...Object.keys(record)].sort());
    expect(recordHash(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(record).toMatchObject({
      versi: 1,
      nomor: 1,
      sebelumnya: null,
      item: { koleksi: 'berita', slug: 'pelayanan-sidang-keliling', perubahan: 'ditambah', url: 'https://pn-contoh.go.id/berita/pelayanan-sidang-keliling/' },
      pullRequest: { nomor: 7, penulis: 'ani' },
      lembar: { sha256: createHash('sha256').update(sheet).digest('hex'), bytes: 4 },
    });
    expect(record.persetujuan.map((a) => a.oleh)).toEqual(['ani', 'budi', 'citra', 'dewi']);
  });

  it('reads a stored record back, and tells an edited layout from the stored bytes', () => {
    const record = sealRecord(draftRecord(item(COMMIT), first), sheet);
    expect(parseRecord(recordBytes(record), 'x.json')).toEqual({ ok: true, record, canonical: true });
    expect(parseRecord(Buffer.from(JSON.stringify(record, null, 2)), 'x.json')).toMatchObject({ ok: true, canonical: false });
  });

  it('explains a record it cannot read, in Indonesian, naming the field', () => {
    const record = sealRecord(draftRecord(item(COMMIT), first), sheet);
    const bad = { ...record, sebelumnya: 'ABC', item: { ...record.item, perubahan: 'digeser' }, ekstra: 1 };
    const parsed = parseRecord(Buffer.from(JSON.stringify(bad)), 'catatan/000001.json');
    expect(parsed.ok).toBe(false);
    const message = parsed.ok ? '' : parsed.message;
    expect(message).toContain('catatan/000001.json: sebelumnya: harus SHA-256: 64 karakter heksadesimal huruf kecil');
    expect(message).toContain('catatan/000001.json: item.perubahan: perubahan harus salah satu dari: ditambah, diubah, dihapus');
    expect(message).toContain('ekstra');
    expect(parseRecord(Buffer.from([0xff, 0xfe]), 'y.json')).toEqual({ ok: false, message: 'y.json: bukan teks UTF-8' });
    expect(parseRecord(Buffer.from('{'), 'y.json')).toMatchObject({ ok: false, message: expect.stringMatching(/^y.json: bukan JSON yang valid/) });
  });

  it('records a removal without content, and sorts and deduplicates supporting files', () => {
    const removed = draftRecord(item(COMMIT, { perubahan: 'dihapus', isi: undefined, url: undefined }), first);
    expect(removed).toMatchObject({ isi: null, item: { url: null } });
    const a = { path: 'content/berita/gambar/b.jpg', isi: Buffer.from('b') };
    const b = { path: 'content/berita/gambar/a.jpg', isi: Buffer.from('a') };
    expect(draftRecord(item(COMMIT, { lampiran: [a, b, a] }), first).lampiran.map((l) => l.path)).toEqual([b.path, a.path]);
  });

  it('refuses inputs that would make a broken record', () => {
    expect(() => draftRecord(item(COMMIT), { ...first, nomor: 2 })).toThrow(RecordError);
    expect(() => draftRecord(item(COMMIT), { ...first, sebelumnya: 'a'.repeat(64) })).toThrow('hanya catatan pertama');
    expect(() => draftRecord(item(COMMIT, { isi: undefined }), first)).toThrow('isi berkas konten wajib ada untuk konten yang ditambah');
    expect(() => sealRecord(draftRecord(item('bukan-commit'), first), sheet)).toThrow('commit: commit harus hash git lengkap');
  });
});

describe('layout names', () => {
  it('reads back exactly the names it writes', () => {
    expect(recordPath(42)).toBe('catatan/000042.json');
    expect(parseRecordPath('catatan/000042.json')).toBe(42);
    expect(parseRecordPath('catatan/0000042.json')).toBeUndefined();
    expect(parseRecordPath('catatan/000000.json')).toBeUndefined();
    expect(parseRecordPath('catatan/1234567.json')).toBe(1234567);
    expect(parseSheetPath('lembar/000003.pdf')).toBe(3);
    expect(parseBerkasPath(`berkas/${'a'.repeat(64)}`)).toBe('a'.repeat(64));
    expect(parseBerkasPath(`berkas/${'A'.repeat(64)}`)).toBeUndefined();
  });
});

describe('sanitise for WinAnsi', async () => {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  it.each([
    ['Sidang “Desember” – Timur', 'Sidang “Desember” – Timur'],
    ['Operator → Redaktur ≥ 2', 'Operator -> Redaktur >= 2'],
    ['baris\nkedua\tdan\u200Btab', 'baris kedua dantab'],
    ['Kaşif Ğ ő', 'Kasif G o'],
    ['😀 漢字', '? ??'],
    ['ﬁle café', 'file café'],
  ])('%s', (input, output) => {
    const text = sanitise(input, font);
    expect(text).toBe(output);
    expect(() => font.encodeText(text)).not.toThrow();
  });
});
