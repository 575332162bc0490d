// Service-level times (SOP E): a stage's clock starts when the stage before it was
// approved, or at the last commit for the first stage; it is overdue when the snapshot's
// "now" is past the due time and the stage is still not approved.
import type { ChainState } from './chain.ts';
import type { Policy } from './policy.ts';

export interface StageSla {
  slaDueAt?: string;
  overdue: boolean;
}

const HOUR = 3_600_000;

export function stageSla(policy: Policy, chain: ChainState, required: readonly boolean[], now: string): StageSla[] {
  return policy.tahap.map((stage, i) => {
    if (!required[i]) return { overdue: false };
    const start = i === 0 ? chain.lastCommitAt : chain.approvals[i - 1]?.at;
    if (start === undefined) return { overdue: false };
    const due = Date.parse(start) + stage.sla_jam * HOUR;
    return { slaDueAt: new Date(due).toISOString(), overdue: !chain.approvals[i] && Date.parse(now) > due };
  });
}
