// The backup's git steps, through the archive's git adapter (argument arrays, stderr kept).
import { git, GitError, gitText, type GitEnv } from '../archive/git.ts';
import type { GitRef } from './manifest.ts';
import { BackupError, messages } from './messages.ts';

/** Every ref (`git for-each-ref`), sorted by name. */
export async function listRefs(dir: string, env: GitEnv): Promise<GitRef[]> {
  const out = await gitText(dir, ['for-each-ref', '--format=%(objectname) %(refname)'], { env });
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const space = line.indexOf(' ');
      return { oid: line.slice(0, space), name: line.slice(space + 1) };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export async function headInfo(dir: string, env: GitEnv): Promise<{ head: string; headRef?: string }> {
  const head = (await gitText(dir, ['rev-parse', '--verify', 'HEAD^{commit}'], { env })).trim();
  let headRef: string | undefined;
  try {
    headRef = (await gitText(dir, ['symbolic-ref', '-q', 'HEAD'], { env })).trim() || undefined;
  } catch (error) {
    // Exit 1: HEAD is detached (a workflow checkout of a commit); the commit is enough.
    if (!(error instanceof GitError && error.code === 1)) throw error;
    headRef = undefined;
  }
  return headRef ? { head, headRef } : { head };
}

/** `git bundle create FILE --all`: every ref and the objects they reach. */
export async function createBundle(dir: string, file: string, env: GitEnv): Promise<void> {
  const shallow = (await gitText(dir, ['rev-parse', '--is-shallow-repository'], { env })).trim();
  if (shallow === 'true') throw new BackupError(messages.shallow(dir));
  await git(dir, ['bundle', 'create', file, '--all'], { env });
}

export async function verifyBundle(file: string, cwd: string, env: GitEnv): Promise<string | undefined> {
  try {
    await git(cwd, ['bundle', 'verify', file], { env });
    return undefined;
  } catch (error) {
    return `repo.bundle tidak valid menurut git bundle verify: ${(error as Error).message}`;
  }
}

/**
 * The bundle as a bare mirror. The clone's remote (the staging folder's bundle, gone after the
 * restore) is removed from the config only; `git remote remove` would delete the mirrored refs.
 */
export async function mirrorFromBundle(bundle: string, dest: string, cwd: string, env: GitEnv): Promise<void> {
  await git(cwd, ['clone', '--quiet', '--mirror', bundle, dest], { env });
  await git(dest, ['config', '--remove-section', 'remote.origin'], { env });
}

/** `git rev-list --all --objects`, sorted: every object id a repository's refs reach. */
export async function reachableObjects(dir: string, env: GitEnv): Promise<string[]> {
  const out = await gitText(dir, ['rev-list', '--all', '--objects'], { env });
  return out
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(0, l.indexOf(' ') === -1 ? l.length : l.indexOf(' ')))
    .sort();
}

export async function fsck(dir: string, env: GitEnv): Promise<string | undefined> {
  try {
    await git(dir, ['fsck', '--full', '--strict', '--no-dangling'], { env });
    return undefined;
  } catch (error) {
    return `git fsck menemukan masalah di repositori yang dipulihkan: ${(error as Error).message}`;
  }
}

/** The restored refs against the manifest's (pure). */
export function compareRefs(expected: readonly GitRef[], actual: readonly GitRef[]): string[] {
  const problems: string[] = [];
  const have = new Map(actual.map((r) => [r.name, r.oid]));
  for (const ref of expected) {
    const oid = have.get(ref.name);
    if (!oid) problems.push(`ref ${ref.name} hilang dari repositori yang dipulihkan`);
    else if (oid !== ref.oid) problems.push(`ref ${ref.name} menunjuk ${oid.slice(0, 12)}, seharusnya ${ref.oid.slice(0, 12)}`);
    have.delete(ref.name);
  }
  for (const name of have.keys()) problems.push(`ref ${name} ada di repositori yang dipulihkan tetapi tidak tercatat di MANIFEST.json`);
  return problems;
}
