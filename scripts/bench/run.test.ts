import { describe, expect, it } from 'vitest';
import type { BuildJob } from './jobs.ts';
import { type BenchDeps, runBench } from './run.ts';

function fakeDeps(fail?: string) {
  const calls: string[] = [];
  let wall = 1000;
  const deps: BenchDeps = {
    generate: async (size, dir) => {
      calls.push(`generate ${size} ${dir}`);
      return { files: size, bytes: size * 1000 };
    },
    build: async (job: BuildJob) => {
      calls.push(`build ${job.variant} ${job.size} ${job.run} ${JSON.stringify(job.env)}`);
      if (job.variant === fail) throw new Error('build failed: boom');
      wall += 1000;
      return { measurement: { wallMs: wall, buildMs: wall - 500, cpuMs: wall, maxRssKb: 2048, pages: job.size }, warnings: [] };
    },
    pagefind: async (out) => {
      calls.push(`pagefind ${out}`);
      return 700;
    },
    remove: async (path) => {
      calls.push(`remove ${path}`);
    },
    log: () => {},
  };
  return { deps, calls };
}

describe('runBench', () => {
  it('alternates the variants per run, takes medians, runs Pagefind after full builds and cleans up', async () => {
    const { deps, calls } = fakeDeps();
    const rows = await runBench('/p', { sizes: [50], runs: 3, keep: false, variants: ['bare', 'full'] }, deps);
    expect(rows.map((r) => [r.variant, r.wallMs, r.pagefindMs])).toEqual([
      ['bare', 4000, undefined],
      ['full', 5000, 700],
    ]);
    expect(calls.filter((c) => c.startsWith('build'))).toEqual([
      'build bare 50 1 {"LAMAN_BENCH_CONTENT_DIR":"/p/bench/.out/fixture-50"}',
      'build full 50 1 {"LAMAN_CONTENT_DIR":"bench/.out/fixture-50"}',
      'build bare 50 2 {"LAMAN_BENCH_CONTENT_DIR":"/p/bench/.out/fixture-50"}',
      'build full 50 2 {"LAMAN_CONTENT_DIR":"bench/.out/fixture-50"}',
      'build bare 50 3 {"LAMAN_BENCH_CONTENT_DIR":"/p/bench/.out/fixture-50"}',
      'build full 50 3 {"LAMAN_CONTENT_DIR":"bench/.out/fixture-50"}',
    ]);
    expect(calls.filter((c) => c.startsWith('pagefind'))).toHaveLength(3);
    expect(calls.at(-1)).toBe('remove /p/bench/.out/fixture-50');
  });

  it('stops at the first failing build', async () => {
    const { deps, calls } = fakeDeps('bare');
    await expect(runBench('/p', { sizes: [50, 100], runs: 1, keep: true, variants: ['bare', 'full'] }, deps)).rejects.toThrow('boom');
    expect(calls.some((c) => c.startsWith('build full') || c.includes('generate 100'))).toBe(false);
  });
});
