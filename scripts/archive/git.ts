// The archive's one adapter to git: processes with argument arrays (never a shell string),
// stderr kept for the error message. Everything the archive reads comes from git objects,
// so a branch can be verified without checking it out.
import { execFile, spawn } from 'node:child_process';

export type GitEnv = Record<string, string | undefined>;

export class GitError extends Error {
  override name = 'GitError';
  readonly code: number | null;
  readonly stderr: string;
  constructor(args: readonly string[], code: number | null, stderr: string) {
    super(`git ${args.join(' ')} gagal (kode keluar ${code}): ${stderr.trim() || 'tanpa pesan'}`);
    this.code = code;
    this.stderr = stderr;
  }
}

/** The environment git runs with: no prompts, stable English messages for parsing. */
export function gitEnv(env: GitEnv, extra: GitEnv = {}): GitEnv {
  return { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', LANG: 'C', ...extra };
}

export interface GitOptions {
  env: GitEnv;
  input?: string | Buffer;
}

/** Runs git in `dir` and returns stdout; throws GitError on a non-zero exit. */
export function git(dir: string, args: readonly string[], options: GitOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['-C', dir, ...args],
      { env: gitEnv(options.env), encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const code = typeof error.code === 'number' ? error.code : null;
        if (code === null) return reject(error);
        reject(new GitError(args, code, stderr.toString('utf8')));
      },
    );
    // git may exit without reading its input; the exit code says what happened.
    child.stdin?.on('error', () => {});
    child.stdin?.end(options.input ?? '');
  });
}

export async function gitText(dir: string, args: readonly string[], options: GitOptions): Promise<string> {
  return (await git(dir, args, options)).toString('utf8');
}

/** The commit a ref points to, or undefined when there is no such ref. */
export async function resolveCommit(dir: string, ref: string, env: GitEnv): Promise<string | undefined> {
  try {
    return (await gitText(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { env })).trim() || undefined;
  } catch (error) {
    if (error instanceof GitError && error.code === 1) return undefined;
    throw error;
  }
}

export interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  path: string;
}

/** Every entry of a commit's tree, recursively (`git ls-tree -r -z`). */
export async function listTree(dir: string, commit: string, env: GitEnv): Promise<TreeEntry[]> {
  const out = await gitText(dir, ['ls-tree', '-r', '-z', '--full-tree', commit], { env });
  return out
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode = '', type = '', oid = ''] = line.slice(0, tab).split(' ');
      return { mode, type, oid, path: line.slice(tab + 1) };
    });
}

/** Receives one blob's bytes as they stream out of git. */
export interface BlobSink {
  write(chunk: Buffer): void;
  end(): void;
}

/**
 * Streams blobs through `git cat-file --batch` in one process: each object's bytes go to
 * the sink `open(oid)` returns, chunk by chunk, so an archive of many large files is hashed
 * without holding it in memory.
 */
export function readBlobs(dir: string, oids: readonly string[], env: GitEnv, open: (oid: string) => BlobSink): Promise<void> {
  if (!oids.length) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', dir, 'cat-file', '--batch'], { env: gitEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let failure: Error | undefined;
    let stderr = '';
    let pending: Buffer = Buffer.alloc(0);
    let remaining = 0;
    let sink: BlobSink | undefined;
    let state: 'header' | 'body' | 'newline' = 'header';
    const fail = (error: Error) => {
      failure ??= error;
      child.kill();
    };
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure) return;
      const buf = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      pending = Buffer.alloc(0);
      let pos = 0;
      while (pos < buf.length) {
        if (state === 'header') {
          const nl = buf.indexOf(10, pos);
          if (nl < 0) {
            pending = buf.subarray(pos);
            break;
          }
          const [oid = '', type, size] = buf.toString('utf8', pos, nl).split(' ');
          pos = nl + 1;
          if (type !== 'blob' || size === undefined) return fail(new Error(`git cat-file: objek ${oid} tidak ada atau bukan blob (${type ?? '?'})`));
          sink = open(oid);
          remaining = Number(size);
          if (remaining === 0) sink.end();
          state = remaining === 0 ? 'newline' : 'body';
        } else if (state === 'body') {
          const n = Math.min(remaining, buf.length - pos);
          sink?.write(buf.subarray(pos, pos + n));
          pos += n;
          remaining -= n;
          if (remaining === 0) {
            sink?.end();
            state = 'newline';
          }
        } else {
          pos += 1;
          state = 'header';
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('error', reject);
    child.once('close', (code) => {
      if (failure) reject(failure);
      else if (code !== 0) reject(new GitError(['cat-file', '--batch'], code, stderr));
      else resolve();
    });
    child.stdin.on('error', () => {});
    child.stdin.end(oids.join('\n') + '\n');
  });
}

/** A path a commit on the branch modified or deleted (`git log --name-status`). */
export interface Rewrite {
  commit: string;
  status: string;
  path: string;
}

/** Every change in the history of `commit` that was not an addition. */
export async function nonAdditions(dir: string, commit: string, env: GitEnv): Promise<Rewrite[]> {
  const out = await gitText(dir, ['log', '--no-renames', '--no-merges', '--format=commit %H', '--name-status', '-z', commit], { env });
  // Fields: "commit <sha>", then "<status>", "<path>" pairs (the status after a newline).
  const fields = out.split('\0');
  const rewrites: Rewrite[] = [];
  let current = '';
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!.replace(/^\n/, '');
    const header = /^commit ([0-9a-f]{40,64})$/.exec(field);
    if (header) {
      current = header[1]!;
    } else if (field !== '') {
      const path = fields[i + 1] ?? '';
      i += 1;
      if (field !== 'A') rewrites.push({ commit: current, status: field, path });
    }
  }
  return rewrites;
}

/** Whether commit `older` is an ancestor of (or equal to) `newer`. */
export async function isAncestor(repoDir: string, older: string, newer: string, env: GitEnv): Promise<boolean> {
  try {
    await git(repoDir, ['merge-base', '--is-ancestor', older, newer], { env });
    return true;
  } catch (error) {
    if (error instanceof GitError && error.code === 1) return false;
    throw error;
  }
}

/** The author and committer of a commit Laman makes itself, dated `at` (UTC, whole seconds). */
export function commitIdentity(who: { name: string; email: string }, at: Date): GitEnv {
  const date = `${Math.floor(at.getTime() / 1000)} +0000`;
  return { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
}
