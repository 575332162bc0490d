// The benchmark's printed result: table, full/bare ratios, target and a bar chart.
import type { Variant } from './jobs.ts';
import type { BenchRow } from './run.ts';

/** The goal: the real site costs at most 30 % more than bare Astro at 4,000 berita. */
export const TARGET = { size: 4000, ratio: 1.3 } as const;

export interface ReportMeta {
  runs: number;
  astroVersion: string;
  nodeVersion: string;
  cpus: number;
}

function ratios(rows: readonly BenchRow[], field: 'wallMs' | 'cpuMs' = 'wallMs'): Map<number, number> {
  const result = new Map<number, number>();
  const find = (size: number, variant: Variant) => rows.find((r) => r.size === size && r.variant === variant);
  for (const size of new Set(rows.map((r) => r.size))) {
    const full = find(size, 'full');
    const bare = find(size, 'bare');
    if (full && bare) result.set(size, full[field] / bare[field]);
  }
  return result;
}

function table(header: readonly string[], body: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
}

function barChart(rows: readonly BenchRow[], width = 40): string[] {
  const max = Math.max(...rows.map((r) => r.wallMs));
  const labelWidth = Math.max(...rows.map((r) => `${r.size} ${r.variant}`.length));
  return rows.map((r) => {
    const bar = '#'.repeat(Math.max(1, Math.round((r.wallMs / max) * width)));
    return `${`${r.size} ${r.variant}`.padEnd(labelWidth)}  ${bar.padEnd(width)}  ${(r.wallMs / 1000).toFixed(2)} s`;
  });
}

function targetLine(byRatio: Map<number, number>): string {
  const goal = `Target: full/bare wall time <= ${TARGET.ratio} at ${TARGET.size.toLocaleString('en')} berita`;
  const measured = byRatio.get(TARGET.size);
  if (measured === undefined) return `${goal}: not measured (needs --sizes ${TARGET.size} and both variants)`;
  return `${goal}: ${measured.toFixed(2)}, ${measured <= TARGET.ratio ? 'MET' : 'NOT MET'}`;
}

export function formatReport(rows: readonly BenchRow[], meta: ReportMeta): string {
  if (rows.length === 0) return 'No builds were measured.\n';
  const byRatio = ratios(rows);
  const runs = meta.runs > 1 ? `median of ${meta.runs} runs` : '1 run';
  const body = rows.map((r) => [
    String(r.size),
    r.variant,
    (r.wallMs / 1000).toFixed(2),
    (r.cpuMs / 1000).toFixed(2),
    String(r.pages),
    (r.pages / (r.wallMs / 1000)).toFixed(1),
    String(Math.round(r.maxRssKb / 1024)),
    r.pagefindMs === undefined ? '-' : (r.pagefindMs / 1000).toFixed(2),
  ]);
  return [
    `Cold Astro builds (${runs}); Astro ${meta.astroVersion}, Node ${meta.nodeVersion}, ${meta.cpus} CPUs`,
    '',
    ...table(['size', 'variant', 'wall s', 'cpu s', 'pages', 'pages/s', 'peak RSS MB', 'pagefind s'], body),
    '',
    ...(byRatio.size > 0
      ? ['Full/bare wall time (Astro builds only; Pagefind is listed on its own):', ...[...byRatio].map(([size, ratio]) => `  ${size}: ${ratio.toFixed(2)}`)]
      : ['Full/bare wall time: needs both variants']),
    ...(byRatio.size > 0 ? ['Full/bare CPU time (less sensitive to other load on the machine):', ...[...ratios(rows, 'cpuMs')].map(([size, ratio]) => `  ${size}: ${ratio.toFixed(2)}`)] : []),
    targetLine(byRatio),
    '',
    'Wall time:',
    ...barChart(rows),
    '',
  ].join('\n');
}
