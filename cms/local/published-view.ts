// What the local site shows: the CMS clone's published branch, never the draft that
// decap-server has checked out for a moment. A detached git worktree of the branch
// (beside the clone, so decap-server's `git add .` never sees it) follows the branch
// whenever a publish moves it.
import path from 'node:path';
import { exists, git } from './git.ts';

export interface PublishedView {
  dir: string;
  /** Brings the view to the branch's newest commit; resolves to that commit, or undefined when nothing changed. */
  refresh(): Promise<string | undefined>;
}

export async function openPublishedView(cloneDir: string, branch: string, viewDir: string): Promise<PublishedView> {
  if (!(await exists(path.join(viewDir, '.git')))) {
    await git(cloneDir, 'worktree', 'prune');
    await git(cloneDir, 'worktree', 'add', '--detach', '--force', viewDir, branch);
  }
  let shown = '';
  return {
    dir: viewDir,
    async refresh() {
      const head = await git(cloneDir, 'rev-parse', `refs/heads/${branch}`);
      if (head === shown) return undefined;
      await git(viewDir, 'checkout', '--quiet', '--detach', '--force', head);
      shown = head;
      return head;
    },
  };
}

/** Refreshes the view every `intervalMs` until stopped; errors go to `onError` and polling goes on. */
export function followPublished(view: PublishedView, intervalMs: number, onChange: (commit: string) => void, onError: (error: Error) => void): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    view
      .refresh()
      .then((commit) => commit && onChange(commit))
      .catch((error: Error) => onError(error))
      .finally(() => {
        busy = false;
      });
  }, intervalMs);
  return () => clearInterval(timer);
}
