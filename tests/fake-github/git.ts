// The fake's storage: a real bare git repository driven with `git` (execFile, argument arrays,
// never a shell). Blobs, trees, commits and refs the fake hands out are real git objects.

import { execFile, spawn } from 'node:child_process';

export const ZERO_SHA = '0000000000000000000000000000000000000000';
export const SHA_PATTERN = /^[0-9a-f]{40}$/;

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

export interface GitPerson {
  name: string;
  email: string;
  /** ISO 8601 date. */
  date: string;
}

export interface GitCommitObject {
  sha: string;
  tree: string;
  parents: string[];
  author: GitPerson;
  committer: GitPerson;
  message: string;
}

export interface GitTreeEntry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  path: string;
  /** Blob size in bytes; undefined for trees and submodules. */
  size?: number;
}

// Isolate git from the user's and the system's configuration (signing, hooks, default branch...).
const GIT_ENV: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
  LANG: 'C',
  LC_ALL: 'C',
  TZ: 'UTC',
};

/** Runs git in `dir`; resolves with the exit code instead of throwing (callers decide). */
export function runGit(
  dir: string,
  args: readonly string[],
  options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {},
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['-C', dir, ...args],
      { env: { ...GIT_ENV, ...options.env }, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        if (error && code === -1) {
          reject(error);
          return;
        }
        resolve({ stdout, stderr: stderr.toString('utf8'), code });
      },
    );
    // git may exit without reading stdin (EPIPE); the exit code tells what happened.
    child.stdin?.on('error', () => {});
    child.stdin?.end(options.input ?? '');
  });
}

/** Runs git and returns stdout as text; throws with git's stderr on a non-zero exit. */
export async function git(
  dir: string,
  args: readonly string[],
  options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {},
): Promise<string> {
  const result = await runGit(dir, args, options);
  if (result.code !== 0) {
    throw new Error(`git ${args.join(' ')} failed (${result.code}): ${result.stderr.trim()}`);
  }
  return result.stdout.toString('utf8');
}

/** Type of an object (`blob`, `tree`, `commit`, `tag`) or undefined when it does not exist. */
export async function objectType(dir: string, sha: string): Promise<string | undefined> {
  if (!SHA_PATTERN.test(sha)) return undefined;
  const result = await runGit(dir, ['cat-file', '-t', sha]);
  return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
}

export async function writeBlob(dir: string, content: Buffer): Promise<string> {
  return (await git(dir, ['hash-object', '-w', '--stdin'], { input: content })).trim();
}

export async function readBlob(dir: string, sha: string): Promise<Buffer> {
  const blob = await once([dir, 'blob', sha], async () => {
    const result = await runGit(dir, ['cat-file', 'blob', sha]);
    if (result.code !== 0) throw new Error(`no blob ${sha}`);
    return result.stdout;
  });
  return Buffer.from(blob);
}

/** Lists a tree: `recursive` walks subtrees and includes the tree entries themselves (like GitHub). */
export async function listTree(dir: string, treeish: string, recursive: boolean): Promise<GitTreeEntry[]> {
  const args = ['ls-tree', '-z', '-l', ...(recursive ? ['-r', '-t'] : []), treeish];
  return parseLsTree(await git(dir, args));
}

/** Lists the entries under `path` in `treeish` (the entry itself when it is a file). */
export async function listPath(dir: string, treeish: string, path: string): Promise<GitTreeEntry[]> {
  const entries = await once([dir, `ls-tree:${path}`, treeish], async () => parseLsTree(await git(dir, ['ls-tree', '-z', '-l', '--full-tree', treeish, '--', path])));
  return structuredClone(entries);
}

function parseLsTree(output: string): GitTreeEntry[] {
  const entries: GitTreeEntry[] = [];
  for (const record of output.split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [mode = '', type = '', sha = '', size = '-'] = record.slice(0, tab).trim().split(/\s+/);
    const entry: GitTreeEntry = { mode, type: type as GitTreeEntry['type'], sha, path: record.slice(tab + 1) };
    if (size !== '-') entry.size = Number(size);
    entries.push(entry);
  }
  return entries;
}

/** Flat map path → entry of every non-tree object under a tree (blobs, symlinks, submodules). */
export async function flattenTree(dir: string, tree: string): Promise<Map<string, GitTreeEntry>> {
  const out = await git(dir, ['ls-tree', '-z', '-r', '--full-tree', tree]);
  return new Map(parseLsTree(out).map((entry) => [entry.path, entry]));
}

/** Writes nested trees for a flat path → entry map (the inverse of flattenTree); returns the root tree. */
export async function writeTree(dir: string, files: Map<string, GitTreeEntry>): Promise<string> {
  interface Node {
    files: GitTreeEntry[];
    dirs: Map<string, Node>;
  }
  const root: Node = { files: [], dirs: new Map() };
  for (const [path, entry] of files) {
    const parts = path.split('/');
    const name = parts.pop() ?? '';
    let node = root;
    for (const part of parts) {
      let child = node.dirs.get(part);
      if (!child) {
        child = { files: [], dirs: new Map() };
        node.dirs.set(part, child);
      }
      node = child;
    }
    node.files.push({ ...entry, path: name });
  }
  const write = async (node: Node): Promise<string> => {
    const lines: string[] = node.files.map((f) => `${f.mode} ${f.type} ${f.sha}\t${f.path}`);
    for (const [name, child] of node.dirs) lines.push(`040000 tree ${await write(child)}\t${name}`);
    return (await git(dir, ['mktree', '-z'], { input: lines.map((l) => `${l}\0`).join('') })).trim();
  };
  return write(root);
}

export async function readCommit(dir: string, sha: string): Promise<GitCommitObject | undefined> {
  if ((await objectType(dir, sha)) !== 'commit') return undefined;
  const text = await git(dir, ['cat-file', 'commit', sha]);
  const split = text.indexOf('\n\n');
  const headers = (split === -1 ? text : text.slice(0, split)).split('\n');
  const commit: GitCommitObject = {
    sha,
    tree: '',
    parents: [],
    author: { name: '', email: '', date: '' },
    committer: { name: '', email: '', date: '' },
    message: split === -1 ? '' : text.slice(split + 2),
  };
  for (const line of headers) {
    const space = line.indexOf(' ');
    const key = line.slice(0, space);
    const value = line.slice(space + 1);
    if (key === 'tree') commit.tree = value;
    else if (key === 'parent') commit.parents.push(value);
    else if (key === 'author') commit.author = parsePerson(value);
    else if (key === 'committer') commit.committer = parsePerson(value);
  }
  return commit;
}

function parsePerson(value: string): GitPerson {
  const match = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(value);
  if (!match) return { name: value, email: '', date: new Date(0).toISOString() };
  return { name: match[1] ?? '', email: match[2] ?? '', date: isoSeconds(new Date(Number(match[3]) * 1000)) };
}

/** GitHub's timestamp style: ISO 8601 without milliseconds. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export async function writeCommit(
  dir: string,
  input: { tree: string; parents: string[]; message: string; author: GitPerson; committer: GitPerson },
): Promise<string> {
  const args = ['commit-tree', input.tree, ...input.parents.flatMap((p) => ['-p', p])];
  const env = {
    GIT_AUTHOR_NAME: input.author.name,
    GIT_AUTHOR_EMAIL: input.author.email,
    GIT_AUTHOR_DATE: input.author.date,
    GIT_COMMITTER_NAME: input.committer.name,
    GIT_COMMITTER_EMAIL: input.committer.email,
    GIT_COMMITTER_DATE: input.committer.date,
  };
  return (await git(dir, args, { input: input.message, env })).trim();
}

export interface RefRecord {
  ref: string;
  sha: string;
  type: string;
}

export async function listRefs(dir: string): Promise<RefRecord[]> {
  const out = await git(dir, ['for-each-ref', '--format=%(refname)%00%(objectname)%00%(objecttype)']);
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [ref = '', sha = '', type = ''] = line.split('\0');
      return { ref, sha, type };
    });
}

/** The sha a full ref name points at, or undefined. */
export async function resolveRef(dir: string, ref: string): Promise<string | undefined> {
  const result = await runGit(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{object}`]);
  return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
}

/**
 * One long-lived `git cat-file --batch-check` per repository answers "what commit is this
 * name?" without starting a process per question (pull requests resolve their branches on
 * every read). Questions are answered in order, one line each.
 */
interface BatchCheck {
  ask(name: string): Promise<string | undefined>;
  close(): void;
}

const batches = new Map<string, BatchCheck>();

function batchCheck(dir: string): BatchCheck {
  const existing = batches.get(dir);
  if (existing) return existing;
  const child = spawn('git', ['-C', dir, 'cat-file', '--batch-check=%(objectname) %(objecttype)'], { env: GIT_ENV, stdio: ['pipe', 'pipe', 'ignore'] });
  const waiting: Array<(line: string | undefined) => void> = [];
  let buffer = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      waiting.shift()?.(buffer.slice(0, newline));
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf('\n');
    }
  });
  const fail = () => {
    batches.delete(dir);
    for (const answer of waiting.splice(0)) answer(undefined);
  };
  child.on('exit', fail);
  child.on('error', fail);
  child.stdin.on('error', () => {});
  const batch: BatchCheck = {
    ask(name) {
      if (/[\n\r]/.test(name)) return Promise.resolve(undefined);
      return new Promise((resolve) => {
        waiting.push((line) => {
          const [sha, type] = (line ?? '').split(' ');
          resolve(sha && type === 'commit' && SHA_PATTERN.test(sha) ? sha : undefined);
        });
        child.stdin.write(`${name}\n`);
      });
    },
    close() {
      batches.delete(dir);
      child.stdin.end();
      child.kill();
    },
  };
  batches.set(dir, batch);
  return batch;
}

/** Stops the repository's helper processes (the fake calls this when it closes). */
export function closeRepository(dir: string): void {
  batches.get(dir)?.close();
}

/** Resolves a branch name, a full ref or a commit sha to a commit sha. */
export async function resolveCommitish(dir: string, name: string): Promise<string | undefined> {
  if (name.startsWith('-')) return undefined;
  const batch = batchCheck(dir);
  for (const candidate of [`refs/heads/${name}`, `refs/tags/${name}`, name]) {
    if (!candidate.startsWith('refs/') && !SHA_PATTERN.test(candidate)) continue;
    const sha = await batch.ask(`${candidate}^{commit}`);
    if (sha) return sha;
  }
  return undefined;
}

/** Resolves a tree-ish (tree or commit sha, branch, `branch:folder`) to a tree sha. */
export async function resolveTree(dir: string, treeish: string): Promise<string | undefined> {
  // No `^{tree}` suffix: after `branch:folder` it would be read as part of the folder's path.
  for (const candidate of [`refs/heads/${treeish}`, treeish]) {
    const result = await runGit(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', candidate]);
    if (result.code !== 0) continue;
    const sha = result.stdout.toString('utf8').trim();
    const type = await objectType(dir, sha);
    if (type === 'tree') return sha;
    if (type === 'commit') return (await readCommit(dir, sha))?.tree;
  }
  return undefined;
}

/** Atomically moves `ref` from `oldSha` (ZERO_SHA: must not exist) to `newSha`; false when it lost a race. */
export async function updateRef(dir: string, ref: string, newSha: string, oldSha?: string): Promise<boolean> {
  const result = await runGit(dir, ['update-ref', ref, newSha, ...(oldSha ? [oldSha] : [])]);
  return result.code === 0;
}

export async function deleteRef(dir: string, ref: string): Promise<boolean> {
  return (await runGit(dir, ['update-ref', '-d', ref])).code === 0;
}

/**
 * Results that depend only on commit ids never change, so they are computed once: a pull
 * request's merge base, diff, mergeability and commits are asked for on every read of it,
 * and each git process costs tens of milliseconds.
 */
const memo = new Map<string, Promise<unknown>>();

function once<T>(key: string[], compute: () => Promise<T>): Promise<T> {
  const name = key.join('\0');
  if (!key.slice(2).every((k) => SHA_PATTERN.test(k))) return compute(); // names (branches) can move
  let found = memo.get(name) as Promise<T> | undefined;
  if (!found) {
    found = compute();
    memo.set(name, found);
    found.catch(() => memo.delete(name));
  }
  return found;
}

export function isAncestor(dir: string, ancestor: string, descendant: string): Promise<boolean> {
  return once([dir, 'is-ancestor', ancestor, descendant], async () => (await runGit(dir, ['merge-base', '--is-ancestor', ancestor, descendant])).code === 0);
}

export function mergeBase(dir: string, a: string, b: string): Promise<string | undefined> {
  return once([dir, 'merge-base', a, b], async () => {
    const result = await runGit(dir, ['merge-base', a, b]);
    return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
  });
}

/** Three-way merge of two commits without a work tree; the merged tree, or undefined on conflicts. */
export function mergeTrees(dir: string, ours: string, theirs: string): Promise<string | undefined> {
  return once([dir, 'merge-tree', ours, theirs], async () => {
    const result = await runGit(dir, ['merge-tree', '--write-tree', '--no-messages', ours, theirs]);
    if (result.code !== 0) return undefined;
    return result.stdout.toString('utf8').split('\n')[0]?.trim();
  });
}

export interface ChangedFile {
  path: string;
  status: 'added' | 'removed' | 'modified' | 'changed';
  /** Blob sha after the change (before it, for removed files). */
  sha: string;
  additions: number;
  deletions: number;
}

/** Files changed between two commits (no rename detection), with line counts. */
export async function diffFiles(dir: string, from: string, to: string): Promise<ChangedFile[]> {
  return structuredClone(await once([dir, 'diff', from, to], () => computeDiff(dir, from, to)));
}

async function computeDiff(dir: string, from: string, to: string): Promise<ChangedFile[]> {
  const raw = (await git(dir, ['diff', '--raw', '-z', '--no-renames', '--no-abbrev', from, to])).split('\0');
  const numstat = (await git(dir, ['diff', '--numstat', '-z', '--no-renames', from, to])).split('\0');
  const counts = new Map<string, { additions: number; deletions: number }>();
  for (const record of numstat) {
    const match = /^(\d+|-)\t(\d+|-)\t(.*)$/s.exec(record);
    if (!match) continue;
    counts.set(match[3] ?? '', {
      additions: match[1] === '-' ? 0 : Number(match[1]),
      deletions: match[2] === '-' ? 0 : Number(match[2]),
    });
  }
  const files: ChangedFile[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const meta = raw[i] ?? '';
    const path = raw[i + 1] ?? '';
    if (!meta.startsWith(':')) continue;
    const [, , oldSha = '', newSha = '', letter = ''] = meta.slice(1).split(' ');
    const status = letter === 'A' ? 'added' : letter === 'D' ? 'removed' : letter === 'M' ? 'modified' : 'changed';
    const count = counts.get(path) ?? { additions: 0, deletions: 0 };
    files.push({ path, status, sha: status === 'removed' ? oldSha : newSha, ...count });
  }
  return files;
}

/** Commits reachable from `head` but not from `base`, oldest first. */
export async function commitsBetween(dir: string, base: string, head: string): Promise<string[]> {
  return [
    ...(await once([dir, 'rev-list', base, head], async () => (await git(dir, ['rev-list', '--reverse', `${base}..${head}`])).split('\n').filter(Boolean))),
  ];
}

/** Commits reachable from `head` that change `path` (any commit without one), newest first, like `git log`. */
export async function commitsTouching(
  dir: string,
  head: string,
  options: { path?: string; since?: string; until?: string } = {},
): Promise<string[]> {
  const args = ['rev-list'];
  if (options.since) args.push(`--since=${options.since}`);
  if (options.until) args.push(`--until=${options.until}`);
  args.push('--end-of-options', head);
  if (options.path) args.push('--', options.path);
  return (await git(dir, args)).split('\n').filter(Boolean);
}
