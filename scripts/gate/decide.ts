// The editorial gate's decision: a pure function of a pull-request snapshot and the
// base branch's policy. No clock, no I/O: "now" is the snapshot's.
import { replayChain, whoMayAct } from './chain.ts';
import { ketuaRule } from './ketua.ts';
import { splitPaths } from './paths.ts';
import { KETUA_ID, type Policy } from './policy.ts';
import { stageSla } from './sla.ts';
import type { Snapshot } from './snapshot.ts';
import { formatSummary, outsideSummary } from './summary.ts';
import { mixedPathsViolation, type Violation } from './violations.ts';

export type GateState = 'pending' | 'success' | 'failure' | 'outside';

export interface StageStatus {
  id: string;
  nama: string;
  label: string;
  required: boolean;
  approvedBy?: string;
  approvedAt?: string;
  /** Why the stage's last approval no longer stands: a later commit, or its label (or an earlier stage's) was removed. */
  voidedBy?: 'commit' | 'removed';
  slaDueAt?: string;
  overdue: boolean;
}

export interface NextStage {
  id: string;
  nama: string;
  label: string;
  /** Logins who may approve it now (holders minus the author, bots and people who approved another stage). */
  holders: string[];
}

export interface Decision {
  state: GateState;
  nextStage?: NextStage;
  stages: StageStatus[];
  violations: Violation[];
  labelsToRemove: string[];
  /** Indonesian Markdown, for the sticky pull-request comment and `laman gate`. */
  summary: string;
}

export function decide(snapshot: Snapshot, policy: Policy): Decision {
  const paths = splitPaths(snapshot.files, policy.folder_konten);
  if (!paths.content.length) {
    return { state: 'outside', stages: [], violations: [], labelsToRemove: [], summary: outsideSummary(snapshot, policy) };
  }
  const mixed = paths.other.length > 0;
  const ketua = ketuaRule(snapshot.files, policy);
  const chain = replayChain(snapshot, policy);
  const required = policy.tahap.map((s) => s.id !== KETUA_ID || ketua.required);
  const sla = stageSla(policy, chain, required, snapshot.now);

  const stages: StageStatus[] = policy.tahap.map((s, i) => {
    const approval = chain.approvals[i];
    const voided = chain.voidedBy[i];
    const due = sla[i];
    return {
      id: s.id,
      nama: s.nama,
      label: s.label,
      required: required[i] ?? true,
      ...(approval ? { approvedBy: approval.by, approvedAt: approval.at } : {}),
      ...(!approval && voided ? { voidedBy: voided } : {}),
      ...(due?.slaDueAt ? { slaDueAt: due.slaDueAt } : {}),
      overdue: due?.overdue ?? false,
    };
  });

  const violations = mixed ? [mixedPathsViolation(policy.folder_konten, paths.other), ...chain.violations] : chain.violations;
  const next = stages.findIndex((s) => s.required && !s.approvedBy);
  const complete = next < 0;
  const state: GateState = mixed || chain.invalidLabels.length ? 'failure' : complete ? 'success' : 'pending';
  const nextStage: NextStage | undefined =
    mixed || complete
      ? undefined
      : { id: stages[next]!.id, nama: stages[next]!.nama, label: stages[next]!.label, holders: whoMayAct(snapshot, policy, chain, next) };

  const decision: Omit<Decision, 'summary'> = {
    state,
    ...(nextStage ? { nextStage } : {}),
    stages,
    violations,
    labelsToRemove: chain.labelsToRemove,
  };
  return { ...decision, summary: formatSummary({ decision, snapshot, policy, chain, ketuaReasons: ketua.reasons }) };
}
