// The GitHub side of a court's record, exported through the API: issues and pull requests
// (incidents, approvals), their comments and label events (the review chain), labels and the
// branch rulesets. JSON files in a stable order, so unchanged data deduplicates across runs.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GitHubClient } from '../github/client.ts';

export interface ExportOptions {
  owner: string;
  repo: string;
  /** One line per step, Indonesian. */
  log: (line: string) => void;
}

export interface ExportSummary {
  issues: number;
  pulls: number;
  labels: number;
  comments: number;
  events: number;
  rulesets: number;
}

async function writeJson(file: string, data: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
}

const byNumber = <T extends { number: number }>(a: T, b: T) => a.number - b.number;
const byId = <T extends { id: number }>(a: T, b: T) => a.id - b.id;

/** Writes github/*.json under `dir`. */
export async function exportGitHub(client: GitHubClient, dir: string, options: ExportOptions): Promise<ExportSummary> {
  const { owner, repo, log } = options;
  const base = { owner, repo, per_page: 100 };
  log(`ekspor GitHub ${owner}/${repo}: isu dan pull request`);
  const issues = (await client.paginate(client.rest.issues.listForRepo, { ...base, state: 'all', sort: 'created', direction: 'asc' })).sort(byNumber);
  const pulls = (await client.paginate(client.rest.pulls.list, { ...base, state: 'all', sort: 'created', direction: 'asc' })).sort(byNumber);
  const labels = (await client.paginate(client.rest.issues.listLabelsForRepo, base)).sort((a, b) => a.name.localeCompare(b.name));

  // Every comment in one listing (grouped by issue number); label events per issue: the
  // approvals of the review chain are label events.
  log(`ekspor GitHub ${owner}/${repo}: komentar`);
  const comments: Record<string, unknown[]> = {};
  const allComments = (await client.paginate(client.rest.issues.listCommentsForRepo, { ...base, sort: 'created', direction: 'asc' })).sort(byId);
  for (const comment of allComments) {
    const number = /\/issues\/(\d+)$/.exec(comment.issue_url)?.[1] ?? 'lain';
    (comments[number] ??= []).push(comment);
  }
  const events: Record<string, unknown[]> = {};
  let eventCount = 0;
  for (const [i, issue] of issues.entries()) {
    const list = (await client.paginate(client.rest.issues.listEvents, { ...base, issue_number: issue.number })).sort((a, b) => a.id - b.id);
    events[String(issue.number)] = list;
    eventCount += list.length;
    if ((i + 1) % 50 === 0) log(`ekspor GitHub: peristiwa ${i + 1}/${issues.length} isu`);
  }

  log(`ekspor GitHub ${owner}/${repo}: aturan cabang (ruleset)`);
  const summaries = await client.paginate(client.rest.repos.getRepoRulesets, { ...base, includes_parents: false });
  const rulesets = [];
  for (const s of [...summaries].sort(byId)) {
    rulesets.push((await client.rest.repos.getRepoRuleset({ owner, repo, ruleset_id: s.id })).data);
  }

  const out = path.join(dir, 'github');
  await writeJson(path.join(out, 'issues.json'), issues);
  await writeJson(path.join(out, 'pulls.json'), pulls);
  await writeJson(path.join(out, 'labels.json'), labels);
  await writeJson(path.join(out, 'comments.json'), comments);
  await writeJson(path.join(out, 'events.json'), events);
  await writeJson(path.join(out, 'rulesets.json'), rulesets);
  await writeJson(path.join(out, 'repository.json'), { owner, repo });
  return { issues: issues.filter((i) => !i.pull_request).length, pulls: pulls.length, labels: labels.length, comments: allComments.length, events: eventCount, rulesets: rulesets.length };
}
