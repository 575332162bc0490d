// setup-github's flow: read what the repository has, plan against what it should have,
// then (only in apply mode) carry the plan out one write at a time and read back the result.
// A GitHub failure becomes one Indonesian message naming the step and what was already done.
import { UserError } from '../cli/context.ts';
import type { GitHubClient } from '../github/client.ts';
import type { Desired } from './desired.ts';
import { plan, type Action, type Actual, type Drift } from './drift.ts';
import { createLabel, createRuleset, getRuleset, listLabels, listRulesets, updateLabel, updateRuleset, type Repo } from './github.ts';
import { explainGitHubError, failureMessage } from './messages.ts';

/** check: compare only; dry-run: also show the writes; apply: make them. */
export type Mode = 'check' | 'dry-run' | 'apply';

export interface Report {
  repo: string;
  mode: Mode;
  /** The repository already matched before this run. */
  inSync: boolean;
  drifts: Drift[];
  /** Planned writes (check, dry-run) or the writes made (apply). */
  actions: Action[];
}

export interface SetupRun {
  octokit: GitHubClient;
  repo: Repo;
  desired: Desired;
  mode: Mode;
  /** Told after each write GitHub accepted (progress lines). */
  onApplied?: (action: Action) => void;
}

export async function readActual(octokit: GitHubClient, repo: Repo, rulesetName: string): Promise<Actual> {
  const labels = await listLabels(octokit, repo);
  const found = (await listRulesets(octokit, repo)).find((r) => r.name === rulesetName);
  return found ? { labels, ruleset: await getRuleset(octokit, repo, found.id) } : { labels };
}

export async function setupGitHub(run: SetupRun): Promise<Report> {
  const { octokit, repo, desired, mode } = run;
  const name = `${repo.owner}/${repo.repo}`;
  const applied: Action[] = [];
  const step = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      const reason = explainGitHubError(error, name);
      if (reason === undefined) throw error;
      throw new UserError(failureMessage(what, reason, applied));
    }
  };

  const before = plan(desired, await step(`membaca label dan ruleset ${name}`, () => readActual(octokit, repo, desired.ruleset.name)));
  const report: Report = { repo: name, mode, inSync: before.drifts.length === 0, drifts: before.drifts, actions: before.actions };
  if (mode !== 'apply') return report;

  for (const action of before.actions) {
    await step(stepName(action), () => apply(octokit, repo, action));
    applied.push(action);
    run.onApplied?.(action);
  }
  if (applied.length) {
    const after = plan(desired, await step('membaca hasil perubahan', () => readActual(octokit, repo, desired.ruleset.name)));
    if (after.drifts.length) {
      throw new UserError(
        `GitHub menerima perubahan, tetapi ${name} masih belum sesuai:\n${after.drifts.map((d) => d.message).join('\n')}\nLaporkan ke pengembang Laman (docs/setup-github.md).`,
      );
    }
  }
  return report;
}

function stepName(action: Action): string {
  switch (action.kind) {
    case 'create-label':
      return `membuat label ${action.label.name}`;
    case 'update-label':
      return `memperbarui label ${action.label.name}`;
    case 'create-ruleset':
      return `membuat ruleset "${action.body.name}"`;
    case 'update-ruleset':
      return `memperbarui ruleset "${action.body.name}"`;
  }
}

function apply(octokit: GitHubClient, repo: Repo, action: Action): Promise<void> {
  switch (action.kind) {
    case 'create-label':
      return createLabel(octokit, repo, action.label);
    case 'update-label':
      return updateLabel(octokit, repo, action.currentName, action.label);
    case 'create-ruleset':
      return createRuleset(octokit, repo, action.body);
    case 'update-ruleset':
      return updateRuleset(octokit, repo, action.id, action.body);
  }
}
