// One thin adapter per GitHub operation setup-github uses: repository labels and repository
// rulesets. No decisions here; they take the client first and return plain data.
import type { GitHubClient } from '../github/client.ts';
import type { LabelSpec, RulesetBody } from './desired.ts';
import type { ActualLabel, ActualRuleset } from './drift.ts';

export interface Repo {
  owner: string;
  repo: string;
}

/** Every label of the repository (all pages). */
export async function listLabels(octokit: GitHubClient, repo: Repo): Promise<ActualLabel[]> {
  const labels = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, { ...repo, per_page: 100 });
  return labels.map((l) => ({ name: l.name, color: l.color, description: l.description }));
}

export async function createLabel(octokit: GitHubClient, repo: Repo, label: LabelSpec): Promise<void> {
  await octokit.rest.issues.createLabel({ ...repo, name: label.name, color: label.color, description: label.description });
}

/** Sets colour and description, and the name's exact spelling (GitHub finds labels case-insensitively). */
export async function updateLabel(octokit: GitHubClient, repo: Repo, currentName: string, label: LabelSpec): Promise<void> {
  await octokit.rest.issues.updateLabel({ ...repo, name: currentName, new_name: label.name, color: label.color, description: label.description });
}

/** The repository's own rulesets (not an organisation's), id and name only. */
export async function listRulesets(octokit: GitHubClient, repo: Repo): Promise<{ id: number; name: string }[]> {
  const rulesets = await octokit.paginate(octokit.rest.repos.getRepoRulesets, { ...repo, includes_parents: false, per_page: 100 });
  return rulesets.map((r) => ({ id: r.id, name: r.name }));
}

export async function getRuleset(octokit: GitHubClient, repo: Repo, id: number): Promise<ActualRuleset> {
  const { data } = await octokit.rest.repos.getRepoRuleset({ ...repo, ruleset_id: id });
  return {
    id: data.id,
    name: data.name,
    ...(data.target === undefined ? {} : { target: data.target }),
    enforcement: data.enforcement,
    ...(data.bypass_actors === undefined ? {} : { bypass_actors: data.bypass_actors }),
    conditions: data.conditions,
    rules: (data.rules ?? []) as ActualRuleset['rules'],
  };
}

export async function createRuleset(octokit: GitHubClient, repo: Repo, body: RulesetBody): Promise<void> {
  await octokit.rest.repos.createRepoRuleset({ ...repo, ...body });
}

export async function updateRuleset(octokit: GitHubClient, repo: Repo, id: number, body: RulesetBody): Promise<void> {
  await octokit.rest.repos.updateRepoRuleset({ ...repo, ruleset_id: id, ...body });
}
