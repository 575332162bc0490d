import { describe, expect, it } from 'vitest';
import { parseMeasurement } from './measurement.ts';
import { formatReport } from './report.ts';
import type { BenchRow } from './run.ts';
import { parseSizes } from './sizes.ts';
import { median } from './stats.ts';

const meta = { runs: 1, astroVersion: '7.3.5', nodeVersion: 'v24.0.0', cpus: 2 };
const row = (size: number, variant: 'bare' | 'full', wallMs: number, pagefindMs?: number): BenchRow => ({
  size,
  variant,
  runs: 1,
  wallMs,
  cpuMs: wallMs * 2,
  pages: size + 1,
  maxRssKb: 1024 * 500,
  pagefindMs,
});

describe('formatReport', () => {
  it('prints the table, the ratio per size, the target verdict and bars', () => {
    const text = formatReport([row(1000, 'bare', 5000), row(1000, 'full', 6000, 1500), row(4000, 'bare', 10000), row(4000, 'full', 14000, 4000)], meta);
    expect(text).toContain('size  variant  wall s  cpu s  pages  pages/s  peak RSS MB  pagefind s');
    const fullRow = text.split('\n').find((l) => /^\s*1000\s+full\s/.test(l));
    expect(fullRow?.trim().split(/\s+/)).toEqual(['1000', 'full', '6.00', '12.00', '1001', '166.8', '500', '1.50']);
    expect(text).toContain('  1000: 1.20');
    expect(text).toContain('  4000: 1.40');
    expect(text).toContain('<= 1.3 at 4,000 berita: 1.40, NOT MET');
    expect(text).toMatch(/CPU time[^\n]*\n  1000: 1\.20\n  4000: 1\.40/);
    expect(text).toMatch(/4000 full {2}#{40} {2}14\.00 s/);
  });

  it('says when the target was not measured', () => {
    const text = formatReport([row(50, 'bare', 3000)], meta);
    expect(text).toContain('not measured');
    expect(text).toContain('needs both variants');
  });
});

describe('helpers', () => {
  it('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('parseSizes', () => {
    expect(parseSizes('1000,4000')).toEqual([1000, 4000]);
    expect(parseSizes(' 50 ')).toEqual([50]);
    expect(parseSizes('1000,x')).toMatch(/"x"/);
    expect(parseSizes('0')).toMatch(/≥ 1/);
    expect(parseSizes('')).toMatch(/whole numbers/);
  });

  it('parseMeasurement takes the last JSON line and checks its fields', () => {
    const line = JSON.stringify({ wallMs: 1, buildMs: 1, cpuMs: 4, maxRssKb: 2, pages: 3 });
    expect(parseMeasurement(`log\n{"old":1}\n${line}\n`)).toEqual({ wallMs: 1, buildMs: 1, cpuMs: 4, maxRssKb: 2, pages: 3 });
    expect(parseMeasurement('{"wallMs":1}\n')).toBeUndefined();
    expect(parseMeasurement('{not json}\n')).toBeUndefined();
    expect(parseMeasurement('')).toBeUndefined();
  });
});
