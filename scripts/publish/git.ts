// Reading the published commit from the local clone, through the archive's git runner
// (execFile argument arrays, GitError with git's own message).
import { git, GitError } from '../archive/git.ts';

/** `git args…` in `cwd`; stdout as bytes (file contents may be binary). */
export function gitBytes(cwd: string, args: readonly string[]): Promise<Buffer> {
  return git(cwd, args, { env: process.env });
}

export async function gitText(cwd: string, args: readonly string[]): Promise<string> {
  return (await gitBytes(cwd, args)).toString('utf8').trim();
}

/** A file as it is in `commit`, or undefined when the commit has no such file. */
export async function fileAt(cwd: string, commit: string, file: string): Promise<Buffer | undefined> {
  try {
    return await gitBytes(cwd, ['show', `${commit}:${file}`]);
  } catch (error) {
    // git show exits 128 for a path the commit does not have; anything else is a real failure.
    if (error instanceof GitError && error.code === 128) return undefined;
    throw error;
  }
}
