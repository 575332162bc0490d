// The local editorial workflow needs a git repository of its own: decap-server (MODE=git)
// checks each draft's branch out in its working tree and commits with `git add .`. Run
// against the developer's checkout it would switch their branch and sweep their stray
// files into drafts, so `laman start` gives it a clone (.laman/cms/ by default).
import path from 'node:path';
import { exec, exists, git } from './git.ts';

export class WorkingCopyError extends Error {
  override name = 'WorkingCopyError';
}

export interface WorkingCopy {
  dir: string;
  /** The branch drafts are merged into on publish (the clone's checked-out branch). */
  branch: string;
  created: boolean;
}

/** Clones `source` into `dir` unless a clone is already there; drafts in it survive restarts. */
export async function ensureWorkingCopy(source: string, dir: string): Promise<WorkingCopy> {
  let created = false;
  if (!(await exists(path.join(dir, '.git')))) {
    try {
      await exec('git', ['clone', '--quiet', '--no-hardlinks', source, dir]);
    } catch (error) {
      const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
      throw new WorkingCopyError(
        `CMS lokal memerlukan repositori git untuk draf-drafnya, tetapi ${source} tidak dapat dikloning ke ${dir}: ${detail}. ` +
          'Jalankan dari hasil "git clone", atau pakai --no-cms untuk situs saja.',
      );
    }
    created = true;
  }
  // decap-server commits as whoever git says; a clone on a fresh machine may have nobody.
  if (!(await git(dir, 'config', '--get', 'user.email').catch(() => ''))) {
    await git(dir, 'config', 'user.email', 'cms-lokal@laman.invalid');
    await git(dir, 'config', 'user.name', 'Laman CMS (lokal)');
  }
  return { dir, branch: await git(dir, 'branch', '--show-current'), created };
}

/** The local branches holding drafts: Decap names them cms/<collection>/<slug>. */
export async function draftBranches(dir: string): Promise<string[]> {
  const out = await git(dir, 'for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/');
  return out ? out.split('\n').sort() : [];
}
