// One gate run on one pull request: read → decide → plan → apply, then read again and repeat
// while the pull request changed underneath (another run, a reviewer labelling meanwhile), so
// the status left behind always describes the pull request as it now is.
import type { GitHubClient } from '../../github/client.ts';
import { decide, type Decision } from '../decide.ts';
import { describeGateError } from './errors.ts';
import { isEmptyPlan, plan, STATUS_CONTEXT, type CurrentState, type Plan } from './plan.ts';
import { readSnapshot, type PullState, type RepoRef } from './read.ts';

export interface GateRunOptions {
  octokit: GitHubClient;
  /** Reads team membership when `octokit` (the workflow's GITHUB_TOKEN) cannot. */
  teamsOctokit?: GitHubClient;
  repo: RepoRef;
  pr: number;
  now: () => Date;
  dryRun: boolean;
  /** Scheduled runs post reminders for overdue stages; event runs only update the comment. */
  remind: boolean;
  log: (line: string) => void;
  /** How often to re-read when the pull request keeps changing during the run. */
  maxRounds?: number;
}

export interface GateRunResult {
  decision?: Decision;
  /** Every plan applied (or, in a dry run, that would have been), one per round. */
  plans: Plan[];
  skipped?: string;
}

async function currentState(octokit: GitHubClient, repo: RepoRef, pull: PullState): Promise<CurrentState> {
  // The combined status holds the latest status of each context.
  const combined = await octokit.rest.repos.getCombinedStatusForRef({ ...repo, ref: pull.headSha, per_page: 100 });
  const ours = combined.data.statuses.find((s) => s.context === STATUS_CONTEXT);
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: pull.number, per_page: 100 });
  return {
    headSha: pull.headSha,
    headRef: pull.headRef,
    labels: pull.labels,
    ...(ours ? { status: { state: ours.state, description: ours.description, targetUrl: ours.target_url } } : {}),
    comments: comments.map((c) => ({ id: c.id, author: c.user?.login ?? '', body: c.body ?? '' })),
  };
}

/**
 * Two runs at once may both find no sticky comment (or turn notice, or reminder) and both
 * create one. Comments are told apart by their first line, the marker; the one with the
 * lowest id stays (with the latest text), the others are deleted. Another run deleting the
 * same duplicate first is fine.
 */
async function dedupe(octokit: GitHubClient, repo: RepoRef, number: number, gateLogins: readonly string[], body: string, log: (line: string) => void) {
  const marker = body.split('\n')[0] ?? body;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: number, per_page: 100 });
  const sticky = comments
    .filter((c) => gateLogins.some((g) => g.toLowerCase() === (c.user?.login ?? '').toLowerCase()) && (c.body ?? '').startsWith(marker))
    .sort((a, b) => a.id - b.id);
  const [keep, ...duplicates] = sticky;
  if (!keep || !duplicates.length) return;
  for (const c of duplicates) {
    try {
      await octokit.rest.issues.deleteComment({ ...repo, comment_id: c.id });
      log(`komentar ganda #${c.id} dihapus`);
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  if (keep.body !== body) await octokit.rest.issues.updateComment({ ...repo, comment_id: keep.id, body });
}

async function apply(octokit: GitHubClient, repo: RepoRef, pull: PullState, p: Plan, gateLogins: readonly string[], log: (line: string) => void): Promise<void> {
  const issue = { ...repo, issue_number: pull.number };
  let commentUrl: string | undefined;
  for (const id of p.deleteComments) {
    try {
      await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
      log(`komentar ganda #${id} dihapus`);
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error; // already gone: another run removed it
    }
  }
  if (p.comment?.kind === 'create') {
    commentUrl = (await octokit.rest.issues.createComment({ ...issue, body: p.comment.body })).data.html_url;
    log('komentar rantai penyuntingan dibuat');
    await dedupe(octokit, repo, pull.number, gateLogins, p.comment.body, log);
  } else if (p.comment?.kind === 'update') {
    commentUrl = (await octokit.rest.issues.updateComment({ ...repo, comment_id: p.comment.id, body: p.comment.body })).data.html_url;
    log('komentar rantai penyuntingan diperbarui');
  }
  for (const name of p.removeLabels) {
    try {
      await octokit.rest.issues.removeLabel({ ...issue, name });
      log(`label ${name} dihapus`);
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  if (p.addLabels.length) {
    await octokit.rest.issues.addLabels({ ...issue, labels: p.addLabels });
    log(`label ${p.addLabels.join(', ')} dipasang`);
  }
  if (p.turn) {
    await octokit.rest.issues.createComment({ ...issue, body: p.turn });
    await dedupe(octokit, repo, pull.number, gateLogins, p.turn, log);
    log('pemberitahuan giliran dikirim');
  }
  if (p.reminder) {
    await octokit.rest.issues.createComment({ ...issue, body: p.reminder });
    await dedupe(octokit, repo, pull.number, gateLogins, p.reminder, log);
    log('pengingat tahap terlambat dikirim');
  }
  // The status goes last: it is what branch rules and Decap act on, so it is written only
  // after everything it summarises is in place.
  if (p.status) {
    await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha: pull.headSha,
      context: STATUS_CONTEXT,
      state: p.status.state,
      description: p.status.description,
      target_url: commentUrl ?? pull.htmlUrl,
    });
    log(`status ${STATUS_CONTEXT}: ${p.status.state} — ${p.status.description}`);
  }
}

const changed = (a: PullState, b: PullState) => a.headSha !== b.headSha || [...a.labels].sort().join('\n') !== [...b.labels].sort().join('\n');

export async function runGate(options: GateRunOptions): Promise<GateRunResult> {
  const { octokit, repo, pr, log } = options;
  const plans: Plan[] = [];
  const rounds = options.maxRounds ?? 4;
  let decision: Decision | undefined;
  for (let round = 1; round <= rounds; round++) {
    const read = await readSnapshot(octokit, repo, pr, options.now(), options.teamsOctokit);
    if ('closed' in read) {
      return { plans, skipped: read.closed.merged ? `pull request #${pr} sudah digabung` : `pull request #${pr} sudah ditutup` };
    }
    decision = decide(read.snapshot, read.policy);
    const current = await currentState(octokit, repo, read.pull);
    const next = plan({ decision, policy: read.policy, current, problems: read.problems, remind: options.remind });
    plans.push(next);
    if (options.dryRun || isEmptyPlan(next)) break;
    // Removing an invalid label changes the decision (it no longer stands on the pull request),
    // and the gate's own label changes start no new run: change the labels first, then judge
    // again and write the comment and status of the pull request as it then is.
    if ((next.removeLabels.length || next.addLabels.length) && round < rounds) {
      await apply(octokit, repo, read.pull, { deleteComments: [], removeLabels: next.removeLabels, addLabels: next.addLabels }, read.policy.gate_bot, log);
      continue;
    }
    await apply(octokit, repo, read.pull, next, read.policy.gate_bot, log);
    const { data: after } = await octokit.rest.pulls.get({ ...repo, pull_number: pr });
    const fresh: PullState = { ...read.pull, headSha: after.head.sha, labels: after.labels.map((l) => l.name) };
    if (!changed(read.pull, fresh)) break;
    log(`pull request #${pr} berubah selama gate berjalan; dinilai ulang (putaran ${round + 1})`);
  }
  return { decision, plans };
}

export interface JudgeResult {
  result?: GateRunResult;
  /** Why the pull request could not be judged (Indonesian); an `error` status says so on its head commit. */
  error?: string;
}

/**
 * runGate, and when it cannot finish (GitHub unreachable after retries, a policy or team that
 * cannot be read), an `error` status on the head commit with the reason, so nobody reads an
 * older success as current. Errors that are not about GitHub or the policy are thrown.
 */
export async function judgePullRequest(options: GateRunOptions): Promise<JudgeResult> {
  try {
    return { result: await runGate(options) };
  } catch (error) {
    const message = describeGateError(error);
    if (message === undefined) throw error;
    if (!options.dryRun) await reportError(options, message);
    return { error: message };
  }
}

async function reportError({ octokit, repo, pr, log }: GateRunOptions, message: string): Promise<void> {
  try {
    const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: pr });
    if (data.state !== 'open') return;
    const first = message.split('\n')[0] ?? message;
    const description = first.length <= 140 ? first : `${first.slice(0, 139)}…`;
    await octokit.rest.repos.createCommitStatus({ ...repo, sha: data.head.sha, context: STATUS_CONTEXT, state: 'error', description, target_url: data.html_url });
    log(`status ${STATUS_CONTEXT}: error — ${description}`);
  } catch (second) {
    log(`status error juga tidak dapat dipasang: ${describeGateError(second) ?? String(second)}`);
  }
}
