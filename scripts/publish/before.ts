// What the archive compares a publication against: the commit of the archive's last record,
// that is, the last commit whose content changes were archived. Pushes published together,
// or a run GitHub skipped because a newer one was queued, are then still archived item by
// item; the push's own "before" would miss them.
import { findBranch } from '../archive/read.ts';
import { inspectArchive } from '../archive/verify.ts';
import { gitText } from './git.ts';

export async function lastArchivedCommit(repoDir: string, branch: string): Promise<string | undefined> {
  if (!(await findBranch(repoDir, branch, process.env))) return undefined;
  const { chain } = await inspectArchive({ repoDir, branch });
  const commit = chain.at(-1)?.record.commit;
  if (!commit) return undefined;
  try {
    // Only a commit in the published history counts (not one from a branch that was rewritten).
    await gitText(repoDir, ['merge-base', '--is-ancestor', commit, 'HEAD']);
    return commit;
  } catch {
    return undefined;
  }
}
