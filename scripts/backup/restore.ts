// Restoring a snapshot: restic restores into a staging folder, every file is checked against
// MANIFEST.json and the bundle against git, and only then is the result (repo.git, site/,
// github/, settings/, MANIFEST.json) moved into place with one rename. A damaged snapshot
// leaves the destination as it was: never half-restored.
import { mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { git, type GitEnv } from '../archive/git.ts';
import type { BackupTarget } from './config.ts';
import { compareRefs, listRefs, mirrorFromBundle, verifyBundle } from './git.ts';
import { SNAPSHOT_MANIFEST, verifyFolder, type SnapshotManifest } from './manifest.ts';
import { BackupError, messages } from './messages.ts';
import { findSnapshot, restoreSnapshot, type SnapshotInfo } from './repository.ts';
import type { ResticContext } from './restic.ts';

export interface RestoredSnapshot {
  snapshot: SnapshotInfo;
  /** Where the snapshot's files are (MANIFEST.json at its root). */
  dir: string;
  manifest?: SnapshotManifest;
  problems: string[];
}

/** Restores one snapshot into `work` (an empty folder) and checks it: files, sizes, SHA-256, the bundle. */
export async function restoreAndCheck(target: BackupTarget, which: string, work: string, rc: ResticContext): Promise<RestoredSnapshot> {
  const snapshot = await findSnapshot(target, which, rc);
  rc.log(`pemulihan ${target.name}: memulihkan snapshot ${snapshot.shortId} (${snapshot.time.slice(0, 19)}Z)`);
  const problems = await restoreSnapshot(target, snapshot.id, work, rc);
  rc.log(`pemulihan ${target.name}: memeriksa setiap berkas terhadap ${SNAPSHOT_MANIFEST} (ukuran dan SHA-256)`);
  const verified = await verifyFolder(work);
  problems.push(...verified.problems);
  if (verified.manifest && !verified.problems.some((p) => p.startsWith('repo.bundle'))) {
    // git bundle verify needs a repository; an empty one beside the snapshot will do (the bundle has no prerequisites).
    const scratch = path.join(path.dirname(work), 'periksa-bundle.git');
    await git(path.dirname(work), ['init', '--quiet', '--bare', scratch], { env: rc.env });
    const bundleProblem = await verifyBundle(path.join(work, 'repo.bundle'), scratch, rc.env);
    await rm(scratch, { recursive: true, force: true });
    if (bundleProblem) problems.push(bundleProblem);
  }
  return { snapshot, dir: work, ...(verified.manifest ? { manifest: verified.manifest } : {}), problems };
}

async function emptyOrAbsent(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
}

export interface RestoreResult {
  snapshot: SnapshotInfo;
  manifest: SnapshotManifest;
  to: string;
  /** The folders restored besides repo.git (site, github, settings: those the snapshot has). */
  parts: string[];
}

/** The destination's layout after a restore. */
export const RESTORED = { repo: 'repo.git', parts: ['site', 'github', 'settings'] } as const;

export async function restoreTo(target: BackupTarget, which: string, to: string, rc: ResticContext & { env: GitEnv }): Promise<RestoreResult> {
  if (!(await emptyOrAbsent(to))) throw new BackupError(messages.restoreNotEmpty(to));
  const parent = path.dirname(to);
  await mkdir(parent, { recursive: true });
  // Next to the destination: the same file system, so the final rename is atomic.
  const staging = await mkdtemp(path.join(parent, `.${path.basename(to)}.pemulihan-`));
  try {
    const snapshotDir = path.join(staging, 'snapshot');
    const restored = await restoreAndCheck(target, which, snapshotDir, rc);
    if (restored.problems.length || !restored.manifest) {
      throw new BackupError([...restored.problems.map((p) => `  - ${p}`), messages.notRestored(target, restored.problems.length)].join('\n'));
    }
    const manifest = restored.manifest;
    rc.log(`pemulihan ${target.name}: membuat repositori Git (${RESTORED.repo}) dari repo.bundle`);
    const result = path.join(staging, 'hasil');
    await mkdir(result);
    await mirrorFromBundle(path.join(snapshotDir, 'repo.bundle'), path.join(result, RESTORED.repo), staging, rc.env);
    const refProblems = compareRefs(manifest.source.refs, await listRefs(path.join(result, RESTORED.repo), rc.env));
    if (refProblems.length) throw new BackupError([...refProblems.map((p) => `  - ${p}`), messages.notRestored(target, refProblems.length)].join('\n'));
    const parts: string[] = [];
    for (const part of RESTORED.parts) {
      if (!(await exists(path.join(snapshotDir, part)))) continue;
      await rename(path.join(snapshotDir, part), path.join(result, part));
      parts.push(part);
    }
    await rename(path.join(snapshotDir, SNAPSHOT_MANIFEST), path.join(result, SNAPSHOT_MANIFEST));
    // rename(2) replaces an empty folder, or creates the destination: one step, all or nothing.
    await rename(result, to);
    return { snapshot: restored.snapshot, manifest, to, parts };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
