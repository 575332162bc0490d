// Repository activity (the push log) and organisation teams.

import { HttpError, notFound, type FakeContext, type FakeRequest, type Handler, type Reply } from '../context.ts';
import { simpleUser } from '../objects.ts';
import { paginate } from '../paginate.ts';
import type { FakeActivity } from '../state.ts';

function activityObject(ctx: FakeContext, a: FakeActivity): Record<string, unknown> {
  return {
    id: a.id,
    node_id: Buffer.from(`035:RepositoryActivity${a.id}`).toString('base64'),
    before: a.before,
    after: a.after,
    ref: a.ref,
    timestamp: a.timestamp,
    activity_type: a.activity_type,
    actor: simpleUser(ctx, a.actor),
  };
}

/** Cursor pagination like GitHub's activity endpoint: `after`/`before` are opaque cursors (here: ids). */
function cursorPage(req: FakeRequest, items: FakeActivity[]): { page: FakeActivity[]; next?: string } {
  const perPage = Math.min(Math.max(Number(req.query.per_page ?? 30) || 30, 1), 100);
  let start = 0;
  if (req.query.after) {
    const index = items.findIndex((a) => String(a.id) === req.query.after);
    if (index < 0) throw new HttpError(422, 'Invalid cursor');
    start = index + 1;
  }
  const page = items.slice(start, start + perPage);
  const more = start + perPage < items.length;
  return { page, ...(more && page.length ? { next: String(page[page.length - 1]!.id) } : {}) };
}

export const activityHandlers: Record<string, Handler> = {
  'repos/list-activities': (ctx, req): Reply => {
    const ref = req.query.ref;
    const wanted = ref ? (ref.startsWith('refs/') ? ref : `refs/heads/${ref}`) : undefined;
    let items = ctx.state.activities.filter(
      (a) => (!wanted || a.ref === wanted) && (!req.query.activity_type || a.activity_type === req.query.activity_type) && (!req.query.actor || a.actor === req.query.actor),
    );
    if ((req.query.direction ?? 'desc') === 'desc') items = [...items].reverse();
    const { page, next } = cursorPage(req, items);
    const headers: Record<string, string> = {};
    if (next) {
      const url = new URL(req.url);
      url.searchParams.set('after', next);
      headers.link = `<${url.href}>; rel="next"`;
    }
    return { status: 200, body: page.map((a) => activityObject(ctx, a)), headers };
  },

  'teams/list-members-in-org': (ctx, req) => {
    const members = ctx.state.teams.get(`${req.params.org}/${req.params.team_slug}`.toLowerCase());
    if (!members) throw notFound();
    return paginate(
      req,
      members.map((login) => simpleUser(ctx, login)),
    );
  },
};
