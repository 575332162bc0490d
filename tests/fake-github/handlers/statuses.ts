// Classic commit statuses: create on a sha, list for a ref, and the combined status.

import { bodyOf, HttpError, notFound, type FakeContext, type Handler } from '../context.ts';
import { isoSeconds, objectType, resolveCommitish } from '../git.ts';
import { apiUrl, repository, status } from '../objects.ts';
import { paginate } from '../paginate.ts';
import { nextId, type FakeStatus } from '../state.ts';

async function shaFor(ctx: FakeContext, ref: string | undefined): Promise<string> {
  const sha = await resolveCommitish(ctx.dir, ref ?? '');
  if (!sha) throw new HttpError(404, `No commit found for SHA: ${ref}`);
  return sha;
}

/** The newest status per context, newest first (what GitHub shows as the combined status). */
export function latestPerContext(all: readonly FakeStatus[]): FakeStatus[] {
  const byContext = new Map<string, FakeStatus>();
  for (const s of all) byContext.set(s.context, s);
  return [...byContext.values()].sort((a, b) => b.id - a.id);
}

export function combinedState(latest: readonly FakeStatus[]): 'failure' | 'pending' | 'success' {
  if (latest.some((s) => s.state === 'failure' || s.state === 'error')) return 'failure';
  if (latest.length === 0 || latest.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}

export const statusesHandlers: Record<string, Handler> = {
  'repos/create-commit-status': async (ctx, req) => {
    const sha = req.params.sha ?? '';
    if ((await objectType(ctx.dir, sha)) !== 'commit') throw new HttpError(422, `No commit found for SHA: ${sha}`);
    const input = bodyOf<{ state: FakeStatus['state']; target_url?: string | null; description?: string | null; context?: string }>(req);
    const now = isoSeconds(ctx.now());
    const created: FakeStatus = {
      id: nextId(ctx.state),
      sha,
      state: input.state,
      context: input.context ?? 'default',
      description: input.description ?? null,
      target_url: input.target_url ?? null,
      creator: req.actor.login,
      created_at: now,
      updated_at: now,
    };
    ctx.state.statuses.set(sha, [...(ctx.state.statuses.get(sha) ?? []), created]);
    return { status: 201, body: status(ctx, created), headers: { location: apiUrl(ctx, `/statuses/${sha}`) } };
  },

  'repos/list-commit-statuses-for-ref': async (ctx, req) => {
    const sha = await shaFor(ctx, req.params.ref);
    const all = [...(ctx.state.statuses.get(sha) ?? [])].reverse();
    return paginate(
      req,
      all.map((s) => status(ctx, s)),
    );
  },

  'repos/get-combined-status-for-ref': async (ctx, req) => {
    const sha = await shaFor(ctx, req.params.ref);
    if (!sha) throw notFound();
    const latest = latestPerContext(ctx.state.statuses.get(sha) ?? []);
    const page = paginate(req, latest);
    return {
      ...page,
      body: {
        state: combinedState(latest),
        statuses: page.body.map((s) => {
          const { creator: _creator, ...simple } = status(ctx, s);
          return simple;
        }),
        sha,
        total_count: latest.length,
        repository: repository(ctx),
        commit_url: apiUrl(ctx, `/commits/${sha}`),
        url: apiUrl(ctx, `/commits/${sha}/status`),
      },
    };
  },
};
