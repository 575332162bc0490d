// `laman archive verify`: reads the archive branch from git objects and checks every
// record, link, archived file and approval sheet (check.ts).
import { checkArchive } from './check.ts';
import type { GitEnv } from './git.ts';
import { DEFAULT_BRANCH, parseBerkasPath, parseSheetPath } from './layout.ts';
import { ArchiveError, type Problem } from './messages.ts';
import { findBranch, readArchive } from './read.ts';
import type { ArchivedRecord } from './record.ts';

export interface VerifyOptions {
  /** A clone of the site repository. */
  repoDir: string;
  /** Default "arsip"; the local branch, else origin's copy. */
  branch?: string;
  /** A chain head hash published earlier: every record up to it must still be there, unchanged. */
  publishedHead?: string;
  env?: GitEnv;
}

export interface VerifyResult {
  branch: string;
  /** The ref that was read, e.g. "refs/heads/arsip" or "refs/remotes/origin/arsip". */
  ref: string;
  commit: string;
  records: number;
  files: number;
  sheets: number;
  head: { nomor: number; sha256: string } | null;
  problems: Problem[];
}

/** Verifies the archive; throws ArchiveError when the branch does not exist. */
export async function verifyArchive(options: VerifyOptions): Promise<VerifyResult> {
  const { result } = await inspectArchive(options);
  return result;
}

/** verifyArchive plus the readable records in chain order (for appending and `archive show`). */
export async function inspectArchive(options: VerifyOptions): Promise<{ result: VerifyResult; chain: ArchivedRecord[] }> {
  const branch = options.branch ?? DEFAULT_BRANCH;
  const env = options.env ?? process.env;
  const at = await findBranch(options.repoDir, branch, env);
  if (!at) throw new ArchiveError(`cabang ${branch} tidak ada di ${options.repoDir} (juga tidak sebagai origin/${branch}): belum ada yang diarsipkan, atau ambil dulu dengan "git fetch origin ${branch}"`);
  const contents = await readArchive(options.repoDir, at, env);
  const checked = checkArchive(contents, options.publishedHead !== undefined ? { publishedHead: options.publishedHead } : {});
  const paths = [...contents.files.keys()];
  return {
    chain: checked.chain,
    result: {
      branch,
      ref: at.ref,
      commit: at.commit,
      records: contents.records.size,
      files: paths.filter((f) => parseBerkasPath(f) !== undefined).length,
      sheets: paths.filter((f) => parseSheetPath(f) !== undefined).length,
      head: checked.head,
      problems: checked.problems,
    },
  };
}
