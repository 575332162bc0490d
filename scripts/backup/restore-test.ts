// `laman backup restore-test`: what the scheduled workflow runs. Restores the latest snapshot
// (checked file by file), checks the restored repository with git fsck and its refs against
// the manifest, and with `rebuild` builds the site again from the restored repository and
// compares it with the backed-up site's build manifest.
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { git } from '../archive/git.ts';
import { PROJECT_ROOT } from '../lib/project.ts';
import { buildSite } from '../publish/build.ts';
import { compareManifests, computeManifest } from '../publish/manifest.ts';
import { MANIFEST_PATH, type BuildManifest } from '../publish/types.ts';
import type { BackupTarget } from './config.ts';
import { BackupError } from './messages.ts';
import { compareRefs, fsck, listRefs } from './git.ts';
import { RESTORED, restoreTo } from './restore.ts';
import type { ResticContext } from './restic.ts';
import type { VerifyOutcome } from './verify.ts';

export interface RestoreTestOptions {
  target: BackupTarget;
  snapshot: string;
  rebuild: boolean;
  restic: ResticContext;
  /** Build output lines (content check, Astro). */
  write: (text: string) => void;
}

export interface RestoreTestOutcome extends VerifyOutcome {
  rebuilt?: { files: number; changed: string[]; added: string[]; missing: string[] };
}

export async function restoreTest(options: RestoreTestOptions): Promise<RestoreTestOutcome> {
  const { target, restic: rc } = options;
  const started = Date.now();
  const outcome: RestoreTestOutcome = { target, files: 0, bytes: 0, problems: [], durationMs: 0 };
  const work = await mkdtemp(path.join(tmpdir(), 'laman-uji-pemulihan-'));
  try {
    const to = path.join(work, 'pulih');
    const restored = await restoreTo(target, options.snapshot, to, rc);
    outcome.snapshot = restored.snapshot.id;
    outcome.files = restored.manifest.files.length;
    outcome.bytes = restored.manifest.files.reduce((sum, f) => sum + f.size, 0);
    const repo = path.join(to, RESTORED.repo);
    rc.log(`uji pemulihan ${target.name}: git fsck`);
    const fsckProblem = await fsck(repo, rc.env);
    if (fsckProblem) outcome.problems.push(fsckProblem);
    outcome.problems.push(...compareRefs(restored.manifest.source.refs, await listRefs(repo, rc.env)));
    if (options.rebuild && !outcome.problems.length) {
      const rebuilt = await rebuild(repo, restored.manifest.source.head, path.join(to, 'site'), work, options);
      outcome.rebuilt = rebuilt;
      const lines = [...rebuilt.changed.map((f) => `berbeda ${f}`), ...rebuilt.added.map((f) => `tambahan ${f}`), ...rebuilt.missing.map((f) => `hilang ${f}`)];
      if (lines.length) {
        outcome.problems.push(`situs yang dibangun ulang dari cadangan berbeda dari laman-manifest.json situs yang dicadangkan (${lines.length} berkas):`, ...lines.slice(0, 40).map((l) => `  ${l}`));
      }
    }
  } catch (error) {
    if (!(error instanceof Error) || !['BackupError', 'UserError'].includes(error.name)) throw error;
    outcome.problems.push(error.message);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  outcome.durationMs = Date.now() - started;
  return outcome;
}

/** Checks the commit out of the restored repository, builds it with the project's tools and compares. */
async function rebuild(repo: string, commit: string, siteDir: string, work: string, options: RestoreTestOptions): Promise<NonNullable<RestoreTestOutcome['rebuilt']>> {
  const rc = options.restic;
  let siteManifest: BuildManifest;
  try {
    siteManifest = JSON.parse(await readFile(path.join(siteDir, MANIFEST_PATH), 'utf8')) as BuildManifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new BackupError(`situs di cadangan tidak memiliki ${MANIFEST_PATH}: hasil bangun ulang tidak dapat dibandingkan. Cadangkan situs hasil laman publish (yang memiliki manifes).`);
  }
  const tree = path.join(work, 'bangun');
  rc.log(`uji pemulihan ${options.target.name}: membangun ulang commit ${commit.slice(0, 12)} dari repositori yang dipulihkan`);
  await git(repo, ['worktree', 'add', '--detach', tree, commit], { env: rc.env });
  // The restored repository holds the content, not the installed tools: borrow Laman's.
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(tree, 'node_modules'), 'dir');
  const out = path.join(work, 'situs-ulang');
  // The build's clock pinned to the original build's, so date-dependent pages come out the same.
  await buildSite({ root: tree, env: { ...rc.env, LAMAN_NOW: siteManifest.dibuat }, out, write: options.write, writeError: options.write, label: 'uji pemulihan' });
  const fresh = await computeManifest(out, commit, new Date(siteManifest.dibuat));
  const diff = compareManifests(siteManifest.berkas, fresh.berkas);
  return { files: Object.keys(fresh.berkas).length, ...diff };
}
