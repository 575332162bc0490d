// Every problem the archive check reports, in one list: a stable code, and the Indonesian
// sentence (what was found, what was expected). Codes are what --json consumers match on.
import { padNomor, recordPath, sheetPath } from './layout.ts';

export class ArchiveError extends Error {
  override name = 'ArchiveError';
}

export type ProblemCode =
  | 'missing-record'
  | 'unparsable-record'
  | 'not-canonical'
  | 'reordered'
  | 'duplicate-record'
  | 'altered-record'
  | 'broken-link'
  | 'missing-file'
  | 'altered-file'
  | 'missing-sheet'
  | 'altered-sheet'
  | 'orphan-sheet'
  | 'unknown-path'
  | 'rewritten-history'
  | 'head-mismatch';

export interface Problem {
  code: ProblemCode;
  /** The record the problem belongs to, when there is one. */
  nomor?: number;
  /** The file on the archive branch. */
  path?: string;
  /** Full hashes for the record: what was recorded and what is there now. */
  expected?: string;
  actual?: string;
  message: string;
}

const short = (hash: string) => `${hash.slice(0, 16)}…`;
const shortPath = (stored: string) => (stored.startsWith('berkas/') ? `berkas/${short(stored.slice(7))}` : stored);

export const problems = {
  missingRecord: (nomor: number): Problem => ({
    code: 'missing-record',
    nomor,
    path: recordPath(nomor),
    message: `catatan ${nomor} hilang: ${recordPath(nomor)} tidak ada, padahal ada catatan sesudahnya`,
  }),
  unparsableRecord: (nomor: number, detail: string): Problem => ({
    code: 'unparsable-record',
    nomor,
    path: recordPath(nomor),
    message: `catatan ${nomor} tidak dapat dibaca:\n    ${detail.replaceAll('\n', '\n    ')}`,
  }),
  notCanonical: (nomor: number): Problem => ({
    code: 'not-canonical',
    nomor,
    path: recordPath(nomor),
    message: `catatan ${nomor} tidak lagi dalam bentuk JSON kanonis (RFC 8785) seperti saat ditulis: berkasnya disunting`,
  }),
  reordered: (fileNomor: number, contentNomor: number): Problem => ({
    code: 'reordered',
    nomor: fileNomor,
    path: recordPath(fileNomor),
    message: `urutan catatan berubah: ${recordPath(fileNomor)} berisi catatan nomor ${contentNomor}, bukan ${fileNomor}`,
  }),
  duplicateRecord: (nomor: number, files: number[]): Problem => ({
    code: 'duplicate-record',
    nomor,
    message: `nomor catatan ${nomor} dipakai lebih dari satu berkas: ${files.map(recordPath).join(', ')}`,
  }),
  alteredRecord: (nomor: number, actual: string, expected: string): Problem => ({
    code: 'altered-record',
    nomor,
    path: recordPath(nomor),
    expected,
    actual,
    message: `catatan ${nomor} diubah: SHA-256-nya sekarang ${short(actual)}, tetapi catatan ${nomor + 1} mencatat ${short(expected)} sebagai hash catatan sebelumnya`,
  }),
  brokenLink: (nomor: number, recorded: string | null, actual: string | null): Problem => ({
    code: 'broken-link',
    nomor,
    path: recordPath(nomor),
    ...(actual ? { expected: actual } : {}),
    ...(recorded ? { actual: recorded } : {}),
    message:
      nomor === 1
        ? `catatan 1 harus tanpa hash catatan sebelumnya, tetapi menyebut ${short(recorded ?? '')}`
        : recorded === null
          ? `tautan catatan ${nomor} putus: catatan ini tidak menyebut hash catatan ${nomor - 1}`
          : `tautan catatan ${nomor} ke catatan ${nomor - 1} putus: tercatat ${short(recorded)}, sedangkan SHA-256 catatan ${nomor - 1} ${short(actual ?? '')}`,
  }),
  missingFile: (nomor: number, role: string, path: string, stored: string): Problem => ({
    code: 'missing-file',
    nomor,
    path: stored,
    message: `catatan ${nomor}: ${role} ${path} hilang dari arsip (${stored} tidak ada)`,
  }),
  alteredFile: (nomor: number | undefined, role: string, path: string | undefined, stored: string, actual: string): Problem => ({
    code: 'altered-file',
    ...(nomor !== undefined ? { nomor } : {}),
    path: stored,
    expected: stored.slice(stored.indexOf('/') + 1),
    actual,
    message: `${nomor !== undefined ? `catatan ${nomor}: ${role} ${path ?? ''} ` : ''}diubah: ${shortPath(stored)} tidak lagi sama dengan namanya, SHA-256 isinya sekarang ${short(actual)}`,
  }),
  missingSheet: (nomor: number): Problem => ({
    code: 'missing-sheet',
    nomor,
    path: sheetPath(nomor),
    message: `catatan ${nomor}: lembar persetujuan ${sheetPath(nomor)} hilang`,
  }),
  alteredSheet: (nomor: number, expected: string, actual: string): Problem => ({
    code: 'altered-sheet',
    nomor,
    path: sheetPath(nomor),
    expected,
    actual,
    message: `catatan ${nomor}: lembar persetujuan ${sheetPath(nomor)} diubah: SHA-256-nya ${short(actual)}, yang dicatat ${short(expected)}`,
  }),
  orphanSheet: (nomor: number): Problem => ({
    code: 'orphan-sheet',
    nomor,
    path: sheetPath(nomor),
    message: `${sheetPath(nomor)} tidak punya catatan ${padNomor(nomor)}`,
  }),
  unknownPath: (path: string): Problem => ({
    code: 'unknown-path',
    path,
    message: `${path} bukan bagian dari arsip (yang ada hanya README.md, catatan/, berkas/ dan lembar/)`,
  }),
  rewrittenHistory: (nomor: number | undefined, path: string, status: string, commit: string): Problem => ({
    code: 'rewritten-history',
    ...(nomor !== undefined ? { nomor } : {}),
    path,
    message: `commit ${commit.slice(0, 12)} ${status === 'D' ? 'menghapus' : 'mengubah'} ${path}: arsip hanya boleh ditambah, tidak pernah diubah`,
  }),
  headMismatch: (published: string): Problem => ({
    code: 'head-mismatch',
    message: `hash kepala rantai yang diumumkan (${short(published)}) bukan hash catatan mana pun: catatan diubah atau dihapus sejak diumumkan`,
  }),
};
