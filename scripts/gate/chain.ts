// Replays a pull request's label events and commits in time order and works out which
// stage approvals stand: who approved what and when, what was voided and why, which
// label applications broke a rule, and which stage labels are on the pull request
// without a standing approval (the gate removes those).
import { holdersOf, isBot, isGate, isHolder, same } from './holders.ts';
import type { Policy } from './policy.ts';
import type { Snapshot } from './snapshot.ts';
import { labelViolation, type Violation } from './violations.ts';

export interface Approval {
  by: string;
  at: string;
}

/** An approval that was voided, for the record shown to reviewers. */
export interface Voiding {
  stage: number;
  approval: Approval;
  cause: 'commit' | 'removed';
  at: string;
  /** The commit that voided it, or the stage whose label was removed. */
  sha?: string;
  removedStage?: number;
}

export interface ChainState {
  /** Per stage, in policy order: the standing approval, if any. */
  approvals: (Approval | undefined)[];
  /** Per stage: why its last approval was voided, when it has none standing now. */
  voidedBy: ('commit' | 'removed' | undefined)[];
  voidings: Voiding[];
  /** Every rule-breaking label application, in time order (also those since removed). */
  violations: Violation[];
  /** Stage labels on the pull request now, whose application broke a rule. */
  invalidLabels: string[];
  /** Stage labels on the pull request now without a standing approval (includes invalidLabels). */
  labelsToRemove: string[];
  lastCommitAt: string;
}

type TimelineItem =
  | { kind: 'label'; order: number; time: number; event: Snapshot['labelEvents'][number] }
  | { kind: 'commit'; order: number; time: number; sha: string; at: string };

/**
 * Label events and commits in time order. At the same instant label events come first,
 * so a commit pushed in the same second as an approval voids it (the safe reading).
 */
function timeline(snapshot: Snapshot): TimelineItem[] {
  const items: TimelineItem[] = [
    ...snapshot.labelEvents.map((event, order): TimelineItem => ({ kind: 'label', order, time: Date.parse(event.at), event })),
    ...snapshot.commits.map((c, order): TimelineItem => ({ kind: 'commit', order, time: Date.parse(c.at), sha: c.sha, at: c.at })),
  ];
  return items.sort((a, b) => a.time - b.time || (a.kind === b.kind ? a.order - b.order : a.kind === 'label' ? -1 : 1));
}

export function replayChain(snapshot: Snapshot, policy: Policy): ChainState {
  const stages = policy.tahap;
  const author = snapshot.pr.author;
  const approvals: (Approval | undefined)[] = stages.map(() => undefined);
  const voidedBy: ChainState['voidedBy'] = stages.map(() => undefined);
  const voidings: Voiding[] = [];
  const violations: Violation[] = [];
  /** Stage labels on the pull request: lower-cased name → name as applied and whether it broke a rule. */
  const present = new Map<string, { label: string; stage: number; invalid: boolean }>();
  let lastCommitAt = snapshot.commits[0]?.at ?? snapshot.now;

  const stageOf = (label: string) => {
    const i = stages.findIndex((s) => same(s.label, label));
    return i < 0 ? undefined : i;
  };

  /** Voids the standing approvals of stage `from` and every later stage. */
  const voidFrom = (from: number, v: Omit<Voiding, 'stage' | 'approval'>) => {
    for (let i = from; i < stages.length; i++) {
      const approval = approvals[i];
      if (!approval) continue;
      voidings.push({ stage: i, approval, ...v });
      approvals[i] = undefined;
      voidedBy[i] = v.cause;
    }
  };

  for (const item of timeline(snapshot)) {
    if (item.kind === 'commit') {
      voidFrom(0, { cause: 'commit', at: item.at, sha: item.sha });
      lastCommitAt = item.at;
      continue;
    }
    const { event } = item;
    const index = stageOf(event.label);
    if (index === undefined) continue; // not a stage label: Decap's and others' labels are no concern here
    const stage = stages[index]!;
    const key = event.label.toLowerCase();
    if (event.action === 'unlabeled') {
      // Whoever removes a label, it is gone from the pull request: the approval goes with it,
      // and so do the later approvals that rested on it.
      present.delete(key);
      if (approvals[index]) voidFrom(index, { cause: 'removed', at: event.at, removedStage: index });
      continue;
    }
    const facts = { label: event.label, actor: event.actor, at: event.at, stage: stage.nama };
    let violation: Violation | undefined;
    const other = approvals.findIndex((a, i) => i !== index && a !== undefined && same(a.by, event.actor));
    const missing = stages.slice(0, index).filter((_, i) => !approvals[i]).map((s) => s.nama);
    if (isGate(policy, event.actor)) violation = labelViolation('gate-label', facts);
    else if (isBot(event.actor, event.actorType)) violation = labelViolation('bot-label', facts);
    else if (!isHolder(stage, snapshot.teams, event.actor)) violation = labelViolation('non-holder', facts);
    else if (index > 0 && same(event.actor, author)) violation = labelViolation('self-approval', facts);
    else if (index > 0 && snapshot.pr.pushers.some((p) => same(p, event.actor))) violation = labelViolation('pusher-approval', facts);
    else if (other >= 0) violation = labelViolation('same-person-twice', { ...facts, other: stages[other]?.nama });
    else if (missing.length) violation = labelViolation('out-of-order', { ...facts, missing });
    present.set(key, { label: event.label, stage: index, invalid: violation !== undefined });
    if (violation) {
      violations.push(violation);
    } else {
      approvals[index] = { by: event.actor, at: event.at };
      voidedBy[index] = undefined;
    }
  }

  const onPr = [...present.values()];
  return {
    approvals,
    voidedBy,
    voidings,
    violations,
    invalidLabels: onPr.filter((p) => p.invalid).map((p) => p.label).sort(),
    labelsToRemove: onPr.filter((p) => p.invalid || !approvals[p.stage]).map((p) => p.label).sort(),
    lastCommitAt,
  };
}

/** Logins who may approve `stage` now: its holders, minus the author (past Operator), bots and anyone who approved another stage. */
export function whoMayAct(snapshot: Snapshot, policy: Policy, chain: ChainState, stage: number): string[] {
  const s = policy.tahap[stage];
  if (!s) return [];
  return holdersOf(s, snapshot.teams).filter(
    (login) =>
      !(stage > 0 && (same(login, snapshot.pr.author) || snapshot.pr.pushers.some((p) => same(p, login)))) &&
      !isGate(policy, login) &&
      !isBot(login, 'User') &&
      !chain.approvals.some((a, i) => i !== stage && a !== undefined && same(a.by, login)),
  );
}
