// The table `laman bench publish` prints: each step of a full publish next to the same steps
// when one article changed, and the ratio of the totals. Pure.

export interface PublishTiming {
  /** What was published, e.g. "penuh (cache kosong)". */
  label: string;
  /** Milliseconds per step, by step name, in order. */
  steps: Array<[string, number]>;
  totalMs: number;
  /** Files in the built site, and archive records written. */
  files: number;
  records: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function formatPublishBench(items: number, full: PublishTiming, change: PublishTiming): string {
  const names = [...new Set([...full.steps.map(([n]) => n), ...change.steps.map(([n]) => n)])];
  const rows = [
    ['langkah', full.label, change.label],
    ...names.map((n) => [n, seconds(full.steps.find(([s]) => s === n)?.[1] ?? 0), seconds(change.steps.find(([s]) => s === n)?.[1] ?? 0)]),
    ['total', seconds(full.totalMs), seconds(change.totalMs)],
    ['berkas situs / catatan arsip', `${full.files} / ${full.records}`, `${change.files} / ${change.records}`],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const ratio = change.totalMs / Math.max(full.totalMs, 1);
  return [
    `Situs contoh: ${items} konten`,
    line(rows[0]!),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
    '',
    `satu artikel / penuh: ${ratio.toFixed(2)}`,
    '',
  ].join('\n');
}
