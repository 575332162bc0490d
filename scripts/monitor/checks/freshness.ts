// Content freshness, read from the checked-out default branch (never from the live site):
// the newest berita and pengumuman against berita_days / pengumuman_days, and every periodic
// (berkala) item of the 2-144 list against mandatory_months (UU 14/2008 Pasal 9).
// A file that cannot be read becomes an evidence line naming it, never a crash.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { parseYaml, splitFrontmatter, YamlSyntaxError } from '../../../src/check/frontmatter/yaml.ts';
import { addMonths } from '../../../src/lib/transparansi.ts';
import { INFORMASI_WAJIB, isBerkala, type InformasiWajib } from '../../../src/schema/informasi-publik.ts';
import type { Finding } from '../../records/types.ts';
import type { MonitorConfig } from '../config.ts';
import { DAY_MS, isoDay, limitEvidence, type Check } from './context.ts';

export const FRESHNESS_SUBJECTS = ['berita', 'pengumuman', 'informasi-wajib'] as const;

/** One content entry as far as freshness cares. */
export interface Entry {
  collection: 'berita' | 'pengumuman' | 'dokumen' | 'halaman';
  /** Relative to the repository root, "/" separators. */
  file: string;
  judul?: string;
  tanggal?: Date;
  diperbarui?: Date;
  /** dokumen: `informasi`; halaman: `informasi_wajib`. */
  informasi: string[];
}

export interface ContentSnapshot {
  entries: Entry[];
  /** "content/berita/x.md: …" for files that could not be read. */
  problems: string[];
}

export const freshnessCheck: Check = {
  kind: 'freshness',
  subjects: () => [...FRESHNESS_SUBJECTS],
  run: async (ctx) => judgeFreshness(await readContent(ctx.root), ctx.config.freshness, ctx.now()),
};

const COLLECTIONS = ['berita', 'pengumuman', 'dokumen', 'halaman'] as const;

export async function readContent(root: string): Promise<ContentSnapshot> {
  const entries: Entry[] = [];
  const problems: string[] = [];
  for (const collection of COLLECTIONS) {
    const base = path.join(root, 'content', collection);
    for (const match of (await glob('**/*.md', { cwd: base })).sort()) {
      const file = `content/${collection}/${match}`;
      const parsed = parseEntry(collection, file, await readFile(path.join(base, match), 'utf8'));
      if ('problem' in parsed) problems.push(parsed.problem);
      else entries.push(parsed);
    }
  }
  return { entries, problems };
}

/** The fields freshness needs from one Markdown file (pure). */
export function parseEntry(collection: Entry['collection'], file: string, text: string): Entry | { problem: string } {
  const source = splitFrontmatter(text);
  if (!source) return { problem: `${file}: tidak ada frontmatter (--- … ---) di awal berkas` };
  let data: unknown;
  try {
    data = parseYaml(source.yaml, source.firstLine, source.offset).data;
  } catch (error) {
    if (error instanceof YamlSyntaxError) return { problem: `${file}:${error.line}: ${error.message}` };
    throw error;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { problem: `${file}: frontmatter bukan daftar "nama: nilai"` };
  const d = data as Record<string, unknown>;
  const entry: Entry = { collection, file, informasi: [] };
  if (typeof d.judul === 'string') entry.judul = d.judul;
  for (const field of ['tanggal', 'diperbarui'] as const) {
    if (d[field] === undefined || d[field] === null) continue;
    const date = toDate(d[field]);
    if (!date) return { problem: `${file}: ${field} bukan tanggal TTTT-BB-HH ("${String(d[field])}")` };
    entry[field] = date;
  }
  if (collection === 'dokumen' && typeof d.informasi === 'string') entry.informasi = [d.informasi];
  if (collection === 'halaman' && Array.isArray(d.informasi_wajib)) entry.informasi = d.informasi_wajib.filter((v): v is string => typeof v === 'string');
  return entry;
}

function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())) return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** When an entry last changed: `diperbarui` when set (dokumen, halaman), else `tanggal`. */
function lastChanged(e: Entry): Date | undefined {
  return e.diperbarui ?? e.tanggal;
}

/** The three freshness findings (pure). */
export function judgeFreshness(snapshot: ContentSnapshot, limits: MonitorConfig['freshness'], now: Date, items: readonly InformasiWajib[] = INFORMASI_WAJIB): Finding[] {
  return [
    newest(snapshot, 'berita', limits.berita_days, now),
    newest(snapshot, 'pengumuman', limits.pengumuman_days, now),
    mandatory(snapshot, limits.mandatory_months, now, items),
  ];
}

function problemsOf(snapshot: ContentSnapshot, folder: string): string[] {
  return snapshot.problems.filter((p) => p.startsWith(`content/${folder}/`)).map((p) => `tidak dapat dibaca: ${p}`);
}

function newest(snapshot: ContentSnapshot, collection: 'berita' | 'pengumuman', maxDays: number, now: Date): Finding {
  const dated = snapshot.entries.filter((e) => e.collection === collection && e.tanggal && e.tanggal <= now).sort((a, b) => b.tanggal!.getTime() - a.tanggal!.getTime());
  const problems = problemsOf(snapshot, collection);
  const top = dated[0];
  if (!top) {
    return { check: 'freshness', subject: collection, status: 'fail', summary: `belum ada ${collection} yang terbit`, evidence: limitEvidence([`tidak ada ${collection} bertanggal di content/${collection}/`, ...problems]) };
  }
  const age = Math.floor((now.getTime() - top.tanggal!.getTime()) / DAY_MS);
  const evidence = limitEvidence([`terbaru: "${top.judul ?? top.file}" tanggal ${isoDay(top.tanggal!)} (${top.file})`, ...problems]);
  if (age > maxDays) {
    return { check: 'freshness', subject: collection, status: 'fail', summary: `${collection} terbaru berumur ${age} hari (batas ${maxDays} hari): terbitkan ${collection} baru`, evidence };
  }
  return { check: 'freshness', subject: collection, status: problems.length ? 'warn' : 'ok', summary: `${collection} terbaru berumur ${age} hari (batas ${maxDays} hari)`, evidence };
}

function mandatory(snapshot: ContentSnapshot, months: number, now: Date, items: readonly InformasiWajib[]): Finding {
  const stale: string[] = [];
  const missing: string[] = [];
  for (const item of items.filter((i) => isBerkala(i.kategori))) {
    const sources = snapshot.entries
      .filter((e) => (e.collection === 'dokumen' || e.collection === 'halaman') && e.informasi.includes(item.id) && lastChanged(e))
      .sort((a, b) => lastChanged(b)!.getTime() - lastChanged(a)!.getTime());
    const latest = sources[0];
    if (!latest) missing.push(`belum tersedia: ${item.judul} (kode ${item.id})`);
    else if (addMonths(lastChanged(latest)!, months) < now) {
      stale.push(`${item.judul}: terakhir diperbarui ${isoDay(lastChanged(latest)!)} (${latest.file})`);
    }
  }
  const problems = [...problemsOf(snapshot, 'dokumen'), ...problemsOf(snapshot, 'halaman')];
  const evidence = limitEvidence([...stale, ...missing, ...problems]);
  if (stale.length) {
    return {
      check: 'freshness',
      subject: 'informasi-wajib',
      status: 'fail',
      summary: `${stale.length} informasi berkala wajib tidak diperbarui lebih dari ${months} bulan (UU 14/2008 Pasal 9)`,
      evidence,
    };
  }
  if (missing.length || problems.length) {
    const parts = [missing.length ? `${missing.length} informasi berkala wajib belum tersedia` : '', problems.length ? `${problems.length} berkas tidak dapat dibaca` : ''].filter(Boolean);
    return { check: 'freshness', subject: 'informasi-wajib', status: 'warn', summary: parts.join('; '), evidence };
  }
  return { check: 'freshness', subject: 'informasi-wajib', status: 'ok', summary: `semua informasi berkala wajib diperbarui dalam ${months} bulan terakhir`, evidence: [] };
}
