// `laman bench check` from start to end: a work folder, the fixture (made in a child
// process), then the timed runs in order, each over the same copy of the fixture:
//   1. check     runCheck over the whole tree, no --fix
//   2. raw       a bare sharp resize of the photos (baseline; reads, writes nothing)
//   3. photos    the image checker with --fix over the photos: real work on each
//   4. tree      runCheck --fix over the whole tree (PDF metadata; photos already done)
//   5. again     runCheck --fix once more, same cache: must re-encode nothing
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { FIXTURE_END } from '../../fixture/dates.ts';
import { PHOTO_FILE } from '../../fixture/photos.ts';
import { type Progress, progress } from '../../lib/progress.ts';
import { generateInChild } from './fixture.ts';
import { type MeasureEnv, type RawMeasurement, type RunMeasurement, measureCheck, measureImageFix, measureRawResize } from './measure.ts';
import type { BenchCounts } from './sizes.ts';

export interface CheckBenchResult {
  counts: BenchCounts;
  fixture: { files: number; bytes: number; generateMs: number };
  /** Total size of the photos before and after --fix. */
  photoBytes: { before: number; after: number };
  check: RunMeasurement;
  raw: RawMeasurement;
  photos: RunMeasurement;
  tree: RunMeasurement;
  again: RunMeasurement;
}

export interface CheckBenchDeps {
  env: Record<string, string | undefined>;
  stderr: Writable & { isTTY?: boolean };
  clock: () => number;
  maxRssKb: () => number;
  /** Where a temporary work folder goes when `keep` is not given. */
  tempRoot: string;
}

export class ForeignKeepDirError extends Error {
  override name = 'ForeignKeepDirError';
}

const OWN_ENTRIES = new Set(['content', 'cache']);

/** A kept work folder must be new, empty or an earlier benchmark's: nothing else is deleted. */
async function prepareKeepDir(dir: string): Promise<void> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const foreign = entries.filter((e) => !OWN_ENTRIES.has(e));
  if (foreign.length > 0) {
    throw new ForeignKeepDirError(`${dir} holds files the benchmark did not make (${foreign.slice(0, 3).join(', ')}); choose a new or empty folder`);
  }
  await rm(path.join(dir, 'cache'), { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
}

async function photosIn(contentAbs: string): Promise<string[]> {
  const folder = 'berita/gambar';
  const names = await readdir(path.join(contentAbs, folder));
  return names
    .filter((name) => PHOTO_FILE.test(`${folder}/${name}`))
    .sort()
    .map((name) => path.join(contentAbs, folder, name));
}

async function totalBytes(files: readonly string[]): Promise<number> {
  let sum = 0;
  for (const file of files) sum += (await stat(file)).size;
  return sum;
}

export async function runCheckBench(counts: BenchCounts, keep: string | undefined, deps: CheckBenchDeps): Promise<CheckBenchResult> {
  const log = (line: string) => deps.stderr.write(`[bench] ${line}\n`);
  if (keep !== undefined) await prepareKeepDir(keep);
  const work = keep ?? (await mkdtemp(path.join(deps.tempRoot, 'laman-bench-check-')));
  try {
    const contentAbs = path.join(work, 'content');
    log(
      `generating the fixture in ${contentAbs}: ${counts.berita} berita (${counts.gambar} with a phone photo), ` +
        `${counts.pengumuman} pengumuman, ${counts.dokumen} dokumen with a PDF each, ${counts.halaman} halaman`,
    );
    let bar: Progress | undefined;
    const generating = deps.clock();
    const written = await generateInChild(counts, contentAbs, {
      env: deps.env,
      onProgress: (done, total) => {
        bar ??= progress(deps.stderr, '[bench] fixture', total);
        bar.tick(done);
      },
    });
    const generateMs = deps.clock() - generating;
    bar?.done(`${written.files} files, ${(written.bytes / 1e6).toFixed(1)} MB`);

    const env: MeasureEnv = {
      root: work,
      contentDir: 'content',
      cacheDir: path.join(work, 'cache'),
      today: FIXTURE_END,
      clock: deps.clock,
      maxRssKb: deps.maxRssKb,
      progress: (label, total) => progress(deps.stderr, `[bench] ${label}`, total),
    };
    const photos = await photosIn(contentAbs);
    const before = await totalBytes(photos);

    const check = await measureCheck(env, 'check, no --fix', false);
    const raw = await measureRawResize(env, 'bare sharp resize (baseline)', photos);
    const fixed = await measureImageFix(env, '--fix, photos', photos);
    const after = await totalBytes(photos);
    const tree = await measureCheck(env, '--fix, whole tree', true);
    const again = await measureCheck(env, '--fix, whole tree again', true);
    return { counts, fixture: { ...written, generateMs }, photoBytes: { before, after }, check, raw, photos: fixed, tree, again };
  } finally {
    if (keep === undefined) await rm(work, { recursive: true, force: true });
    else log(`kept the fixture and cache in ${work}`);
  }
}
