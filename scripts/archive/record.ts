// One archive record per content item per publication, and the hash chain that links them.
// Pure: inputs in, records and bytes out (no git, no clock, no files).
//
// A record's bytes are its canonical JSON (RFC 8785, JSON Canonicalization Scheme, via the
// `canonicalize` package): keys sorted, no whitespace, one way to write every number. The
// record files on the archive branch hold exactly these bytes, so a record's hash is the
// plain SHA-256 of its file (`sha256sum catatan/000001.json`) and the next record names it
// in `sebelumnya`.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { z } from 'astro/zod';
import { indonesianError } from '../../src/check/frontmatter/zod-locale.ts';
import type { ArchiveItemInput } from '../publish/types.ts';

export const RECORD_VERSION = 1;

const text = z.string({ error: 'harus berupa teks' });
const nonEmpty = text.min(1, { error: 'tidak boleh kosong' });
const sha256 = text.regex(/^[0-9a-f]{64}$/, { error: 'harus SHA-256: 64 karakter heksadesimal huruf kecil' });
const time = z.iso.datetime({ offset: true, error: 'waktu harus ISO 8601 lengkap dengan zona, misalnya "2026-11-23T03:15:00Z"' });
const count = z.number({ error: 'harus berupa angka' }).int({ error: 'harus bilangan bulat' });
const fileRef = z
  .object({
    /** The file's path in the site repository, as published. */
    path: nonEmpty,
    sha256,
    bytes: count.nonnegative({ error: 'tidak boleh negatif' }),
  })
  .strict();

export const PERUBAHAN = ['ditambah', 'diubah', 'dihapus'] as const;

export const recordSchema = z
  .object({
    versi: z.literal(RECORD_VERSION, { error: `versi harus ${RECORD_VERSION}` }),
    /** Position in the chain, from 1. */
    nomor: count.positive({ error: 'nomor harus 1 atau lebih' }),
    /** SHA-256 of the previous record's bytes; null only for record 1. */
    sebelumnya: sha256.nullable(),
    /** When the record was made (the publication's archiving time). */
    waktu: time,
    /** IANA time zone the approval sheet shows times in, e.g. "Asia/Jakarta". */
    zonaWaktu: nonEmpty,
    item: z
      .object({
        koleksi: nonEmpty,
        slug: nonEmpty,
        judul: text,
        perubahan: z.enum(PERUBAHAN, { error: `perubahan harus salah satu dari: ${PERUBAHAN.join(', ')}` }),
        path: nonEmpty,
        url: text.nullable(),
      })
      .strict(),
    commit: text.regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/, { error: 'commit harus hash git lengkap (40 atau 64 karakter heksadesimal)' }),
    pullRequest: z
      .object({
        nomor: count.positive({ error: 'nomor pull request harus 1 atau lebih' }),
        judul: text,
        penulis: text,
        url: text,
        digabung: time,
      })
      .strict()
      .nullable(),
    /** Every stage approval standing when the pull request was merged, in chain order. */
    persetujuan: z.array(
      z
        .object({
          tahap: nonEmpty,
          nama: nonEmpty,
          label: nonEmpty,
          oleh: nonEmpty,
          pada: time,
        })
        .strict(),
    ),
    build: nonEmpty,
    /** The content file as published; null when the item was removed. */
    isi: fileRef.nullable(),
    /** Supporting files the entry references (images, PDFs), sorted by path. */
    lampiran: z.array(fileRef),
    /** The approval sheet PDF, stored as lembar/<nomor>.pdf. */
    lembar: z.object({ sha256, bytes: count.nonnegative({ error: 'tidak boleh negatif' }) }).strict(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if ((r.isi === null) !== (r.item.perubahan === 'dihapus')) {
      ctx.addIssue({ code: 'custom', path: ['isi'], message: 'isi wajib ada kecuali untuk konten yang dihapus, dan harus null untuk konten yang dihapus' });
    }
  });

export type ArchiveRecord = z.output<typeof recordSchema>;
/** A record before its approval sheet exists: the sheet shows everything but its own hash. */
export type RecordDraft = Omit<ArchiveRecord, 'lembar'>;
export type FileRef = ArchiveRecord['lampiran'][number];

/** A record together with the SHA-256 of its bytes: what the next record names. */
export interface ArchivedRecord {
  record: ArchiveRecord;
  hash: string;
}

export class RecordError extends Error {
  override name = 'RecordError';
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Where a new record goes in the chain. */
export interface ChainPosition {
  nomor: number;
  /** Hash of the record before, null for the first. */
  sebelumnya: string | null;
  /** ISO 8601, when the publication is archived. */
  waktu: string;
  zonaWaktu: string;
}

function fileRefOf(path: string, bytes: Uint8Array): FileRef {
  return { path, sha256: sha256Hex(bytes), bytes: bytes.byteLength };
}

/** The record for one item without its sheet. Supporting files are sorted and deduplicated by path. */
export function draftRecord(input: ArchiveItemInput, position: ChainPosition): RecordDraft {
  if ((position.nomor === 1) !== (position.sebelumnya === null)) {
    throw new RecordError(`catatan ${position.nomor}: hanya catatan pertama yang tanpa hash catatan sebelumnya`);
  }
  if (input.perubahan !== 'dihapus' && input.isi === undefined) {
    throw new RecordError(`${input.path}: isi berkas konten wajib ada untuk konten yang ${input.perubahan}`);
  }
  const lampiran = new Map<string, FileRef>();
  for (const file of input.lampiran) {
    const ref = fileRefOf(file.path, file.isi);
    const seen = lampiran.get(file.path);
    if (seen && seen.sha256 !== ref.sha256) throw new RecordError(`${input.path}: lampiran ${file.path} disebut dua kali dengan isi berbeda`);
    lampiran.set(file.path, ref);
  }
  return {
    versi: RECORD_VERSION,
    nomor: position.nomor,
    sebelumnya: position.sebelumnya,
    waktu: position.waktu,
    zonaWaktu: position.zonaWaktu,
    item: {
      koleksi: input.koleksi,
      slug: input.slug,
      judul: input.judul,
      perubahan: input.perubahan,
      path: input.path,
      url: input.url ?? null,
    },
    commit: input.commit,
    pullRequest: input.pullRequest ? { ...input.pullRequest } : null,
    persetujuan: input.persetujuan.map((a) => ({ tahap: a.tahap, nama: a.nama, label: a.label, oleh: a.oleh, pada: a.pada })),
    build: input.build,
    isi: input.perubahan === 'dihapus' || input.isi === undefined ? null : fileRefOf(input.path, input.isi),
    lampiran: [...lampiran.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}

/** The finished record: the draft plus the hash of its approval sheet. Validated, so a bad input never reaches the branch. */
export function sealRecord(draft: RecordDraft, sheet: Uint8Array): ArchiveRecord {
  const record = { ...draft, lembar: { sha256: sha256Hex(sheet), bytes: sheet.byteLength } };
  const result = recordSchema.safeParse(record, { error: indonesianError });
  if (!result.success) throw new RecordError(describeIssues(`catatan ${draft.nomor}`, result.error.issues));
  return record;
}

/** The record's canonical JSON bytes (RFC 8785): what is stored and hashed. */
export function recordBytes(record: ArchiveRecord): Buffer {
  const text = canonicalize(record);
  if (text === undefined) throw new RecordError('catatan tidak dapat ditulis sebagai JSON');
  return Buffer.from(text, 'utf8');
}

export function recordHash(bytes: Uint8Array): string {
  return sha256Hex(bytes);
}

export type ParsedRecord =
  | { ok: true; record: ArchiveRecord; canonical: boolean }
  | { ok: false; message: string };

/**
 * Reads a stored record back. `canonical` is false when the bytes are valid but not in
 * canonical form: a stored record is always canonical, so the file was edited.
 */
export function parseRecord(bytes: Uint8Array, file: string): ParsedRecord {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `${file}: bukan teks UTF-8` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${file}: bukan JSON yang valid (${(error as Error).message})` };
  }
  const result = recordSchema.safeParse(data, { error: indonesianError });
  if (!result.success) return { ok: false, message: describeIssues(file, result.error.issues) };
  return { ok: true, record: result.data, canonical: canonicalize(data) === text };
}

function describeIssues(file: string, issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${file}: ${issue.path.map(String).join('.') || '(akar)'}: ${issue.message}`).join('\n');
}
