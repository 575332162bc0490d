// Branch-ruleset and label drift: what `laman setup-github --check` reports, as a finding.
// The desired state comes from cms/editorial.yml of the checkout and ruleset.require_checks /
// ruleset.status_app (the same defaults as setup-github). Subject "ruleset:OWNER/REPO".
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePolicy, POLICY_PATH } from '../../gate/policy.ts';
import type { Finding } from '../../records/types.ts';
import { DEFAULT_REQUIRED_CHECKS, desiredState, GITHUB_ACTIONS_APP_ID } from '../../setup-github/desired.ts';
import { driftSummary } from '../../setup-github/messages.ts';
import { setupGitHub } from '../../setup-github/run.ts';
import { limitEvidence, type Check, type CheckContext } from './context.ts';

export const rulesetCheck: Check = {
  kind: 'ruleset',
  subjects: ({ github }) => [rulesetSubject(github?.repo)],
  run: async (ctx) => [await checkRuleset(ctx)],
};

export function rulesetSubject(repo: { owner: string; repo: string } | undefined): string {
  return repo ? `ruleset:${repo.owner}/${repo.repo}` : 'ruleset';
}

export async function checkRuleset(ctx: Pick<CheckContext, 'config' | 'root' | 'github'>): Promise<Finding> {
  const subject = rulesetSubject(ctx.github?.repo);
  if (!ctx.github) {
    return { check: 'ruleset', subject, status: 'unknown', summary: 'tidak dapat diperiksa: tidak ada akses GitHub (GITHUB_TOKEN dan GITHUB_REPOSITORY)', evidence: [] };
  }
  const policy = parsePolicy(await readFile(path.join(ctx.root, POLICY_PATH), 'utf8'), POLICY_PATH);
  const app = ctx.config.ruleset.status_app ?? GITHUB_ACTIONS_APP_ID;
  const desired = desiredState(policy, {
    requiredChecks: ctx.config.ruleset.require_checks ?? DEFAULT_REQUIRED_CHECKS,
    ...(app === 'none' ? {} : { statusAppId: app }),
  });
  const report = await setupGitHub({ octokit: ctx.github.client, repo: ctx.github.repo, desired, mode: 'check' });
  if (report.inSync) return { check: 'ruleset', subject, status: 'ok', summary: `label dan ruleset ${report.repo} sesuai`, evidence: [] };
  return {
    check: 'ruleset',
    subject,
    status: 'fail',
    summary: driftSummary(report.drifts.length, report.repo),
    evidence: limitEvidence(report.drifts.map((d) => d.message)),
  };
}
