// Assembles what one snapshot holds in a staging folder: repo.bundle (every ref), site/ (the
// built site, checked against its own laman-manifest.json first), github/ (the API export),
// settings/ (the court's configuration) and, written last, MANIFEST.json.
import { cp, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { GitEnv } from '../archive/git.ts';
import type { GitHubClient } from '../github/client.ts';
import { compareManifests, computeManifest } from '../publish/manifest.ts';
import { MANIFEST_PATH, type BuildManifest } from '../publish/types.ts';
import { exportGitHub, type ExportSummary } from './github-export.ts';
import { createBundle, headInfo, listRefs } from './git.ts';
import { hashTree, SNAPSHOT_MANIFEST, writeSnapshotManifest, type SnapshotManifest } from './manifest.ts';
import { BackupError, messages } from './messages.ts';

/** Settings copied into settings/, relative to the repository; folders are copied whole. */
export const SETTINGS_PATHS = ['cms/config.yml', 'cms/editorial.yml', 'deploy', 'content/pengaturan'] as const;

export interface StageOptions {
  repoDir: string;
  siteDir: string;
  /** The staging folder (empty). */
  dir: string;
  env: GitEnv;
  now: Date;
  /** "owner/name" of the source repository, when known. */
  sourceRepo?: string;
  github?: { client: GitHubClient; owner: string; repo: string };
  log: (line: string) => void;
}

export interface StageResult {
  manifest: SnapshotManifest;
  github?: ExportSummary;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Refuses a site that does not match the manifest it carries (a changed or half-written build). */
export async function checkSite(siteDir: string, log: (line: string) => void): Promise<void> {
  if (!(await exists(siteDir))) throw new BackupError(messages.siteMissing(siteDir));
  const file = path.join(siteDir, MANIFEST_PATH);
  if (!(await exists(file))) return;
  log(`cadangan: memeriksa situs terhadap ${MANIFEST_PATH}`);
  const recorded = JSON.parse(await readFile(file, 'utf8')) as BuildManifest;
  const actual = await computeManifest(siteDir, recorded.commit, new Date(recorded.dibuat));
  const diff = compareManifests(recorded.berkas, actual.berkas);
  const count = diff.changed.length + diff.added.length + diff.missing.length;
  if (count) {
    const sample = [...diff.changed.map((f) => `berubah ${f}`), ...diff.added.map((f) => `tambahan ${f}`), ...diff.missing.map((f) => `hilang ${f}`)].slice(0, 5);
    throw new BackupError(messages.siteMismatch(siteDir, `${count} berkas: ${sample.join(', ')}${count > 5 ? ', …' : ''}`));
  }
}

export async function stageSnapshot(options: StageOptions): Promise<StageResult> {
  const { repoDir, siteDir, dir, env, log } = options;
  await checkSite(siteDir, log);

  log('cadangan: membuat bundle Git (semua ref)');
  const refs = await listRefs(repoDir, env);
  const head = await headInfo(repoDir, env);
  await createBundle(repoDir, path.join(dir, 'repo.bundle'), env);

  log('cadangan: menyalin situs');
  await cp(siteDir, path.join(dir, 'site'), { recursive: true, preserveTimestamps: true });

  log('cadangan: menyalin pengaturan');
  for (const item of SETTINGS_PATHS) {
    const from = path.join(repoDir, item);
    if (await exists(from)) await cp(from, path.join(dir, 'settings', item), { recursive: true, preserveTimestamps: true });
  }

  let github: ExportSummary | undefined;
  if (options.github) github = await exportGitHub(options.github.client, dir, { owner: options.github.owner, repo: options.github.repo, log });

  log('cadangan: menghitung SHA-256 setiap berkas (MANIFEST.json)');
  const manifest: SnapshotManifest = {
    version: 1,
    created: options.now.toISOString(),
    source: { ...(options.sourceRepo ? { repo: options.sourceRepo } : {}), ...head, refs },
    files: await hashTree(dir, [SNAPSHOT_MANIFEST]),
  };
  await writeSnapshotManifest(dir, manifest);
  return github ? { manifest, github } : { manifest };
}
