// Ok/not-ok examples each rule module carries; a test replays them all.
import type { CollectionName } from '../../../schema/collections.ts';

export interface RuleExample {
  name: string;
  collection?: CollectionName;
  /** Path inside the content folder; defaults to "<collection>/contoh.md". */
  contentPath?: string;
  text: string;
  /** "line:column" of each finding this rule must report, in order; [] for an ok example. */
  expect: readonly string[];
}

const BERITA_FIELDS: Record<string, string> = {
  judul: 'Rapat Evaluasi Kinerja Triwulan III',
  tanggal: '2026-10-05',
  ringkasan: 'Pengadilan Negeri Contoh mengevaluasi kinerja pelayanan triwulan ketiga.',
  kategori: 'Kegiatan',
  tag: '[Kinerja]',
  penulis: 'Tim Redaksi',
};

/**
 * A berita file: the default frontmatter (six fields between fences, so the body starts on
 * line 9) with `fields` replacing or adding keys, then `body`.
 */
export function berita(body: string, fields: Record<string, string | undefined> = {}): string {
  const merged: Record<string, string | undefined> = { ...BERITA_FIELDS, ...fields };
  const yaml = Object.entries(merged)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}`;
}
