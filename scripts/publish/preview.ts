// Deploy previews for pull requests: GitHub Pages cannot host one site per pull request, so
// the pull-request workflow builds the site, keeps it as a workflow artifact, and points a
// classic commit status at it. Decap CMS shows a "Lihat pratinjau" link for the first status
// whose context contains "deploy" (docs/deploy.md).
import type { RepoRef } from '../gate/github/read.ts';
import type { GitHubClient } from '../github/client.ts';

export const PREVIEW_CONTEXT = 'deploy/pratinjau';

export interface PreviewStatus {
  state: 'pending' | 'success' | 'failure';
  url: string;
}

export function previewDescription(state: PreviewStatus['state']): string {
  if (state === 'pending') return 'Pratinjau situs sedang dibangun';
  if (state === 'success') return 'Pratinjau situs siap: buka tautan, unduh artefak "pratinjau", buka index.html';
  return 'Pratinjau situs gagal dibangun: lihat log workflow';
}

/** Sets the preview status on the pull request's head commit; returns that commit. */
export async function setPreviewStatus(octokit: GitHubClient, repo: RepoRef, pr: number, status: PreviewStatus): Promise<string> {
  const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: pr });
  await octokit.rest.repos.createCommitStatus({
    ...repo,
    sha: data.head.sha,
    context: PREVIEW_CONTEXT,
    state: status.state,
    description: previewDescription(status.state),
    target_url: status.url,
  });
  return data.head.sha;
}
