// Branch rulesets, enforced the way GitHub enforces them on the API paths Laman and Decap
// use: a protected branch moves only by merging a pull request whose required status checks
// passed, from the required app when one is named. No bypass actors are honoured (Laman
// creates none; a ruleset with bypass actors is enforced for everyone here, the strict side).

import { HttpError, type FakeContext } from './context.ts';
import type { FakeRuleset, FakeStatus } from './state.ts';

/** The fake's stand-in for GitHub Actions' app id: statuses posted by github-actions[bot]. */
export const ACTIONS_APP_ID = 15368;
const ACTIONS_LOGIN = 'github-actions[bot]';

interface Rule {
  type: string;
  parameters?: { required_status_checks?: Array<{ context: string; integration_id?: number }> };
}

function appliesTo(ctx: FakeContext, ruleset: FakeRuleset, branch: string): boolean {
  if (ruleset.enforcement !== 'active' || ruleset.target !== 'branch') return false;
  const refName = (ruleset.conditions as { ref_name?: { include?: string[]; exclude?: string[] } } | null)?.ref_name;
  const matches = (pattern: string) =>
    pattern === '~ALL' || (pattern === '~DEFAULT_BRANCH' && branch === ctx.state.defaultBranch) || pattern === `refs/heads/${branch}`;
  return (refName?.include ?? []).some(matches) && !(refName?.exclude ?? []).some(matches);
}

function rulesFor(ctx: FakeContext, branch: string): Rule[] {
  return [...ctx.state.rulesets.values()].filter((r) => appliesTo(ctx, r, branch)).flatMap((r) => r.rules as Rule[]);
}

const violation = (status: number, ...reasons: string[]) => new HttpError(status, `Repository rule violations found\n\n${reasons.join('\n')}`);

/**
 * A ref update that is not a pull-request merge: refused when a rule requires pull requests,
 * forbids deletion, or forbids non-fast-forward updates. `status` is what the endpoint answers
 * (422 for git refs and the contents API).
 */
export function checkDirectUpdate(ctx: FakeContext, ref: string, change: { deletion: boolean; fastForward: boolean }, status = 422): void {
  if (!ref.startsWith('refs/heads/')) return;
  const rules = rulesFor(ctx, ref.slice('refs/heads/'.length));
  const reasons: string[] = [];
  if (rules.some((r) => r.type === 'pull_request')) reasons.push('Changes must be made through a pull request.');
  if (change.deletion && rules.some((r) => r.type === 'deletion')) reasons.push('Cannot delete this branch');
  if (!change.fastForward && !change.deletion && rules.some((r) => r.type === 'non_fast_forward')) reasons.push('Cannot force-push to this branch');
  if (reasons.length) throw violation(status, ...reasons);
}

/** A merge into `base`: every required status check must be `success` on the head commit (from the named app). */
export function checkMerge(ctx: FakeContext, base: string, headSha: string): void {
  const required = rulesFor(ctx, base)
    .filter((r) => r.type === 'required_status_checks')
    .flatMap((r) => r.parameters?.required_status_checks ?? []);
  const statuses = ctx.state.statuses.get(headSha) ?? [];
  const latest = (context: string, app?: number): FakeStatus | undefined =>
    statuses.filter((s) => s.context === context && (app === undefined || (app === ACTIONS_APP_ID && s.creator === ACTIONS_LOGIN))).at(-1);
  const missing = required.filter((c) => latest(c.context, c.integration_id)?.state !== 'success');
  if (missing.length) throw violation(405, ...missing.map((c) => `Required status check "${c.context}" is expected.`));
}
