// Issues (created through the API, or the issue side of pull requests): create, get, update,
// list; labels (with labeled/unlabeled events), issue events, comments, and the repository's
// labels.

import { bodyOf, HttpError, notFound, unprocessable, type FakeContext, type FakeRequest, type Handler } from '../context.ts';
import { isoSeconds } from '../git.ts';
import { apiUrl, htmlUrl, issueLabels, issueObject, label, simpleUser } from '../objects.ts';
import { paginate } from '../paginate.ts';
import { nextId, type FakeComment, type FakeIssue, type FakeLabel } from '../state.ts';

function issueOf(ctx: FakeContext, req: FakeRequest): FakeIssue {
  const issue = ctx.state.issues.get(Number(req.params.issue_number));
  if (!issue) throw notFound();
  return issue;
}

/** The repository label with this name (case-insensitive like GitHub), created on first use. */
function ensureLabel(ctx: FakeContext, name: string): FakeLabel {
  const found = ctx.state.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  if (found) return found;
  const created: FakeLabel = { id: nextId(ctx.state), name, color: 'ededed', description: null };
  ctx.state.labels.push(created);
  return created;
}

/** Label names from the several body shapes GitHub accepts (`{labels: [...]}`, `[...]`, `"name"`). */
function labelNames(body: unknown): string[] {
  const list = Array.isArray(body) ? body : typeof body === 'string' ? [body] : ((body as { labels?: unknown } | null)?.labels ?? []);
  if (!Array.isArray(list)) return [typeof list === 'string' ? list : ''];
  return list.map((item: unknown) => (typeof item === 'string' ? item : String((item as { name?: unknown }).name ?? '')));
}

function recordEvent(ctx: FakeContext, issue: FakeIssue, event: 'labeled' | 'unlabeled', l: FakeLabel, actor: string): void {
  const now = isoSeconds(ctx.now());
  issue.events.push({ id: nextId(ctx.state), event, actor, label: { name: l.name, color: l.color }, created_at: now });
  issue.updated_at = now;
}

function addLabels(ctx: FakeContext, issue: FakeIssue, names: string[], actor: string): void {
  for (const name of names) {
    const l = ensureLabel(ctx, name);
    if (issue.labels.includes(l.name)) continue;
    issue.labels.push(l.name);
    recordEvent(ctx, issue, 'labeled', l, actor);
  }
}

function removeLabel(ctx: FakeContext, issue: FakeIssue, name: string, actor: string): boolean {
  const index = issue.labels.findIndex((n) => n.toLowerCase() === name.toLowerCase());
  if (index === -1) return false;
  const [removed = name] = issue.labels.splice(index, 1);
  recordEvent(ctx, issue, 'unlabeled', ensureLabel(ctx, removed), actor);
  return true;
}

function commentObject(ctx: FakeContext, c: FakeComment): Record<string, unknown> {
  return {
    id: c.id,
    node_id: Buffer.from(`012:IssueComment${c.id}`).toString('base64'),
    url: apiUrl(ctx, `/issues/comments/${c.id}`),
    html_url: htmlUrl(ctx, `/${ctx.state.issues.get(c.issue)?.pull ? 'pull' : 'issues'}/${c.issue}#issuecomment-${c.id}`),
    body: c.body,
    user: simpleUser(ctx, c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: apiUrl(ctx, `/issues/${c.issue}`),
    author_association: 'COLLABORATOR',
  };
}

function commentCount(ctx: FakeContext, issue: FakeIssue): number {
  let n = 0;
  for (const c of ctx.state.comments.values()) if (c.issue === issue.number) n += 1;
  return n;
}

function issueReply(ctx: FakeContext, issue: FakeIssue): Record<string, unknown> {
  return issueObject(ctx, issue, commentCount(ctx, issue));
}

type StateReason = 'completed' | 'not_planned' | 'duplicate' | 'reopened';

/** Closes or reopens like GitHub: closed_at, closed_by and state_reason follow the state. */
function setState(ctx: FakeContext, issue: FakeIssue, state: 'open' | 'closed', reason: StateReason | null | undefined, actor: string): void {
  if (state === issue.state) {
    if (reason !== undefined && state === 'closed') issue.state_reason = reason ?? 'completed';
    return;
  }
  const now = isoSeconds(ctx.now());
  issue.state = state;
  if (state === 'closed') {
    issue.closed_at = now;
    issue.closed_by = actor;
    issue.state_reason = reason ?? 'completed';
  } else {
    issue.closed_at = null;
    issue.closed_by = null;
    issue.state_reason = 'reopened';
  }
  issue.updated_at = now;
}

/** Query parameters of `issues/list-for-repo` the fake does not filter on: refused rather than ignored. */
const UNSUPPORTED_LIST_FILTERS = ['milestone', 'assignee', 'type', 'mentioned', 'issue_field_values'];

function compareBy(key: 'created' | 'updated' | 'comments', ctx: FakeContext) {
  return (a: FakeIssue, b: FakeIssue): number => {
    const primary =
      key === 'comments'
        ? commentCount(ctx, a) - commentCount(ctx, b)
        : key === 'updated'
          ? a.updated_at.localeCompare(b.updated_at)
          : a.created_at.localeCompare(b.created_at);
    return primary !== 0 ? primary : a.number - b.number;
  };
}

export const issuesHandlers: Record<string, Handler> = {
  'issues/create': (ctx, req) => {
    const input = bodyOf<{ title: string | number; body?: string | null; labels?: unknown[] }>(req);
    const title = String(input.title);
    if (title.trim() === '') throw unprocessable('Validation Failed: title is missing');
    const now = isoSeconds(ctx.now());
    const issue: FakeIssue = {
      number: ctx.state.nextIssueNumber++,
      id: nextId(ctx.state),
      title,
      body: input.body ?? null,
      user: req.actor.login,
      state: 'open',
      created_at: now,
      updated_at: now,
      closed_at: null,
      state_reason: null,
      closed_by: null,
      labels: [],
      events: [],
    };
    ctx.state.issues.set(issue.number, issue);
    addLabels(ctx, issue, labelNames({ labels: input.labels ?? [] }), req.actor.login);
    issue.updated_at = now;
    return { status: 201, body: issueReply(ctx, issue), headers: { location: apiUrl(ctx, `/issues/${issue.number}`) } };
  },

  'issues/get': (ctx, req) => ({ status: 200, body: issueReply(ctx, issueOf(ctx, req)) }),

  'issues/update': (ctx, req) => {
    const issue = issueOf(ctx, req);
    const input = bodyOf<{
      title?: string | number | null;
      body?: string | null;
      state?: 'open' | 'closed';
      state_reason?: StateReason | null;
      labels?: unknown[];
    }>(req);
    const now = isoSeconds(ctx.now());
    if (input.title !== undefined && input.title !== null) {
      if (String(input.title).trim() === '') throw unprocessable('Validation Failed: title is missing');
      issue.title = String(input.title);
      issue.updated_at = now;
    }
    if (input.body !== undefined) {
      issue.body = input.body;
      issue.updated_at = now;
    }
    if (input.labels !== undefined) {
      const wanted = labelNames({ labels: input.labels });
      for (const name of [...issue.labels]) {
        if (!wanted.some((w) => w.toLowerCase() === name.toLowerCase())) removeLabel(ctx, issue, name, req.actor.login);
      }
      addLabels(ctx, issue, wanted, req.actor.login);
    }
    if (input.state !== undefined) setState(ctx, issue, input.state, input.state_reason, req.actor.login);
    return { status: 200, body: issueReply(ctx, issue) };
  },

  // Issues and pull requests (which carry a `pull_request` key), like GitHub.
  'issues/list-for-repo': (ctx, req) => {
    for (const name of UNSUPPORTED_LIST_FILTERS) {
      if (req.query[name] !== undefined) throw unprocessable(`The fake GitHub does not filter issues by "${name}"`);
    }
    const state = req.query.state ?? 'open';
    const wanted = (req.query.labels ?? '')
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l !== '');
    const since = req.query.since ? Date.parse(req.query.since) : undefined;
    const creator = req.query.creator;
    const sort = (req.query.sort ?? 'created') as 'created' | 'updated' | 'comments';
    const issues = [...ctx.state.issues.values()]
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
      .filter((i) => since === undefined || Date.parse(i.updated_at) >= since)
      .filter((i) => creator === undefined || i.user.toLowerCase() === creator.toLowerCase())
      .sort(compareBy(sort, ctx));
    if ((req.query.direction ?? 'desc') === 'desc') issues.reverse();
    return paginate(
      req,
      issues.map((i) => issueReply(ctx, i)),
    );
  },

  'issues/list-comments-for-repo': (ctx, req) => {
    const since = req.query.since ? Date.parse(req.query.since) : undefined;
    const key = req.query.sort === 'updated' ? 'updated_at' : 'created_at';
    const comments = [...ctx.state.comments.values()]
      .filter((c) => since === undefined || Date.parse(c.updated_at) >= since)
      .sort((a, b) => a[key].localeCompare(b[key]) || a.id - b.id);
    // GitHub's default here is ascending, unlike the issue list.
    if (req.query.direction === 'desc') comments.reverse();
    return paginate(
      req,
      comments.map((c) => commentObject(ctx, c)),
    );
  },

  'issues/list-labels-on-issue': (ctx, req) => paginate(req, issueLabels(ctx, issueOf(ctx, req))),

  'issues/add-labels': (ctx, req) => {
    const issue = issueOf(ctx, req);
    addLabels(ctx, issue, labelNames(req.body), req.actor.login);
    return { status: 200, body: issueLabels(ctx, issue) };
  },

  'issues/set-labels': (ctx, req) => {
    const issue = issueOf(ctx, req);
    const wanted = labelNames(req.body);
    for (const name of [...issue.labels]) {
      if (!wanted.some((w) => w.toLowerCase() === name.toLowerCase())) removeLabel(ctx, issue, name, req.actor.login);
    }
    addLabels(ctx, issue, wanted, req.actor.login);
    return { status: 200, body: issueLabels(ctx, issue) };
  },

  'issues/remove-label': (ctx, req) => {
    const issue = issueOf(ctx, req);
    if (!removeLabel(ctx, issue, req.params.name ?? '', req.actor.login)) throw new HttpError(404, 'Label does not exist');
    return { status: 200, body: issueLabels(ctx, issue) };
  },

  'issues/remove-all-labels': (ctx, req) => {
    const issue = issueOf(ctx, req);
    for (const name of [...issue.labels]) removeLabel(ctx, issue, name, req.actor.login);
    return { status: 204 };
  },

  'issues/list-events': (ctx, req) => {
    const issue = issueOf(ctx, req);
    return paginate(
      req,
      issue.events.map((e) => ({
        id: e.id,
        node_id: Buffer.from(`016:LabeledEvent${e.id}`).toString('base64'),
        url: apiUrl(ctx, `/issues/events/${e.id}`),
        actor: simpleUser(ctx, e.actor),
        event: e.event,
        commit_id: null,
        commit_url: null,
        created_at: e.created_at,
        label: e.label,
        performed_via_github_app: null,
      })),
    );
  },

  'issues/list-comments': (ctx, req) => {
    const issue = issueOf(ctx, req);
    const comments = [...ctx.state.comments.values()].filter((c) => c.issue === issue.number);
    return paginate(
      req,
      comments.map((c) => commentObject(ctx, c)),
    );
  },

  'issues/create-comment': (ctx, req) => {
    const issue = issueOf(ctx, req);
    const now = isoSeconds(ctx.now());
    const comment: FakeComment = {
      id: nextId(ctx.state),
      issue: issue.number,
      body: bodyOf<{ body: string }>(req).body,
      user: req.actor.login,
      created_at: now,
      updated_at: now,
    };
    ctx.state.comments.set(comment.id, comment);
    issue.updated_at = now;
    return { status: 201, body: commentObject(ctx, comment), headers: { location: apiUrl(ctx, `/issues/comments/${comment.id}`) } };
  },

  'issues/update-comment': (ctx, req) => {
    const comment = ctx.state.comments.get(Number(req.params.comment_id));
    if (!comment) throw notFound();
    comment.body = bodyOf<{ body: string }>(req).body;
    comment.updated_at = isoSeconds(ctx.now());
    return { status: 200, body: commentObject(ctx, comment) };
  },

  'issues/delete-comment': (ctx, req) => {
    if (!ctx.state.comments.delete(Number(req.params.comment_id))) throw notFound();
    return { status: 204 };
  },

  'issues/list-labels-for-repo': (ctx, req) => paginate(req, ctx.state.labels.map((l) => label(ctx, l))),

  'issues/get-label': (ctx, req) => {
    const found = ctx.state.labels.find((l) => l.name.toLowerCase() === (req.params.name ?? '').toLowerCase());
    if (!found) throw notFound();
    return { status: 200, body: label(ctx, found) };
  },

  'issues/create-label': (ctx, req) => {
    const input = bodyOf<{ name: string; color?: string; description?: string }>(req);
    if (ctx.state.labels.some((l) => l.name.toLowerCase() === input.name.toLowerCase())) {
      throw unprocessable('Validation Failed: label already_exists');
    }
    const created: FakeLabel = {
      id: nextId(ctx.state),
      name: input.name,
      color: (input.color ?? 'ededed').replace(/^#/, ''),
      description: input.description ?? null,
    };
    ctx.state.labels.push(created);
    return { status: 201, body: label(ctx, created) };
  },

  'issues/update-label': (ctx, req) => {
    const found = ctx.state.labels.find((l) => l.name.toLowerCase() === (req.params.name ?? '').toLowerCase());
    if (!found) throw notFound();
    const input = bodyOf<{ new_name?: string; color?: string; description?: string }>(req);
    if (input.new_name !== undefined) {
      for (const issue of ctx.state.issues.values()) {
        issue.labels = issue.labels.map((n) => (n === found.name ? (input.new_name ?? n) : n));
      }
      found.name = input.new_name;
    }
    if (input.color !== undefined) found.color = input.color.replace(/^#/, '');
    if (input.description !== undefined) found.description = input.description;
    return { status: 200, body: label(ctx, found) };
  },
};
