// MANIFEST.json: what a snapshot holds, written last into the staged folder. Restores and
// restore tests check every file against it (size and SHA-256) before anything is used.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pMap from 'p-map';
import { hashFile } from '../publish/manifest.ts';

export const SNAPSHOT_MANIFEST = 'MANIFEST.json';

export interface GitRef {
  name: string;
  oid: string;
}

export interface SnapshotManifest {
  version: 1;
  /** ISO 8601 UTC, from the injected clock. */
  created: string;
  source: {
    /** "owner/name" when known. */
    repo?: string;
    /** The commit HEAD pointed to. */
    head: string;
    /** The branch HEAD pointed to, e.g. "refs/heads/main", when not detached. */
    headRef?: string;
    /** Every ref of the source (`git for-each-ref`), sorted by name. */
    refs: GitRef[];
  };
  /** What the snapshot holds besides the manifest, sorted by path. */
  files: Array<{ path: string; size: number; sha256: string }>;
}

/** Every regular file under `dir` as "/"-separated relative paths, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

export async function hashTree(dir: string, exclude: readonly string[] = []): Promise<SnapshotManifest['files']> {
  const files = (await listFiles(dir)).filter((f) => !exclude.includes(f));
  return pMap(
    files,
    async (file) => {
      const { sha256, bytes } = await hashFile(path.join(dir, file));
      return { path: file, size: bytes, sha256 };
    },
    { concurrency: 8 },
  );
}

export async function writeSnapshotManifest(dir: string, manifest: SnapshotManifest): Promise<void> {
  await writeFile(path.join(dir, SNAPSHOT_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Reads and shape-checks MANIFEST.json; undefined with a problem line when it is missing or unreadable. */
export async function readSnapshotManifest(dir: string): Promise<{ manifest?: SnapshotManifest; problem?: string }> {
  let text: string;
  try {
    text = await readFile(path.join(dir, SNAPSHOT_MANIFEST), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { problem: `${SNAPSHOT_MANIFEST} tidak ada di snapshot: snapshot rusak atau bukan buatan Laman` };
    throw error;
  }
  try {
    const data = JSON.parse(text) as SnapshotManifest;
    if (data.version !== 1 || !Array.isArray(data.files) || !Array.isArray(data.source?.refs)) throw new Error('bentuk tidak dikenal');
    return { manifest: data };
  } catch (error) {
    return { problem: `${SNAPSHOT_MANIFEST} tidak dapat dibaca (${(error as Error).message}): snapshot rusak` };
  }
}

/** Compares what was restored with the manifest (pure): problems in Indonesian, one per file. */
export function compareWithManifest(expected: SnapshotManifest['files'], actual: SnapshotManifest['files']): string[] {
  const problems: string[] = [];
  const have = new Map(actual.map((f) => [f.path, f]));
  for (const want of expected) {
    const got = have.get(want.path);
    if (!got) problems.push(`${want.path}: hilang dari hasil pemulihan`);
    else if (got.size !== want.size) problems.push(`${want.path}: ukuran ${got.size} bita, seharusnya ${want.size} bita (terpotong atau rusak)`);
    else if (got.sha256 !== want.sha256) problems.push(`${want.path}: isi berubah (SHA-256 ${got.sha256.slice(0, 12)}…, seharusnya ${want.sha256.slice(0, 12)}…)`);
    have.delete(want.path);
  }
  for (const extra of have.keys()) problems.push(`${extra}: ada di hasil pemulihan tetapi tidak tercatat di ${SNAPSHOT_MANIFEST}`);
  return problems;
}

/** Checks a restored snapshot folder against its own manifest. */
export async function verifyFolder(dir: string): Promise<{ manifest?: SnapshotManifest; problems: string[] }> {
  const { manifest, problem } = await readSnapshotManifest(dir);
  if (!manifest) return { problems: [problem ?? `${SNAPSHOT_MANIFEST} tidak dapat dibaca`] };
  const actual = await hashTree(dir, [SNAPSHOT_MANIFEST]);
  return { manifest, problems: compareWithManifest(manifest.files, actual) };
}
