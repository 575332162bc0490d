// Reading the published commit from the local clone: git through execFile argument arrays.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** `git args…` in `cwd`; stdout as bytes (file contents may be binary). */
export async function gitBytes(cwd: string, args: readonly string[]): Promise<Buffer> {
  const { stdout } = await exec('git', [...args], { cwd, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 });
  return stdout;
}

export async function gitText(cwd: string, args: readonly string[]): Promise<string> {
  return (await gitBytes(cwd, args)).toString('utf8').trim();
}

/** A file as it is in `commit`, or undefined when the commit has no such file. */
export async function fileAt(cwd: string, commit: string, file: string): Promise<Buffer | undefined> {
  try {
    return await gitBytes(cwd, ['show', `${commit}:${file}`]);
  } catch {
    return undefined;
  }
}
