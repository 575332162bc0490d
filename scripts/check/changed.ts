// The content files a pull request changes: what CI checks and annotates. Deleted files
// are left out (there is nothing left to check).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export class GitDiffFailed extends Error {
  override name = 'GitDiffFailed';
}

/** Files under `contentDir` changed between the merge base of `ref` and HEAD, relative to `root`. */
export async function changedContentFiles(root: string, ref: string, contentDir: string): Promise<string[]> {
  if (ref.startsWith('-')) throw new GitDiffFailed(`"${ref}" bukan nama cabang atau commit`);
  try {
    const { stdout } = await exec('git', ['diff', '--name-only', '--diff-filter=d', '-z', `${ref}...HEAD`, '--', contentDir], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout.split('\0').filter(Boolean).sort();
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitDiffFailed(`tidak dapat membandingkan dengan "${ref}": ${stderr || (error as Error).message}. Pastikan cabang itu sudah diambil (git fetch, atau checkout dengan fetch-depth: 0).`);
  }
}
