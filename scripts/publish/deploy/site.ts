// The built site on disk, as a deploy sees it: check that a folder holds exactly the files
// its manifest lists (and nothing a web server could follow out of it, like a symlink), and
// hash a copy to verify it.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pMap from 'p-map';
import { compareManifests, hashFile, type ManifestDifference } from '../manifest.ts';
import { MANIFEST_PATH, type BuildManifest } from '../types.ts';
import { manifestProblems } from './manifest-rules.ts';
import { messages } from './messages.ts';

export interface Tree {
  /** Regular files, "/"-separated paths relative to the folder, sorted. */
  files: string[];
  /** Anything that is neither a folder nor a regular file (symlinks, sockets, devices). */
  irregular: string[];
}

/** Everything under `dir`, following no symlinks. */
export async function readTree(dir: string): Promise<Tree> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  const irregular: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const rel = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    (entry.isFile() ? files : irregular).push(rel);
  }
  return { files: files.sort(), irregular: irregular.sort() };
}


export interface CheckedSite {
  /** The site's own laman-manifest.json (deployed and verified like every other file). */
  manifestFile: { sha256: string; bytes: number };
  /** Files to deploy, the manifest file included. */
  fileCount: number;
}

/**
 * Refuses a site folder that is not exactly the build `manifest` describes: an unusable
 * manifest, a missing or different laman-manifest.json, a symlink or other special file,
 * or a file too many or too few. Contents are verified where they land, not here.
 */
export async function checkSite(siteDir: string, manifest: BuildManifest): Promise<CheckedSite> {
  const problems = manifestProblems(manifest);
  if (problems.length) throw messages.badManifest(problems);
  const file = path.join(siteDir, MANIFEST_PATH);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw messages.manifestFileMissing(file);
    throw error;
  });
  let onDisk: unknown;
  try {
    onDisk = JSON.parse(text);
  } catch {
    throw messages.manifestFileDiffers(file, manifest.build);
  }
  if (!isDeepStrictEqual(onDisk, manifest)) throw messages.manifestFileDiffers(file, manifest.build);

  const tree = await readTree(siteDir);
  if (tree.irregular.length) throw messages.notRegular(tree.irregular);
  const listed = new Set(Object.keys(manifest.berkas));
  const files = tree.files.filter((f) => f !== MANIFEST_PATH);
  const added = files.filter((f) => !listed.has(f));
  const present = new Set(files);
  const missing = [...listed].filter((f) => !present.has(f)).sort();
  if (added.length || missing.length) throw messages.siteDiffers(siteDir, [], added, missing);
  const manifestFile = { sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) };
  return { manifestFile, fileCount: files.length + 1 };
}

/** How the files under `dir` differ from the manifest and the manifest file itself; all lists empty when they match. */
export async function verifyTree(
  dir: string,
  manifest: BuildManifest,
  manifestFile: CheckedSite['manifestFile'],
): Promise<ManifestDifference & { irregular: string[] }> {
  const tree = await readTree(dir);
  const expected = { ...manifest.berkas, [MANIFEST_PATH]: manifestFile };
  const hashes = await pMap(tree.files, (file) => hashFile(path.join(dir, file)), { concurrency: 8 });
  const actual = Object.fromEntries(tree.files.map((file, i) => [file, hashes[i]!]));
  return { ...compareManifests(expected, actual), irregular: tree.irregular };
}
