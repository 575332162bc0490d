import { describe, expect, it } from 'vitest';
import { parseChildLine } from './fixture.ts';
import type { RunMeasurement } from './measure.ts';
import { formatCheckBench } from './report.ts';
import type { CheckBenchResult } from './run.ts';
import { countsFor } from './sizes.ts';

const meta = { nodeVersion: 'v24.21.0', sharpVersion: '0.35.5', vipsVersion: '8.18.7', cpus: 2 };

function run(files: number, wallMs: number, extra: Partial<RunMeasurement> = {}): RunMeasurement {
  return { files, wallMs, errors: 0, warnings: 0, fixes: 0, cache: { hits: 0, misses: 0, encodes: 0, rejected: 0 }, maxRssKb: 300 * 1024, ...extra };
}

const result: CheckBenchResult = {
  counts: { berita: 3511, pengumuman: 175, dokumen: 300, halaman: 14, gambar: 300 },
  fixture: { files: 4627, bytes: 98_700_000, generateMs: 61_200 },
  photoBytes: { before: 60_000_000, after: 12_300_000 },
  check: run(4627, 30_000, { errors: 300, warnings: 640, cache: { hits: 25, misses: 300, encodes: 0, rejected: 0 } }),
  raw: { images: 300, bytes: 60_000_000, wallMs: 75_000, maxRssKb: 650 * 1024 },
  photos: run(300, 100_000, { fixes: 1200, cache: { hits: 0, misses: 300, encodes: 300, rejected: 0 }, maxRssKb: 700 * 1024 }),
  tree: run(4627, 40_000, { fixes: 600, warnings: 12, cache: { hits: 325, misses: 0, encodes: 0, rejected: 0 }, maxRssKb: 720 * 1024 }),
  again: run(4627, 32_000, { warnings: 12, cache: { hits: 325, misses: 0, encodes: 0, rejected: 0 }, maxRssKb: 720 * 1024 }),
};

const cells = (text: string, start: string) => text.split('\n').find((l) => l.trimStart().startsWith(start))?.trim().split(/\s{2,}/);

describe('formatCheckBench', () => {
  it('prints a row per run and every figure in plain lines', () => {
    const text = formatCheckBench(result, meta);
    expect(text).toContain('Fixture: 4000 entries (3511 berita, 175 pengumuman, 300 dokumen, 14 halaman), 300 phone photos');
    expect(text).toContain('4627 files, 98.7 MB, generated in 61.20 s');
    expect(text).toContain('Node v24.21.0, sharp 0.35.5 (libvips 8.18.7), 2 CPUs, 4 files at a time');
    expect(cells(text, 'run')).toEqual(['run', 'files', 'wall s', 'files/s', 'errors', 'warnings', 'fixes', 'encodes', 'peak RSS MB']);
    expect(cells(text, '1 check')).toEqual(['1 check, no --fix', '4627', '30.00', '154.2', '300', '640', '0', '0', '300']);
    expect(cells(text, '2 --fix')).toEqual(['2 --fix, photos only', '300', '100.00', '3.0', '0', '0', '1200', '300', '700']);
    expect(cells(text, '4 --fix')).toEqual(['4 --fix, whole tree again', '4627', '32.00', '144.6', '0', '12', '0', '0', '720']);
    expect(text).toContain('Check without --fix: 4627 files in 30.00 s, 154.2 files/s, peak RSS 300 MB.');
    expect(text).toContain('--fix on 300 photos (60.0 MB in, 12.3 MB out)');
    expect(cells(text, 'bare sharp resize')).toEqual(['bare sharp resize (baseline, ran first)', '4.00', '0.80', '75.00', '650']);
    expect(cells(text, 'Laman image checker')).toEqual(['Laman image checker, --fix', '3.00', '0.60', '100.00', '700']);
    expect(text).toContain('The photos are smooth gradients of 0.2 MB each');
    expect(text).toContain('normalise/raw time: 1.33 (Laman\'s checks and normalisation take 33% longer than a bare rotate + resize + encode)');
    expect(text).toContain('First --fix over the whole tree: 40.00 s, 600 fixes');
    expect(text).toContain('cache reused: 4627 files in 32.00 s, 0 fixes; cache hits 325, misses 0, encodes 0, rejected 0: no image was re-encoded.');
  });

  it('says plainly when the second run re-encoded images, and when Laman beats the baseline', () => {
    const text = formatCheckBench(
      { ...result, photos: { ...result.photos, wallMs: 60_000 }, again: { ...result.again, cache: { hits: 300, misses: 25, encodes: 25, rejected: 0 } } },
      meta,
    );
    expect(text).toContain('encodes 25, rejected 0: WARNING: 25 image(s) were re-encoded');
    expect(text).toContain('normalise/raw time: 0.80 (Laman\'s checks and normalisation take 20% less time than');
  });
});

describe('countsFor', () => {
  it('adds up to exactly the asked number of entries', () => {
    const counts = countsFor({ items: 4000, images: 300, pdfs: 300 });
    expect(counts).toEqual({ berita: 3511, pengumuman: 175, dokumen: 300, halaman: 14, gambar: 300 });
    const tiny = countsFor({ items: 30, images: 3, pdfs: 3 });
    expect(tiny).toEqual({ berita: 8, pengumuman: 5, dokumen: 3, halaman: 14, gambar: 3 });
  });

  it('says when the entries cannot hold the photos and PDFs', () => {
    expect(countsFor({ items: 20, images: 3, pdfs: 3 })).toBe('--items 20 is too small for 3 images and 3 PDFs: it needs at least 25');
    expect(countsFor({ items: 10, images: 1, pdfs: 0 })).toMatch(/too small/);
  });
});

describe('parseChildLine', () => {
  it('reads progress and the result, and leaves anything else alone', () => {
    expect(parseChildLine('progress 3 40')).toEqual({ kind: 'progress', done: 3, total: 40 });
    expect(parseChildLine('{"files":38,"bytes":512}')).toEqual({ kind: 'result', written: { files: 38, bytes: 512 } });
    expect(parseChildLine('{"files":38}')).toEqual({ kind: 'other' });
    expect(parseChildLine('warning: something')).toEqual({ kind: 'other' });
    expect(parseChildLine('{not json')).toEqual({ kind: 'other' });
  });
});
