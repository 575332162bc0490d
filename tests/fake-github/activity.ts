// Records ref updates as GitHub's repository activity (the push log behind
// GET /repos/{owner}/{repo}/activity): who moved which ref from what to what, and when.
// This is the server's own clock, which a pusher cannot forge the way commit dates can.

import type { FakeContext } from './context.ts';
import { isAncestor, isoSeconds, ZERO_SHA } from './git.ts';
import { nextId, type FakeActivity } from './state.ts';

export async function recordRefUpdate(
  ctx: FakeContext,
  actor: string,
  ref: string,
  before: string | undefined,
  after: string | undefined,
  merge = false,
): Promise<void> {
  const from = before ?? ZERO_SHA;
  const to = after ?? ZERO_SHA;
  let type: FakeActivity['activity_type'];
  if (from === ZERO_SHA) type = 'branch_creation';
  else if (to === ZERO_SHA) type = 'branch_deletion';
  else if (merge) type = 'pr_merge';
  else type = (await isAncestor(ctx.dir, from, to)) ? 'push' : 'force_push';
  ctx.state.activities.push({
    id: nextId(ctx.state),
    ref: ref.startsWith('refs/') ? ref : `refs/heads/${ref}`,
    before: from,
    after: to,
    actor,
    timestamp: isoSeconds(ctx.now()),
    activity_type: type,
  });
}
