// Shared by the deploy tests: small built sites with their manifests, as `laman publish` writes them.
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { computeManifest, writeManifest } from '../manifest.ts';
import type { BuildManifest } from '../types.ts';

export interface Build {
  dir: string;
  manifest: BuildManifest;
}

export const COMMIT = '3f2a9c1d0b7e5a6b7c8d9e0f1a2b3c4d5e6f7a8b';

/** A site of the given files with its manifest, built at `at` (every file's mtime too, like a fresh build). */
export async function makeBuild(parent: string, files: Record<string, string>, at: Date): Promise<Build> {
  const dir = await mkdtemp(path.join(parent, 'build-'));
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(dir, file);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, text);
    await utimes(full, at, at);
  }
  const manifest = await computeManifest(dir, COMMIT, at);
  await writeManifest(dir, manifest);
  return { dir, manifest };
}

/** A sample court site: a few pages, an asset, a document. */
export function sampleSite(home: string): Record<string, string> {
  return {
    'index.html': `<h1>${home}</h1>`,
    'berita/index.html': '<h1>Berita</h1>',
    'berita/sidang-keliling/index.html': '<h1>Sidang keliling</h1>',
    '_astro/situs.css': 'body{font-family:system-ui}',
    'berkas/dokumen/laporan-2026.pdf': '%PDF-1.7 laporan',
  };
}

export async function tempDir(prefix: string): Promise<{ path: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { path: dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Collects a deploy's log lines. */
export function logSink(): { lines: string[]; log: (line: string) => void } {
  const lines: string[] = [];
  return { lines, log: (line) => lines.push(line) };
}
