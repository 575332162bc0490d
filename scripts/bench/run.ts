// The benchmark loop: for each size, one fixture, then cold builds of each variant.
// Runs alternate between variants (bare, full, bare, full …) so that machine noise hits
// both alike. Every effect (fixture, child builds, Pagefind, deleting, logging) is passed in.
import { join } from 'node:path';
import { type BuildJob, type Variant, buildJob, fixtureDir } from './jobs.ts';
import type { BuildMeasurement } from './measurement.ts';
import { median } from './stats.ts';

export interface BenchOptions {
  sizes: readonly number[];
  runs: number;
  keep: boolean;
  variants: readonly Variant[];
}

export interface BenchDeps {
  generate(size: number, dir: string): Promise<{ files: number; bytes: number }>;
  /** Resolves to the measurement and any warnings the build printed. */
  build(job: BuildJob): Promise<{ measurement: BuildMeasurement; warnings: string[] }>;
  /** Indexes a build output; resolves to the wall time in ms. */
  pagefind(outDir: string): Promise<number>;
  remove(path: string): Promise<void>;
  log(line: string): void;
}

/** One size and variant; every figure is the median over the runs. */
export interface BenchRow {
  size: number;
  variant: Variant;
  runs: number;
  wallMs: number;
  cpuMs: number;
  pages: number;
  maxRssKb: number;
  pagefindMs: number | undefined;
}

const MAX_WARNINGS = 10;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface Samples {
  builds: BuildMeasurement[];
  pagefind: number[];
}

async function measureOnce(job: BuildJob, options: BenchOptions, deps: BenchDeps, samples: Samples): Promise<void> {
  const label = `[bench] ${job.size} berita: ${job.variant} build, run ${job.run}/${options.runs}`;
  await deps.remove(job.outDir);
  await deps.remove(job.cacheDir);
  deps.log(`${label}: started`);
  const { measurement: m, warnings } = await deps.build(job);
  deps.log(`${label}: ${seconds(m.wallMs)} (CPU ${seconds(m.cpuMs)}), ${m.pages} pages, peak RSS ${Math.round(m.maxRssKb / 1024)} MB`);
  if (warnings.length > 0) {
    deps.log(`${label}: ${warnings.length} warning line(s), first ${Math.min(warnings.length, MAX_WARNINGS)}:`);
    for (const line of warnings.slice(0, MAX_WARNINGS)) deps.log(`  ${line}`);
  }
  samples.builds.push(m);
  if (job.variant === 'full') {
    const pf = `[bench] ${job.size} berita: pagefind, run ${job.run}/${options.runs}`;
    deps.log(`${pf}: started`);
    const ms = await deps.pagefind(job.outDir);
    deps.log(`${pf}: ${seconds(ms)}`);
    samples.pagefind.push(ms);
  }
  if (!options.keep) await deps.remove(job.cacheDir);
}

export async function runBench(projectRoot: string, options: BenchOptions, deps: BenchDeps): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of options.sizes) {
    const fixture = join(projectRoot, fixtureDir(size));
    deps.log(`[bench] ${size} berita: generating fixture in ${fixtureDir(size)}`);
    const started = performance.now();
    const written = await deps.generate(size, fixture);
    deps.log(
      `[bench] ${size} berita: fixture ready, ${written.files} files, ${(written.bytes / 1e6).toFixed(1)} MB (${seconds(performance.now() - started)})`,
    );

    const samples = new Map<Variant, Samples>(options.variants.map((v) => [v, { builds: [], pagefind: [] }]));
    for (let run = 1; run <= options.runs; run++) {
      for (const variant of options.variants) {
        await measureOnce(buildJob(projectRoot, size, variant, run), options, deps, samples.get(variant)!);
      }
    }
    for (const [variant, { builds, pagefind }] of samples) {
      rows.push({
        size,
        variant,
        runs: options.runs,
        wallMs: median(builds.map((m) => m.wallMs)),
        cpuMs: median(builds.map((m) => m.cpuMs)),
        pages: median(builds.map((m) => m.pages)),
        maxRssKb: median(builds.map((m) => m.maxRssKb)),
        pagefindMs: pagefind.length ? median(pagefind) : undefined,
      });
      if (!options.keep) await deps.remove(buildJob(projectRoot, size, variant, options.runs).outDir);
    }
    if (!options.keep) await deps.remove(fixture);
  }
  return rows;
}
