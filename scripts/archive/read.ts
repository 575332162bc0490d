// Reads the archive branch from git objects (ls-tree, cat-file): no checkout, so a court can
// verify the archive in any clone, and tampering in the working tree cannot hide anything.
import { createHash } from 'node:crypto';
import { git, GitError, listTree, nonAdditions, readBlobs, resolveCommit, type GitEnv, type Rewrite } from './git.ts';
import { parseRecordPath } from './layout.ts';
import { ArchiveError } from './messages.ts';

export interface BranchRef {
  /** The ref read: the local branch, or origin's copy when there is no local one. */
  ref: string;
  commit: string;
}

export interface StoredFile {
  sha256: string;
  bytes: number;
}

export interface ArchiveContents extends BranchRef {
  /** Every blob on the branch by path, with the SHA-256 of its bytes (only record files when read with `recordsOnly`). */
  files: Map<string, StoredFile>;
  /** Tree entries that are not files (submodules): never written by Laman. */
  others: string[];
  /** The bytes of every record file, by sequence number from its name. */
  records: Map<number, Buffer>;
  /** Changes in the branch's history that were not additions. */
  rewrites: Rewrite[];
}

/** Refuses names git would read as options or refuse as branches. */
export async function checkBranchName(repoDir: string, branch: string, env: GitEnv): Promise<void> {
  if (branch.startsWith('-')) throw new ArchiveError(`"${branch}" bukan nama cabang`);
  try {
    await git(repoDir, ['check-ref-format', `refs/heads/${branch}`], { env });
  } catch (error) {
    if (error instanceof GitError) throw new ArchiveError(`"${branch}" bukan nama cabang yang sah`);
    throw error;
  }
}

/** The local branch, else origin's copy of it; undefined when neither exists. */
export async function findBranch(repoDir: string, branch: string, env: GitEnv): Promise<BranchRef | undefined> {
  await checkBranchName(repoDir, branch, env);
  for (const ref of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]) {
    const commit = await resolveCommit(repoDir, ref, env);
    if (commit) return { ref, commit };
  }
  return undefined;
}

/** Reads the archive at a commit: every file hashed (or only the records), and the history's rewrites. */
export async function readArchive(repoDir: string, at: BranchRef, env: GitEnv, options: { recordsOnly?: boolean } = {}): Promise<ArchiveContents> {
  const entries = await listTree(repoDir, at.commit, env);
  const files = new Map<string, StoredFile>();
  const records = new Map<number, Buffer>();
  const others: string[] = [];
  const byOid = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.type !== 'blob') {
      others.push(entry.path);
      continue;
    }
    if (options.recordsOnly && parseRecordPath(entry.path) === undefined) continue;
    const paths = byOid.get(entry.oid) ?? [];
    paths.push(entry.path);
    byOid.set(entry.oid, paths);
  }
  await readBlobs(repoDir, [...byOid.keys()], env, (oid) => {
    const paths = byOid.get(oid) ?? [];
    const keep = paths.some((p) => parseRecordPath(p) !== undefined);
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    let bytes = 0;
    return {
      write(chunk) {
        hash.update(chunk);
        bytes += chunk.length;
        if (keep) chunks.push(chunk);
      },
      end() {
        const file = { sha256: hash.digest('hex'), bytes };
        for (const p of paths) {
          files.set(p, file);
          const nomor = parseRecordPath(p);
          if (nomor !== undefined) records.set(nomor, Buffer.concat(chunks));
        }
      },
    };
  });
  const rewrites = options.recordsOnly ? [] : await nonAdditions(repoDir, at.commit, env);
  return { ...at, files, others, records, rewrites };
}
