// The archive branch's layout, named once: where records, archived files and approval
// sheets live, and how their names are read back. Parsers return undefined for paths the
// archive does not manage.

/** The branch the archive lives on unless told otherwise. */
export const DEFAULT_BRANCH = 'arsip';
export const README_PATH = 'README.md';

const WIDTH = 6;
const RECORD = /^catatan\/(\d{6,})\.json$/;
const SHEET = /^lembar\/(\d{6,})\.pdf$/;
const BERKAS = /^berkas\/([0-9a-f]{64})$/;

/** "000042": sequence numbers are zero-padded so the files sort in order (wider past 999999). */
export function padNomor(nomor: number): string {
  return String(nomor).padStart(WIDTH, '0');
}

export function recordPath(nomor: number): string {
  return `catatan/${padNomor(nomor)}.json`;
}

export function sheetPath(nomor: number): string {
  return `lembar/${padNomor(nomor)}.pdf`;
}

/** Content-addressed copy of a content or supporting file. */
export function berkasPath(sha256: string): string {
  return `berkas/${sha256}`;
}

function number(pattern: RegExp, path: string): number | undefined {
  const m = pattern.exec(path);
  if (!m?.[1]) return undefined;
  const n = Number(m[1]);
  // "0000001.json" (wider than needed) would alias "000001.json": only the canonical name counts.
  return n >= 1 && Number.isSafeInteger(n) && m[1] === padNomor(n) ? n : undefined;
}

export function parseRecordPath(path: string): number | undefined {
  return number(RECORD, path);
}

export function parseSheetPath(path: string): number | undefined {
  return number(SHEET, path);
}

export function parseBerkasPath(path: string): string | undefined {
  return BERKAS.exec(path)?.[1];
}
