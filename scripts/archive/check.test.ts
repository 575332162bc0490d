// The archive check over plain data: the cases the git tests do not reach. Pure.
import { describe, expect, it } from 'vitest';
import { checkArchive, type CheckInput } from './check.ts';
import { berkasPath, recordPath, sheetPath } from './layout.ts';
import { draftRecord, recordBytes, recordHash, sealRecord, sha256Hex } from './record.ts';
import type { StoredFile } from './read.ts';
import { item } from './test-support.ts';

const COMMIT = 'a'.repeat(40);

/** A chain of n intact records with their files and sheets. */
function chain(n: number): { files: Map<string, StoredFile>; records: Map<number, Uint8Array> } {
  const files = new Map<string, StoredFile>();
  const records = new Map<number, Uint8Array>();
  let previous: string | null = null;
  for (let nomor = 1; nomor <= n; nomor++) {
    const input = item(COMMIT, { isi: Buffer.from(`isi ${nomor}`) });
    const sheet = Buffer.from(`lembar ${nomor}`);
    const record = sealRecord(draftRecord(input, { nomor, sebelumnya: previous, waktu: '2026-11-23T03:00:00Z', zonaWaktu: 'Asia/Jakarta' }), sheet);
    const bytes = recordBytes(record);
    records.set(nomor, bytes);
    files.set(recordPath(nomor), { sha256: recordHash(bytes), bytes: bytes.length });
    files.set(sheetPath(nomor), { sha256: sha256Hex(sheet), bytes: sheet.length });
    for (const ref of [record.isi!, ...record.lampiran]) files.set(berkasPath(ref.sha256), { sha256: ref.sha256, bytes: ref.bytes });
    previous = recordHash(bytes);
  }
  return { files, records };
}

const input = (parts: ReturnType<typeof chain>, extra: Partial<CheckInput> = {}): CheckInput => ({ ...parts, others: [], rewrites: [], ...extra });
const codes = (input: CheckInput) => checkArchive(input).problems.map((p) => `${p.code}${p.nomor !== undefined ? ` ${p.nomor}` : ''}`);

describe('checkArchive', () => {
  it('passes an intact chain and names its head', () => {
    const parts = chain(3);
    const result = checkArchive(input(parts));
    expect(result.problems).toEqual([]);
    expect(result.chain.map((r) => r.record.nomor)).toEqual([1, 2, 3]);
    expect(result.head).toEqual({ nomor: 3, sha256: recordHash(parts.records.get(3)!) });
  });

  it('passes an empty branch (README only)', () => {
    expect(checkArchive(input({ files: new Map([['README.md', { sha256: 'x', bytes: 1 }]]), records: new Map() }))).toEqual({ chain: [], head: null, problems: [] });
  });

  it('reports one record copied over another as a duplicate number', () => {
    const parts = chain(3);
    parts.records.set(3, parts.records.get(2)!);
    expect(codes(input(parts))).toEqual(['duplicate-record 2', 'reordered 3']);
  });

  it('reports a first record that names a predecessor, and a later one that names none', () => {
    const parts = chain(2);
    const one = JSON.parse(Buffer.from(parts.records.get(1)!).toString());
    const two = JSON.parse(Buffer.from(parts.records.get(2)!).toString());
    parts.records.set(1, recordBytes({ ...one, sebelumnya: 'b'.repeat(64) }));
    parts.records.set(2, recordBytes({ ...two, sebelumnya: null }));
    const result = checkArchive(input(parts));
    expect(result.problems.map((p) => p.message)).toEqual([
      `catatan 1 harus tanpa hash catatan sebelumnya, tetapi menyebut ${'b'.repeat(16)}…`,
      'tautan catatan 2 putus: catatan ini tidak menyebut hash catatan 1',
    ]);
  });

  it('reports a missing archived file, a renamed one, and paths Laman never writes', () => {
    const parts = chain(1);
    const [isi] = [...parts.files.keys()].filter((f) => f.startsWith('berkas/'));
    const stored = parts.files.get(isi!)!;
    parts.files.delete(isi!);
    parts.files.set(berkasPath('c'.repeat(64)), stored);
    parts.files.set('catatan/catatan.txt', stored);
    expect(codes(input(parts, { others: ['modul'] }))).toEqual(['missing-file 1', 'unknown-path', 'unknown-path', 'altered-file']);
  });
});
