// Where each benchmark build reads and writes (all under bench/.out, which git ignores).
import { join } from 'node:path';

export type Variant = 'bare' | 'full';
export const VARIANTS: readonly Variant[] = ['bare', 'full'];

export const OUT_DIR = 'bench/.out';
export const BARE_ROOT = 'bench/bare';

export interface BuildJob {
  size: number;
  variant: Variant;
  run: number;
  /** Absolute paths. */
  root: string;
  outDir: string;
  cacheDir: string;
  /** Added to the child's environment. */
  env: Record<string, string>;
}

/** Relative to the project root, as LAMAN_CONTENT_DIR expects ("bench/.out/fixture-1000"). */
export function fixtureDir(size: number): string {
  return `${OUT_DIR}/fixture-${size}`;
}

/** The number of dokumen generated beside `size` berita. */
export function dokumenFor(size: number): number {
  return Math.floor(size / 10);
}

export function buildJob(projectRoot: string, size: number, variant: Variant, run: number): BuildJob {
  const fixture = fixtureDir(size);
  return {
    size,
    variant,
    run,
    root: variant === 'full' ? projectRoot : join(projectRoot, BARE_ROOT),
    outDir: join(projectRoot, OUT_DIR, `dist-${variant}-${size}`),
    cacheDir: join(projectRoot, OUT_DIR, `cache-${variant}-${size}`),
    env:
      variant === 'full'
        ? { LAMAN_CONTENT_DIR: fixture }
        : { LAMAN_BENCH_CONTENT_DIR: join(projectRoot, fixture) },
  };
}
