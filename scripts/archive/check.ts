// The archive check, pure: the branch's files (hashed) and record bytes in, the chain and
// every problem out. verify.ts reads the branch and calls this.
import { berkasPath, parseBerkasPath, parseRecordPath, parseSheetPath, README_PATH, recordPath, sheetPath } from './layout.ts';
import { problems as p, type Problem } from './messages.ts';
import { parseRecord, recordHash, type ArchivedRecord, type ArchiveRecord } from './record.ts';
import type { Rewrite } from './git.ts';
import type { StoredFile } from './read.ts';

export interface CheckInput {
  files: ReadonlyMap<string, StoredFile>;
  records: ReadonlyMap<number, Uint8Array>;
  others: readonly string[];
  rewrites: readonly Rewrite[];
}

export interface CheckResult {
  /** Records that could be read, in chain order, each with the SHA-256 of its bytes. */
  chain: ArchivedRecord[];
  /** The last record of the chain: the hash a court can publish. */
  head: { nomor: number; sha256: string } | null;
  problems: Problem[];
}

interface Entry {
  /** The number in the file's name. */
  file: number;
  hash: string;
  record?: ArchiveRecord;
  canonical: boolean;
}

export function checkArchive(input: CheckInput, options: { publishedHead?: string } = {}): CheckResult {
  const found: Problem[] = [];
  const entries: Entry[] = [];
  for (const [file, bytes] of [...input.records].sort((a, b) => a[0] - b[0])) {
    const hash = recordHash(bytes);
    const parsed = parseRecord(bytes, recordPath(file));
    if (!parsed.ok) {
      found.push(p.unparsableRecord(file, parsed.message));
      entries.push({ file, hash, canonical: false });
      continue;
    }
    if (!parsed.canonical) found.push(p.notCanonical(file));
    if (parsed.record.nomor !== file) found.push(p.reordered(file, parsed.record.nomor));
    entries.push({ file, hash, record: parsed.record, canonical: parsed.canonical });
  }

  const last = entries.at(-1)?.file ?? 0;
  const present = new Set(entries.map((e) => e.file));
  for (let n = 1; n < last; n++) if (!present.has(n)) found.push(p.missingRecord(n));

  // The chain in the records' own order: two swapped files break no link, only the order.
  const byPosition = new Map<number, Entry[]>();
  for (const entry of entries) {
    const position = entry.record?.nomor ?? entry.file;
    byPosition.set(position, [...(byPosition.get(position) ?? []), entry]);
  }
  const unique = new Map<number, Entry>();
  for (const [position, group] of byPosition) {
    if (group.length > 1) found.push(p.duplicateRecord(position, group.map((e) => e.file)));
    else unique.set(position, group[0]!);
  }
  const positions = [...unique.keys()].sort((a, b) => a - b);
  for (const position of positions) {
    const entry = unique.get(position)!;
    if (!entry.record) continue;
    const recorded = entry.record.sebelumnya;
    if (position === 1) {
      if (recorded !== null) found.push(p.brokenLink(1, recorded, null));
      continue;
    }
    const previous = unique.get(position - 1);
    if (recorded === null) {
      found.push(p.brokenLink(position, null, previous?.hash ?? null));
      continue;
    }
    // No single record before it: the gap or the duplicate is already reported.
    if (!previous || recorded === previous.hash) continue;
    if (previous.record && previous.canonical) found.push(p.alteredRecord(position - 1, previous.hash, recorded));
    found.push(p.brokenLink(position, recorded, previous.hash));
  }

  found.push(...checkFiles(input, entries));

  for (const rewrite of input.rewrites) {
    found.push(p.rewrittenHistory(parseRecordPath(rewrite.path) ?? parseSheetPath(rewrite.path), rewrite.path, rewrite.status, rewrite.commit));
  }

  const lastPosition = positions.at(-1);
  const headEntry = lastPosition !== undefined ? unique.get(lastPosition) : undefined;
  const head = headEntry && lastPosition !== undefined ? { nomor: lastPosition, sha256: headEntry.hash } : null;
  if (options.publishedHead !== undefined && !entries.some((e) => e.hash === options.publishedHead)) {
    found.push(p.headMismatch(options.publishedHead));
  }

  const chain = positions.flatMap((position) => {
    const entry = unique.get(position)!;
    return entry.record ? [{ record: entry.record, hash: entry.hash }] : [];
  });
  return { chain, head, problems: sortProblems(found) };
}

/** Archived files and sheets against the hashes the records name, and paths Laman never writes. */
function checkFiles(input: CheckInput, entries: readonly Entry[]): Problem[] {
  const found: Problem[] = [];
  const altered = new Map<string, string>();
  const sheets = new Set<number>();
  for (const [path, file] of input.files) {
    if (path === README_PATH || parseRecordPath(path) !== undefined) continue;
    const sheet = parseSheetPath(path);
    if (sheet !== undefined) {
      sheets.add(sheet);
      continue;
    }
    const name = parseBerkasPath(path);
    if (name === undefined) found.push(p.unknownPath(path));
    else if (file.sha256 !== name) altered.set(path, file.sha256);
  }
  for (const path of input.others) found.push(p.unknownPath(path));

  const referenced = new Set<string>();
  const numbers = new Set<number>();
  for (const entry of entries) {
    numbers.add(entry.file);
    const record = entry.record;
    if (!record) continue;
    numbers.add(record.nomor);
    const refs = [...(record.isi ? [{ role: 'berkas konten', ref: record.isi }] : []), ...record.lampiran.map((ref) => ({ role: 'lampiran', ref }))];
    for (const { role, ref } of refs) {
      const stored = berkasPath(ref.sha256);
      referenced.add(stored);
      const file = input.files.get(stored);
      if (!file) found.push(p.missingFile(record.nomor, role, ref.path, stored));
      else if (file.sha256 !== ref.sha256) found.push(p.alteredFile(record.nomor, role, ref.path, stored, file.sha256));
    }
    const sheet = input.files.get(sheetPath(record.nomor));
    if (!sheet) found.push(p.missingSheet(record.nomor));
    else if (sheet.sha256 !== record.lembar.sha256) found.push(p.alteredSheet(record.nomor, record.lembar.sha256, sheet.sha256));
  }
  for (const [path, actual] of altered) if (!referenced.has(path)) found.push(p.alteredFile(undefined, 'berkas', undefined, path, actual));
  for (const sheet of sheets) if (!numbers.has(sheet)) found.push(p.orphanSheet(sheet));
  return found;
}

function sortProblems(list: Problem[]): Problem[] {
  return list
    .map((problem, i) => ({ problem, i }))
    .sort((a, b) => (a.problem.nomor ?? Infinity) - (b.problem.nomor ?? Infinity) || a.i - b.i)
    .map(({ problem }) => problem);
}
