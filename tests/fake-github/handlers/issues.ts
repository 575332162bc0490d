// Issues side of pull requests: labels (with labeled/unlabeled events), issue events, comments,
// and the repository's labels.

import { bodyOf, HttpError, notFound, unprocessable, type FakeContext, type FakeRequest, type Handler } from '../context.ts';
import { isoSeconds } from '../git.ts';
import { apiUrl, htmlUrl, issueLabels, label, simpleUser } from '../objects.ts';
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
    html_url: htmlUrl(ctx, `/pull/${c.issue}#issuecomment-${c.id}`),
    body: c.body,
    user: simpleUser(ctx, c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: apiUrl(ctx, `/issues/${c.issue}`),
    author_association: 'COLLABORATOR',
  };
}

export const issuesHandlers: Record<string, Handler> = {
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
