// The build manifest: the SHA-256 of every file of one build, with the commit and the time.
// Deployed with the site (/laman-manifest.json) so the monitors can tell a defaced page from
// a published one, and recorded in the archive.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pMap from 'p-map';
import { MANIFEST_PATH, type BuildManifest } from './types.ts';

/** "3f2a9c1d0b7e-20261122T031500Z": the commit's first 12 digits and the UTC time. */
export function buildId(commit: string, at: Date): string {
  const stamp = at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  return `${commit.slice(0, 12)}-${stamp}`;
}

/** SHA-256 and size of a file, streamed. */
export async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** Every file under `dir` (following no symlinks: a built site has none), as "/"-separated relative paths. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((p) => p !== MANIFEST_PATH)
    .sort();
}

/** Hashes every file of the built site in `siteDir` (a few at a time) and returns the manifest. */
export async function computeManifest(siteDir: string, commit: string, at: Date, progress?: (done: number, total: number) => void): Promise<BuildManifest> {
  const files = await listFiles(siteDir);
  let done = 0;
  const hashes = await pMap(
    files,
    async (file) => {
      const hash = await hashFile(path.join(siteDir, file));
      done += 1;
      if (done % 500 === 0 || done === files.length) progress?.(done, files.length);
      return hash;
    },
    { concurrency: 8 },
  );
  const sorted = Object.fromEntries(files.map((f, i) => [f, hashes[i]!]));
  return { versi: 1, build: buildId(commit, at), commit, dibuat: at.toISOString(), berkas: sorted };
}

export async function writeManifest(siteDir: string, manifest: BuildManifest): Promise<string> {
  const file = path.join(siteDir, MANIFEST_PATH);
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return file;
}

export interface ManifestDifference {
  changed: string[];
  added: string[];
  missing: string[];
}

/** What differs between a manifest and another listing of the same site (pure). */
export function compareManifests(expected: BuildManifest['berkas'], actual: BuildManifest['berkas']): ManifestDifference {
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [file, want] of Object.entries(expected)) {
    const have = actual[file];
    if (!have) missing.push(file);
    else if (have.sha256 !== want.sha256) changed.push(file);
  }
  const added = Object.keys(actual).filter((f) => !(f in expected));
  return { changed: changed.sort(), added: added.sort(), missing: missing.sort() };
}
