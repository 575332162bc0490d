// The archive's storage: an orphan branch ("arsip") of the site repository. The default
// branch accepts only reviewed pull requests (a ruleset without bypass), so automation keeps
// its records on a branch of its own (docs/adr/0005-archive-on-a-branch.md).
//
// appendToArchive works in a temporary worktree that is never fully checked out (the index
// is read from the branch; only new files are written), so appending stays fast however
// large the archive grows. It only ever adds files.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ArchiveItemInput } from '../publish/types.ts';
import { branchReadme } from './branch-readme.ts';
import { commitIdentity, git, GitError, gitText, isAncestor, listTree, resolveCommit, type GitEnv } from './git.ts';
import { berkasPath, DEFAULT_BRANCH, padNomor, README_PATH, recordPath, sheetPath } from './layout.ts';
import { readCourtInfo, type CourtInfo } from './letterhead.ts';
import { ArchiveError } from './messages.ts';
import { checkBranchName } from './read.ts';
import { draftRecord, recordBytes, recordHash, sealRecord, sha256Hex, type ArchivedRecord } from './record.ts';
import { renderSheet } from './sheet.ts';
import { inspectArchive } from './verify.ts';

/** Who commits to the archive branch (set through the environment, never global config). */
export const ARCHIVE_IDENTITY = { name: 'Laman Arsip', email: 'arsip@laman.invalid' };
export const DEFAULT_REMOTE = 'origin';

export interface AppendOptions {
  /** A clone of the site repository that holds the items' commit. */
  repoDir: string;
  /** Default "arsip". */
  branch?: string;
  /** Fetched first when the repository has it (default "origin"). */
  remote?: string;
  items: readonly ArchiveItemInput[];
  /** The archiving time: the records' `waktu`, the sheets' dates, the commit's date. */
  now: Date;
  log: (line: string) => void;
  /** Letterhead and time zone; by default read from each item's commit (letterhead.ts). */
  court?: CourtInfo;
  /** The content folder, default "content" (where pengaturan/situs.yml is). */
  contentDir?: string;
  env?: GitEnv;
}

export interface AppendResult {
  /** The new records, in order, each with its hash. */
  records: ArchivedRecord[];
  /** The archive commit made; undefined when there was nothing to archive. */
  commit?: string;
  /** The chain's last record after appending. */
  head: { nomor: number; sha256: string } | null;
}

/** Appends one record per item after the current last one and commits them on the branch (not pushed). */
export async function appendToArchive(options: AppendOptions): Promise<AppendResult> {
  const { repoDir, items, now, log } = options;
  const branch = options.branch ?? DEFAULT_BRANCH;
  const remote = options.remote ?? DEFAULT_REMOTE;
  const env = options.env ?? process.env;
  await checkBranchName(repoDir, branch, env);
  await syncFromRemote(repoDir, branch, remote, env, log);

  const local = await resolveCommit(repoDir, `refs/heads/${branch}`, env);
  let head: AppendResult['head'] = null;
  let existing = new Set<string>();
  if (local) {
    const { result } = await inspectArchive({ repoDir, branch, env });
    if (result.problems.length) {
      throw new ArchiveError(
        `arsip di cabang ${branch} tidak utuh, jadi tidak ada catatan yang ditambahkan (${result.problems.length} masalah; periksa dengan "laman archive verify"):\n` +
          result.problems.map((p) => `  - ${p.message}`).join('\n'),
      );
    }
    head = result.head;
    existing = new Set((await listTree(repoDir, local, env)).map((e) => e.path));
  }
  if (!items.length) return { records: [], head };

  // Plan: every record, sheet and file, before anything touches git.
  const courts = new Map<string, CourtInfo>();
  const courtFor = async (commit: string): Promise<CourtInfo> => {
    if (options.court) return options.court;
    let court = courts.get(commit);
    if (!court) {
      court = await readCourtInfo({ repoDir, commit, env, log, ...(options.contentDir ? { contentDir: options.contentDir } : {}) });
      courts.set(commit, court);
    }
    return court;
  };
  const writes = new Map<string, Uint8Array>();
  const add = (file: string, bytes: Uint8Array) => {
    if (existing.has(file)) throw new ArchiveError(`${file} sudah ada di cabang ${branch}: arsip tidak pernah menimpa berkas`);
    writes.set(file, bytes);
  };
  const records: ArchivedRecord[] = [];
  let previous = head;
  for (const item of items) {
    const court = await courtFor(item.commit);
    const nomor = (previous?.nomor ?? 0) + 1;
    const draft = draftRecord(item, { nomor, sebelumnya: previous?.sha256 ?? null, waktu: now.toISOString(), zonaWaktu: court.zonaWaktu });
    const sheet = await renderSheet(draft, court.kop);
    const record = sealRecord(draft, sheet);
    const bytes = recordBytes(record);
    const hash = recordHash(bytes);
    add(recordPath(nomor), bytes);
    add(sheetPath(nomor), sheet);
    for (const file of [...(item.perubahan !== 'dihapus' && item.isi ? [item.isi] : []), ...item.lampiran.map((l) => l.isi)]) {
      const stored = berkasPath(sha256Hex(file));
      if (!existing.has(stored)) writes.set(stored, file);
    }
    log(`arsip: catatan ${padNomor(nomor)} ${item.koleksi}/${item.slug} (${item.perubahan})`);
    records.push({ record, hash });
    previous = { nomor, sha256: hash };
  }
  if (!local) writes.set(README_PATH, Buffer.from(branchReadme(branch), 'utf8'));

  const builds = [...new Set(items.map((i) => i.build))].join(', ');
  const commit = await commitInWorktree({
    repoDir,
    branch,
    exists: local !== undefined,
    writes,
    message: `arsip: ${records.length} catatan untuk build ${builds}`,
    now,
    env,
  });
  log(`arsip: commit ${commit.slice(0, 12)} di cabang ${branch}, kepala rantai ${previous?.sha256}`);
  return { records, commit, head: previous };
}

/** Brings the local branch up to the remote's, when the repository has that remote and it has the branch. */
async function syncFromRemote(repoDir: string, branch: string, remote: string, env: GitEnv, log: (line: string) => void): Promise<void> {
  const remotes = (await gitText(repoDir, ['remote'], { env })).split('\n').filter(Boolean);
  if (!remotes.includes(remote)) return;
  const ref = `refs/heads/${branch}`;
  let listed: string;
  try {
    listed = await gitText(repoDir, ['ls-remote', '--heads', remote, ref], { env });
  } catch (error) {
    throw new ArchiveError(`tidak dapat membaca cabang ${branch} di ${remote}: ${(error as Error).message}`);
  }
  if (!listed.trim()) return;
  const tracking = `refs/remotes/${remote}/${branch}`;
  await git(repoDir, ['fetch', '--quiet', '--no-tags', remote, `+${ref}:${tracking}`], { env });
  const theirs = await resolveCommit(repoDir, tracking, env);
  const ours = await resolveCommit(repoDir, ref, env);
  if (!theirs || theirs === ours) return;
  if (!ours) {
    await git(repoDir, ['update-ref', ref, theirs, ''], { env });
    log(`arsip: cabang ${branch} diambil dari ${remote}`);
    return;
  }
  if (await isAncestor(repoDir, ours, theirs, env)) {
    await git(repoDir, ['update-ref', ref, theirs, ours], { env });
    log(`arsip: cabang ${branch} dimajukan ke ${remote}/${branch}`);
  } else if (!(await isAncestor(repoDir, theirs, ours, env))) {
    throw new ArchiveError(`cabang ${branch} di sini dan di ${remote} sudah bercabang (keduanya punya catatan yang tidak ada di yang lain): selesaikan dulu sebelum menambah catatan`);
  }
  // Otherwise ours is ahead (records not pushed yet): keep it.
}

interface CommitPlan {
  repoDir: string;
  branch: string;
  exists: boolean;
  writes: ReadonlyMap<string, Uint8Array>;
  message: string;
  now: Date;
  env: GitEnv;
}

/** Writes the new files in a temporary worktree of the branch and commits them there. */
async function commitInWorktree(plan: CommitPlan): Promise<string> {
  const { repoDir, branch, env } = plan;
  const tmp = await mkdtemp(path.join(tmpdir(), 'laman-arsip-'));
  const dir = path.join(tmp, 'arsip');
  try {
    if (plan.exists) {
      await git(repoDir, ['worktree', 'add', '--quiet', '--no-checkout', dir, branch], { env });
      // The index, not the files: the commit keeps every existing file without writing it out.
      await git(dir, ['read-tree', 'HEAD'], { env });
    } else {
      await git(repoDir, ['worktree', 'add', '--quiet', '--no-checkout', '--detach', dir], { env });
      await git(dir, ['switch', '--quiet', '--orphan', branch], { env });
    }
    for (const [file, bytes] of plan.writes) {
      const target = path.join(dir, ...file.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, bytes, { flag: 'wx' });
    }
    await git(dir, ['add', '--', ...plan.writes.keys()], { env });
    const identity = commitIdentity(ARCHIVE_IDENTITY, plan.now);
    await git(dir, ['-c', 'commit.gpgsign=false', 'commit', '--quiet', '--no-verify', '-m', plan.message], { env: { ...env, ...identity } });
    return (await gitText(dir, ['rev-parse', 'HEAD'], { env })).trim();
  } finally {
    // A failed removal must not hide the error that got us here: the folder is deleted and
    // `worktree prune` below drops git's record of it either way.
    await git(repoDir, ['worktree', 'remove', '--force', dir], { env }).catch(() => undefined);
    await rm(tmp, { recursive: true, force: true });
    await git(repoDir, ['worktree', 'prune'], { env });
  }
}

export interface PushOptions {
  repoDir: string;
  branch?: string;
  remote?: string;
  env?: GitEnv;
}

/** Pushes the archive branch (never forced: the remote keeps every record it has). */
export async function pushArchive(options: PushOptions): Promise<{ remote: string; branch: string; commit: string }> {
  const branch = options.branch ?? DEFAULT_BRANCH;
  const remote = options.remote ?? DEFAULT_REMOTE;
  const env = options.env ?? process.env;
  await checkBranchName(options.repoDir, branch, env);
  const ref = `refs/heads/${branch}`;
  const commit = await resolveCommit(options.repoDir, ref, env);
  if (!commit) throw new ArchiveError(`cabang ${branch} belum ada: tidak ada arsip untuk dikirim`);
  try {
    await git(options.repoDir, ['push', '--quiet', remote, `${ref}:${ref}`], { env });
  } catch (error) {
    if (error instanceof GitError && /rejected|non-fast-forward|fetch first/.test(error.stderr)) {
      throw new ArchiveError(`${remote} menolak cabang ${branch}: di sana ada catatan yang belum ada di sini. Jalankan publikasi lagi (catatan baru disusun di atas cabang ${remote}); jangan pernah push --force ke cabang arsip.`);
    }
    if (error instanceof GitError) throw new ArchiveError(`cabang ${branch} tidak dapat dikirim ke ${remote}: ${error.stderr.trim()}`);
    throw error;
  }
  return { remote, branch, commit };
}
