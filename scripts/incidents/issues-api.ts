// Thin GitHub adapters for the issues incidents and renewal reminders live in: one function
// per operation, the client first, plain data back. Pull requests (issues with a
// `pull_request` key) are left out of every listing.
import type { GitHubClient } from '../github/client.ts';

export interface Repo {
  owner: string;
  repo: string;
}

export interface IssueData {
  number: number;
  url: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  createdAt: string;
  closedAt: string | null;
}

interface RawIssue {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  state: string;
  labels: Array<string | { name?: string }>;
  created_at: string;
  closed_at: string | null;
  pull_request?: unknown;
}

function toIssue(raw: RawIssue): IssueData {
  return {
    number: raw.number,
    url: raw.html_url,
    title: raw.title,
    body: raw.body ?? '',
    state: raw.state === 'closed' ? 'closed' : 'open',
    labels: raw.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((l) => l !== ''),
    createdAt: raw.created_at,
    closedAt: raw.closed_at,
  };
}

/** Issues (not pull requests), all pages. `labels`: comma-separated, all must match. */
export async function listIssues(
  client: GitHubClient,
  repo: Repo,
  filter: { state: 'open' | 'closed' | 'all'; labels?: string; since?: Date },
): Promise<IssueData[]> {
  const raw = await client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    state: filter.state,
    ...(filter.labels ? { labels: filter.labels } : {}),
    ...(filter.since ? { since: filter.since.toISOString() } : {}),
    per_page: 100,
  });
  return (raw as RawIssue[]).filter((i) => i.pull_request === undefined).map(toIssue);
}

export async function listCommentBodies(client: GitHubClient, repo: Repo, issueNumber: number): Promise<string[]> {
  const comments = await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  return comments.map((c) => c.body ?? '');
}

export async function createIssue(client: GitHubClient, repo: Repo, issue: { title: string; body: string; labels: string[] }): Promise<IssueData> {
  const { data } = await client.rest.issues.create({ ...repo, ...issue });
  return toIssue(data as RawIssue);
}

export async function updateIssueBody(client: GitHubClient, repo: Repo, issueNumber: number, body: string): Promise<void> {
  await client.rest.issues.update({ ...repo, issue_number: issueNumber, body });
}

export async function addComment(client: GitHubClient, repo: Repo, issueNumber: number, body: string): Promise<void> {
  await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
}

export async function closeIssue(client: GitHubClient, repo: Repo, issueNumber: number): Promise<void> {
  await client.rest.issues.update({ ...repo, issue_number: issueNumber, state: 'closed', state_reason: 'completed' });
}

export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

/** Creates the labels the repository lacks (GitHub compares names case-insensitively); returns their names. */
export async function ensureLabels(client: GitHubClient, repo: Repo, wanted: readonly LabelSpec[]): Promise<string[]> {
  const existing = await client.paginate(client.rest.issues.listLabelsForRepo, { ...repo, per_page: 100 });
  const have = new Set(existing.map((l) => l.name.toLowerCase()));
  const created: string[] = [];
  for (const label of wanted) {
    if (have.has(label.name.toLowerCase())) continue;
    await client.rest.issues.createLabel({ ...repo, ...label });
    have.add(label.name.toLowerCase());
    created.push(label.name);
  }
  return created;
}
