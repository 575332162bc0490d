// The approval record of a published commit: the pull request that brought it, and the
// editorial chain as the gate judges it at the moment of the merge (who approved each stage,
// and when). Reads GitHub through the gate's own reader, so the archive and the gate can
// never disagree about who approved what.
import { decide } from '../gate/decide.ts';
import { readSnapshot, type RepoRef } from '../gate/github/read.ts';
import type { GitHubClient } from '../github/client.ts';
import type { ApprovalRecord, ArchiveItemInput } from './types.ts';

export interface PublishedApprovals {
  pullRequest?: NonNullable<ArchiveItemInput['pullRequest']>;
  persetujuan: ApprovalRecord[];
  /** The gate's decision at the merge: anything but `success` means the chain was not complete. */
  state: 'success' | 'pending' | 'failure' | 'outside' | 'tanpa-pull-request';
}

export async function approvalsForCommit(octokit: GitHubClient, repo: RepoRef, commit: string, teamsOctokit?: GitHubClient): Promise<PublishedApprovals> {
  const pulls = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, { ...repo, commit_sha: commit, per_page: 100 });
  const merged = pulls.find((p) => p.merge_commit_sha === commit && p.merged_at) ?? pulls.find((p) => p.merged_at);
  if (!merged?.merged_at) return { persetujuan: [], state: 'tanpa-pull-request' };
  const read = await readSnapshot(octokit, repo, merged.number, new Date(merged.merged_at), teamsOctokit, { includeClosed: true });
  if ('closed' in read) throw new Error('unreachable: closed pull requests are included');
  const decision = decide(read.snapshot, read.policy);
  const persetujuan: ApprovalRecord[] = decision.stages.flatMap((s) =>
    s.approvedBy && s.approvedAt ? [{ tahap: s.id, nama: s.nama, label: s.label, oleh: s.approvedBy, pada: s.approvedAt }] : [],
  );
  return {
    pullRequest: { nomor: merged.number, judul: merged.title, penulis: merged.user?.login ?? '', url: merged.html_url, digabung: merged.merged_at },
    persetujuan,
    state: decision.state,
  };
}
