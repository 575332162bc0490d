// The timed runs. Each takes what it touches (folders, clock, progress) from a MeasureEnv
// and gives back plain numbers for report.ts.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { CheckFinding } from '../../../src/check/finding.ts';
import { createFileCheckers } from '../../check/checkers.ts';
import { runCheck } from '../../check/engine.ts';
import type { NormaliseCacheStats } from '../../check/image/index.ts';
import type { Progress } from '../../lib/progress.ts';
import pMap from 'p-map';
import { CONCURRENCY } from './pool.ts';

export interface MeasureEnv {
  /** Displayed paths are relative to it. */
  root: string;
  /** The fixture, relative to root. */
  contentDir: string;
  /** Shared by every run, as by a user's repeated `laman check` runs. */
  cacheDir: string;
  /** "Today" for the date rules. */
  today: Date;
  /** Milliseconds from a fixed origin (performance.now). */
  clock: () => number;
  /** The process's peak resident set so far, in KB. */
  maxRssKb: () => number;
  progress: (label: string, total: number) => Progress;
}

export interface RunMeasurement {
  files: number;
  wallMs: number;
  errors: number;
  warnings: number;
  /** Changes made (one line per change, as `laman check --fix` lists them). */
  fixes: number;
  cache: NormaliseCacheStats;
  maxRssKb: number;
}

export interface RawMeasurement {
  images: number;
  bytes: number;
  wallMs: number;
  maxRssKb: number;
}

function tally(findings: readonly CheckFinding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

/** `runCheck` over the whole fixture, as `laman check [--fix]` runs it. */
export async function measureCheck(env: MeasureEnv, label: string, fix: boolean): Promise<RunMeasurement> {
  const checkers = createFileCheckers({ cacheDir: env.cacheDir });
  let bar: Progress | undefined;
  const started = env.clock();
  const report = await runCheck({
    root: env.root,
    contentDir: env.contentDir,
    paths: [],
    fix,
    dryRun: false,
    now: env.today,
    checkers,
    concurrency: CONCURRENCY,
    onProgress(done, total) {
      bar ??= env.progress(label, total);
      bar.tick(done);
    },
  });
  const wallMs = env.clock() - started;
  bar?.done(`${report.files} files`);
  return {
    files: report.files,
    wallMs,
    ...tally(report.findings),
    fixes: report.fixes.length,
    cache: { ...(await checkers.cache()).stats },
    maxRssKb: env.maxRssKb(),
  };
}

/**
 * The image checker with --fix over each file, the very call `runCheck` makes per image,
 * without the engine's reading of every entry first: images/s of checks + normalisation.
 */
export async function measureImageFix(env: MeasureEnv, label: string, files: readonly string[]): Promise<RunMeasurement> {
  const checkers = createFileCheckers({ cacheDir: env.cacheDir });
  const bar = env.progress(label, files.length);
  const findings: CheckFinding[] = [];
  let fixes = 0;
  let done = 0;
  const started = env.clock();
  await pMap(
    files,
    async (abs) => {
      const result = await checkers.image(abs, path.relative(env.root, abs), { fix: true, dryRun: false });
      findings.push(...result.findings);
      fixes += result.fixes.length;
      bar.tick(++done);
    },
    { concurrency: CONCURRENCY },
  );
  const wallMs = env.clock() - started;
  bar.done(`${files.length} images`);
  return { files: files.length, wallMs, ...tally(findings), fixes, cache: { ...(await checkers.cache()).stats }, maxRssKb: env.maxRssKb() };
}

/** The bare minimum that publishing a phone photo takes: read, rotate, resize, encode. */
export async function rawResize(input: Buffer): Promise<Buffer> {
  return sharp(input)
    .rotate()
    .resize({ width: 2560, height: 2560, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer();
}

/** rawResize over the same files, as many at a time as the image checker: the baseline. */
export async function measureRawResize(env: MeasureEnv, label: string, files: readonly string[]): Promise<RawMeasurement> {
  const bar = env.progress(label, files.length);
  let bytes = 0;
  let done = 0;
  const started = env.clock();
  await pMap(
    files,
    async (abs) => {
      const input = await readFile(abs);
      bytes += input.length;
      await rawResize(input);
      bar.tick(++done);
    },
    { concurrency: CONCURRENCY },
  );
  const wallMs = env.clock() - started;
  bar.done(`${files.length} images`);
  return { images: files.length, bytes, wallMs, maxRssKb: env.maxRssKb() };
}
