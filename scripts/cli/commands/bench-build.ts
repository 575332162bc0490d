// `laman bench build`: cold Astro builds of the real site and of bare Astro over the same
// generated berita, compared per size.
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChildFailedError, runChild } from '../../bench/child.ts';
import { BARE_ROOT, type BuildJob, VARIANTS, type Variant, dokumenFor } from '../../bench/jobs.ts';
import { parseMeasurement } from '../../bench/measurement.ts';
import { formatReport } from '../../bench/report.ts';
import { type BenchDeps, runBench } from '../../bench/run.ts';
import { DEFAULT_SIZES, parseSizes } from '../../bench/sizes.ts';
import { generateFixture } from '../../fixture/generate.ts';
import { ForeignDirectoryError } from '../../fixture/guard.ts';
import { type Progress, progress } from '../../lib/progress.ts';
import { type Command, type Context, UsageError, UserError } from '../context.ts';
import { parseOptions } from '../options.ts';

const BUILD_ONCE = fileURLToPath(new URL('../../bench/build-once.ts', import.meta.url));

const USAGE = `Usage: laman bench build [--sizes 1000,4000] [--runs 1] [--only full|bare] [--keep]

For each size N, generates a fixture with N berita, N/10 dokumen and the default
number of pengumuman in bench/.out/fixture-N, then runs cold Astro builds, each in
a fresh process with an empty cache:
  full  the real site (this project), with LAMAN_CONTENT_DIR=bench/.out/fixture-N,
        followed by Pagefind over its output (timed separately)
  bare  a minimal Astro project (bench/bare) rendering the same Markdown (berita,
        pengumuman, dokumen, halaman), one plain page per entry
Prints progress on stderr and a table with wall time, pages, pages/s, peak RSS and
the full/bare ratio on stdout. Target: full/bare <= 1.3 at 4,000 berita.

Options:
  --sizes LIST   comma-separated berita counts (default: ${DEFAULT_SIZES.join(',')})
  --runs R       builds per size and variant; the median is reported (default: 1)
  --only V       build one variant only: full or bare (default: both)
  --keep         keep fixtures, build outputs and caches in bench/.out
Run from the project root.
`;

function parseRuns(value: string | undefined): number {
  if (value === undefined) return 1;
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new UsageError(`--runs must be a whole number from 1 to 999, got "${value}"`);
  return Number(value);
}

function parseVariants(value: string | undefined): readonly Variant[] {
  if (value === undefined) return VARIANTS;
  const variant = VARIANTS.find((v) => v === value);
  if (!variant) throw new UsageError(`--only must be one of: ${VARIANTS.join(', ')}; got "${value}"`);
  return [variant];
}

function realDeps(projectRoot: string, ctx: Context): BenchDeps {
  const env = { ...ctx.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const pagefindBin = join(projectRoot, 'node_modules', '.bin', 'pagefind');
  return {
    async generate(size, dir) {
      let bar: Progress | undefined;
      const result = await generateFixture({
        berita: size,
        dokumen: dokumenFor(size),
        out: dir,
        onProgress: (done, total) => {
          bar ??= progress(ctx.stderr, '[bench] fixture', total);
          bar.tick(done);
        },
      });
      bar?.done(`${result.files} files`);
      return result;
    },
    async build(job: BuildJob) {
      const label = `${job.variant} build of ${job.size} berita`;
      const args = [BUILD_ONCE, '--root', job.root, '--out', job.outDir, '--cache', job.cacheDir];
      const output = await runChild(process.execPath, args, { cwd: projectRoot, env: { ...env, ...job.env }, label });
      const measurement = parseMeasurement(output.stdout);
      if (!measurement) throw new ChildFailedError(`${label} printed no measurement:\n${output.stdout}\n${output.stderr}`);
      const warnings = output.stderr.split('\n').filter((line) => line.trim() !== '');
      return { measurement, warnings };
    },
    async pagefind(outDir) {
      const output = await runChild(process.execPath, [pagefindBin, '--site', outDir], { cwd: projectRoot, env, label: 'pagefind' });
      return output.wallMs;
    },
    remove: (path) => rm(path, { recursive: true, force: true }),
    log: (line) => ctx.stderr.write(line + '\n'),
  };
}

export const benchBuildCommand: Command = {
  name: 'bench build',
  summary: 'Benchmark cold builds of the site against bare Astro',
  usage: USAGE,
  async run(args, ctx) {
    const { values } = parseOptions({
      args,
      options: {
        sizes: { type: 'string' },
        runs: { type: 'string' },
        only: { type: 'string' },
        keep: { type: 'boolean', default: false },
      },
    });
    const sizes = values.sizes === undefined ? [...DEFAULT_SIZES] : parseSizes(values.sizes);
    if (typeof sizes === 'string') throw new UsageError(sizes);
    const options = { sizes, runs: parseRuns(values.runs), keep: values.keep, variants: parseVariants(values.only) };

    const projectRoot = ctx.cwd;
    if (!existsSync(join(projectRoot, BARE_ROOT, 'astro.config.mjs'))) {
      throw new UserError(`${join(projectRoot, BARE_ROOT)} not found: run laman bench build from the project root`);
    }
    let rows;
    try {
      rows = await runBench(projectRoot, options, realDeps(projectRoot, ctx));
    } catch (error) {
      if (error instanceof ChildFailedError || error instanceof ForeignDirectoryError) throw new UserError(error.message);
      throw error;
    }
    const astro = JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string };
    ctx.stdout.write(
      formatReport(rows, { runs: options.runs, astroVersion: astro.version, nodeVersion: process.version, cpus: availableParallelism() }),
    );
    return 0;
  },
};
