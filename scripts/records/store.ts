// The records branch ("pemantauan"): written with git plumbing and a temporary index, so no
// checkout, no worktree and no effect on the working copy a workflow runs in. Records are
// per-day or per-event files, so two workflows that append at once never conflict: a
// rejected push is retried on top of the remote's newer tip (appendAndPush).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commitIdentity, git, GitError, gitText, resolveCommit, type GitEnv } from '../archive/git.ts';
import { branchReadme, README_PATH, RECORDS_BRANCH } from './layout.ts';

export const RECORDS_IDENTITY = { name: 'Laman Pemantauan', email: 'pemantauan@laman.invalid' };
export const DEFAULT_REMOTE = 'origin';

export class RecordsError extends Error {
  override name = 'RecordsError';
}

export interface RecordWrite {
  /** Path on the branch, "/"-separated, e.g. monitor/2026-12-03.jsonl. */
  path: string;
  content: string | Uint8Array;
  /** append: added after the file's current bytes (created when absent); replace: the file becomes content. */
  mode: 'append' | 'replace';
}

export interface AppendRecordsOptions {
  repoDir: string;
  branch?: string;
  env: GitEnv;
  files: readonly RecordWrite[];
  message: string;
  now: Date;
}

function checkPath(file: string): void {
  if (!file || file.startsWith('/') || file.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new RecordsError(`path catatan tidak valid: "${file}"`);
  }
}

async function readBlob(repoDir: string, commit: string, file: string, env: GitEnv): Promise<Buffer | undefined> {
  try {
    return await git(repoDir, ['cat-file', 'blob', `${commit}:${file}`], { env });
  } catch (error) {
    if (error instanceof GitError && error.code === 128) return undefined;
    throw error;
  }
}

/** Commits the writes onto the branch (created as an orphan with a README when absent); returns the new commit. */
export async function appendRecords(options: AppendRecordsOptions): Promise<string> {
  const { repoDir, env, files, now } = options;
  const branch = options.branch ?? RECORDS_BRANCH;
  if (!files.length) throw new RecordsError('tidak ada catatan untuk disimpan');
  for (const f of files) checkPath(f.path);
  const ref = `refs/heads/${branch}`;
  const parent = await resolveCommit(repoDir, ref, env);
  const tmp = await mkdtemp(path.join(tmpdir(), 'laman-catatan-'));
  const indexEnv: GitEnv = { ...env, GIT_INDEX_FILE: path.join(tmp, 'index') };
  try {
    if (parent) await git(repoDir, ['read-tree', parent], { env: indexEnv });
    else await git(repoDir, ['read-tree', '--empty'], { env: indexEnv });
    const writes: RecordWrite[] = parent ? [...files] : [{ path: README_PATH, content: branchReadme(branch), mode: 'replace' }, ...files];
    // The new content of each path, so two appends to one file in one call both land.
    const contents = new Map<string, Buffer>();
    for (const write of writes) {
      const bytes = typeof write.content === 'string' ? Buffer.from(write.content, 'utf8') : Buffer.from(write.content);
      if (write.mode === 'replace') {
        contents.set(write.path, bytes);
        continue;
      }
      const before = contents.get(write.path) ?? (parent ? await readBlob(repoDir, parent, write.path, env) : undefined);
      contents.set(write.path, before ? Buffer.concat([before, bytes]) : bytes);
    }
    for (const [file, bytes] of contents) {
      const oid = (await gitText(repoDir, ['hash-object', '-w', '--stdin'], { env, input: bytes })).trim();
      await git(repoDir, ['update-index', '--add', '--cacheinfo', `100644,${oid},${file}`], { env: indexEnv });
    }
    const tree = (await gitText(repoDir, ['write-tree'], { env: indexEnv })).trim();
    const identity = commitIdentity(RECORDS_IDENTITY, now);
    const commit = (
      await gitText(repoDir, ['-c', 'commit.gpgsign=false', 'commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', options.message], { env: { ...env, ...identity } })
    ).trim();
    // Compare-and-swap: a concurrent writer in this clone makes this fail instead of losing its commit.
    await git(repoDir, ['update-ref', ref, commit, parent ?? ''], { env });
    return commit;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

export interface ReadRecordsOptions {
  repoDir: string;
  branch?: string;
  env: GitEnv;
  /** Only files under this folder, e.g. "monitor/" ("" for all). */
  prefix: string;
  /** Keep only paths for which this returns true (decided before any file is read). */
  filter?: (path: string) => boolean;
}

/** The files under `prefix` on the branch, in path order; [] when the branch does not exist. */
export async function readRecords(options: ReadRecordsOptions): Promise<Array<{ path: string; content: string }>> {
  const { repoDir, env } = options;
  const commit = await resolveCommit(repoDir, `refs/heads/${options.branch ?? RECORDS_BRANCH}`, env);
  if (!commit) return [];
  const listing = await gitText(repoDir, ['ls-tree', '-r', '-z', '--name-only', commit, '--', ...(options.prefix ? [options.prefix] : [])], { env });
  const paths = listing
    .split('\0')
    .filter(Boolean)
    .filter((p) => p.startsWith(options.prefix) && (options.filter?.(p) ?? true))
    .sort();
  const out: Array<{ path: string; content: string }> = [];
  for (const p of paths) {
    const bytes = await readBlob(repoDir, commit, p, env);
    if (bytes) out.push({ path: p, content: bytes.toString('utf8') });
  }
  return out;
}

export interface PushRecordsOptions {
  repoDir: string;
  branch?: string;
  env: GitEnv;
  remote?: string;
}

async function hasRemote(repoDir: string, remote: string, env: GitEnv): Promise<boolean> {
  return (await gitText(repoDir, ['remote'], { env })).split('\n').includes(remote);
}

/** Makes the local branch the remote's tip (records not yet pushed are dropped: appendAndPush redoes them). */
export async function syncRecords(options: PushRecordsOptions): Promise<void> {
  const { repoDir, env } = options;
  const branch = options.branch ?? RECORDS_BRANCH;
  const remote = options.remote ?? DEFAULT_REMOTE;
  if (!(await hasRemote(repoDir, remote, env))) return;
  const ref = `refs/heads/${branch}`;
  const tracking = `refs/remotes/${remote}/${branch}`;
  try {
    const listed = await gitText(repoDir, ['ls-remote', '--heads', remote, ref], { env });
    if (!listed.trim()) return;
    await git(repoDir, ['fetch', '--quiet', '--no-tags', remote, `+${ref}:${tracking}`], { env });
  } catch (error) {
    if (error instanceof GitError) throw new RecordsError(`cabang ${branch} tidak dapat diambil dari ${remote}: ${error.stderr.trim() || error.message}`);
    throw error;
  }
  const theirs = await resolveCommit(repoDir, tracking, env);
  if (theirs) await git(repoDir, ['update-ref', ref, theirs], { env });
}

// What git prints when another writer got there first: the remote's tip is not an ancestor
// ("fetch first", "non-fast-forward"), or it moved while this push was under way (the
// server's compare-and-swap failed). Any other refusal (a hook, a protected branch) is final.
const RACE_LOST = /\[rejected\].*\((?:fetch first|non-fast-forward)\)|\[remote rejected\].*\((?:failed to update ref|cannot lock ref|incorrect old value)/;

/** Whether a failed push lost a race with another writer (true) rather than being refused. */
export function lostRace(stderr: string): boolean {
  return RACE_LOST.test(stderr);
}

/** Pushes the branch, never forced. */
export async function pushRecords(options: PushRecordsOptions): Promise<void> {
  const branch = options.branch ?? RECORDS_BRANCH;
  const remote = options.remote ?? DEFAULT_REMOTE;
  const ref = `refs/heads/${branch}`;
  try {
    await git(options.repoDir, ['push', '--quiet', remote, `${ref}:${ref}`], { env: options.env });
  } catch (error) {
    if (error instanceof GitError && lostRace(error.stderr)) {
      throw new RecordsError(`${remote} menolak cabang ${branch}: di sana ada catatan yang lebih baru`);
    }
    if (error instanceof GitError) throw new RecordsError(`cabang ${branch} tidak dapat dikirim ke ${remote}: ${error.stderr.trim()}`);
    throw error;
  }
}

export interface AppendAndPushOptions extends AppendRecordsOptions {
  remote?: string;
  /** false: commit locally only (dry runs, tests without a remote). */
  push: boolean;
  attempts?: number;
  log?: (line: string) => void;
}

/**
 * Takes the remote's tip, appends, pushes; when another workflow pushed in between, starts
 * again from the new tip (the writes are per-file appends, so redoing them is safe).
 */
export async function appendAndPush(options: AppendAndPushOptions): Promise<string> {
  const attempts = options.push ? (options.attempts ?? 4) : 1;
  const remote = options.remote ?? DEFAULT_REMOTE;
  const pushing = options.push && (await hasRemote(options.repoDir, remote, options.env));
  for (let attempt = 1; ; attempt++) {
    if (pushing) await syncRecords({ ...options, remote });
    const commit = await appendRecords(options);
    if (!pushing) return commit;
    try {
      await pushRecords({ ...options, remote });
      return commit;
    } catch (error) {
      if (!(error instanceof RecordsError) || !/lebih baru/.test(error.message) || attempt >= attempts) throw error;
      options.log?.(`catatan: ${error.message}; mencoba lagi (${attempt + 1}/${attempts})`);
    }
  }
}
