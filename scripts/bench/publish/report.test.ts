import { expect, it } from 'vitest';
import { formatPublishBench } from './report.ts';

it('prints both publishes step by step and the ratio of their totals', () => {
  const text = formatPublishBench(
    4400,
    { label: 'penuh', steps: [['bangun', 60_000], ['manifest', 2_000], ['pasang', 3_000]], totalMs: 65_000, files: 9000, records: 0 },
    { label: 'satu artikel', steps: [['bangun', 30_000], ['manifest', 2_000], ['pasang', 1_000], ['arsip', 500]], totalMs: 33_500, files: 9002, records: 1 },
  );
  expect(text).toContain('| bangun                       |   60.0 s |       30.0 s |');
  expect(text).toContain('| arsip                        |    0.0 s |        0.5 s |');
  expect(text).toContain('satu artikel / penuh: 0.52');
  expect(text.split('\n')[0]).toBe('Situs contoh: 4400 konten');
});
