// Pull requests: create, list, get, files, commits, merge (a real git merge in the bare repository).

import { recordRefUpdate } from '../activity.ts';
import { checkMerge } from '../rules.ts';
import { bodyOf, HttpError, notFound, unprocessable, type FakeContext, type FakeRequest, type Handler } from '../context.ts';
import {
  commitsBetween,
  diffFiles,
  isAncestor,
  isoSeconds,
  mergeBase,
  mergeTrees,
  readCommit,
  resolveCommitish,
  SHA_PATTERN,
  updateRef,
  writeCommit,
  type ChangedFile,
} from '../git.ts';
import { apiUrl, htmlUrl, issueLabels, repoCommit, repository, simpleUser } from '../objects.ts';
import { nextId, type FakeIssue, type FakePull } from '../state.ts';
import { paginate } from '../paginate.ts';
import { defaultPerson } from './git-data.ts';

export function diffEntry(ctx: FakeContext, headSha: string, f: ChangedFile): Record<string, unknown> {
  return {
    sha: f.sha,
    filename: f.path,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: htmlUrl(ctx, `/blob/${headSha}/${f.path}`),
    raw_url: htmlUrl(ctx, `/raw/${headSha}/${f.path}`),
    contents_url: apiUrl(ctx, `/contents/${f.path}?ref=${headSha}`),
  };
}

export function pullIssue(ctx: FakeContext, numberParam: string | undefined): FakeIssue & { pull: FakePull } {
  const issue = ctx.state.issues.get(Number(numberParam));
  if (!issue?.pull) throw notFound();
  return issue as FakeIssue & { pull: FakePull };
}

interface PullShas {
  head: string;
  base: string;
}

async function pullShas(ctx: FakeContext, issue: FakeIssue & { pull: FakePull }): Promise<PullShas> {
  const head = issue.pull.frozenHeadSha ?? (await resolveCommitish(ctx.dir, `refs/heads/${issue.pull.head}`));
  const base = issue.pull.frozenBaseSha ?? (await resolveCommitish(ctx.dir, `refs/heads/${issue.pull.base}`));
  if (!head || !base) throw new HttpError(404, 'Pull request branch is gone');
  return { head, base };
}

/** The pull-request-simple object (list), or with `full` the pull-request object (get/create). */
async function pullObject(ctx: FakeContext, issue: FakeIssue & { pull: FakePull }, full: boolean): Promise<Record<string, unknown>> {
  const { pull } = issue;
  const shas = await pullShas(ctx, issue);
  const url = apiUrl(ctx, `/pulls/${issue.number}`);
  const html = htmlUrl(ctx, `/pull/${issue.number}`);
  const repo = repository(ctx);
  const side = (ref: string, sha: string) => ({
    label: `${ctx.state.owner}:${ref}`,
    ref,
    sha,
    user: simpleUser(ctx, ctx.state.owner),
    repo,
  });
  const labels = issueLabels(ctx, issue).map((l) =>
    // pull-request-simple declares label.description as a non-null string.
    full ? l : { ...l, description: l.description ?? '' },
  );
  const object: Record<string, unknown> = {
    url,
    id: issue.id,
    node_id: Buffer.from(`011:PullRequest${issue.id}`).toString('base64'),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: apiUrl(ctx, `/issues/${issue.number}`),
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: apiUrl(ctx, '/pulls/comments{/number}'),
    comments_url: apiUrl(ctx, `/issues/${issue.number}/comments`),
    statuses_url: apiUrl(ctx, `/statuses/${shas.head}`),
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: simpleUser(ctx, issue.user),
    body: issue.body,
    labels,
    milestone: null,
    active_lock_reason: null,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    merged_at: pull.merged_at,
    merge_commit_sha: pull.merge_commit_sha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.head, shas.head),
    base: side(pull.base, shas.base),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: apiUrl(ctx, `/issues/${issue.number}`) },
      comments: { href: apiUrl(ctx, `/issues/${issue.number}/comments`) },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: apiUrl(ctx, '/pulls/comments{/number}') },
      commits: { href: `${url}/commits` },
      statuses: { href: apiUrl(ctx, `/statuses/${shas.head}`) },
    },
    author_association: 'COLLABORATOR',
    auto_merge: null,
    draft: pull.draft,
  };
  if (!full) return object;
  const mb = (await mergeBase(ctx.dir, shas.base, shas.head)) ?? shas.base;
  const files = await diffFiles(ctx.dir, mb, shas.head);
  const mergeable = pull.merged ? null : (await mergeTrees(ctx.dir, shas.base, shas.head)) !== undefined;
  return {
    ...object,
    merged: pull.merged,
    mergeable,
    rebaseable: false,
    mergeable_state: pull.merged ? 'unknown' : mergeable ? 'clean' : 'dirty',
    merged_by: pull.merged_by ? simpleUser(ctx, pull.merged_by) : null,
    comments: [...ctx.state.comments.values()].filter((c) => c.issue === issue.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: (await commitsBetween(ctx.dir, mb, shas.head)).length,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changed_files: files.length,
  };
}

async function changedFiles(ctx: FakeContext, req: FakeRequest) {
  const issue = pullIssue(ctx, req.params.pull_number);
  const shas = await pullShas(ctx, issue);
  const mb = (await mergeBase(ctx.dir, shas.base, shas.head)) ?? shas.base;
  return { issue, shas, mb, files: await diffFiles(ctx.dir, mb, shas.head) };
}

export const pullsHandlers: Record<string, Handler> = {
  'pulls/create': async (ctx, req) => {
    const input = bodyOf<{ title?: string; head: string; base: string; body?: string; draft?: boolean }>(req);
    const head = input.head.includes(':') ? input.head.slice(input.head.indexOf(':') + 1) : input.head;
    const headSha = await resolveCommitish(ctx.dir, `refs/heads/${head}`);
    const baseSha = await resolveCommitish(ctx.dir, `refs/heads/${input.base}`);
    if (!headSha) throw unprocessable(`Validation Failed: head ${input.head} is invalid`);
    if (!baseSha) throw unprocessable(`Validation Failed: base ${input.base} is invalid`);
    if (!input.title) throw unprocessable('Validation Failed: title is missing');
    if ((await commitsBetween(ctx.dir, baseSha, headSha)).length === 0) {
      throw unprocessable(`Validation Failed: No commits between ${input.base} and ${head}`);
    }
    const open = [...ctx.state.issues.values()].find(
      (i) => i.state === 'open' && i.pull?.head === head && i.pull.base === input.base,
    );
    if (open) throw unprocessable(`Validation Failed: A pull request already exists for ${ctx.state.owner}:${head}.`);
    const now = isoSeconds(ctx.now());
    const issue: FakeIssue & { pull: FakePull } = {
      number: ctx.state.nextIssueNumber++,
      id: nextId(ctx.state),
      title: input.title,
      body: input.body ?? null,
      user: req.actor.login,
      state: 'open',
      created_at: now,
      updated_at: now,
      closed_at: null,
      labels: [],
      events: [],
      pull: {
        head,
        base: input.base,
        draft: input.draft ?? false,
        merged: false,
        merged_at: null,
        merged_by: null,
        merge_commit_sha: null,
      },
    };
    ctx.state.issues.set(issue.number, issue);
    return { status: 201, body: await pullObject(ctx, issue, true), headers: { location: apiUrl(ctx, `/pulls/${issue.number}`) } };
  },

  // Pull requests whose head contains the commit, or that were merged as it.
  'repos/list-pull-requests-associated-with-commit': async (ctx, req) => {
    const sha = req.params.commit_sha ?? '';
    const found: Array<FakeIssue & { pull: FakePull }> = [];
    for (const issue of ctx.state.issues.values()) {
      if (!issue.pull) continue;
      const pull = issue as FakeIssue & { pull: FakePull };
      if (pull.pull.merge_commit_sha === sha) {
        found.push(pull);
        continue;
      }
      const head = pull.pull.frozenHeadSha ?? (await resolveCommitish(ctx.dir, `refs/heads/${pull.pull.head}`));
      if (head && (head === sha || (SHA_PATTERN.test(sha) && (await isAncestor(ctx.dir, sha, head))))) found.push(pull);
    }
    const page = paginate(req, found.sort((a, b) => b.number - a.number));
    return { ...page, body: await Promise.all(page.body.map((i) => pullObject(ctx, i, false))) };
  },

  'pulls/list': async (ctx, req) => {
    const wanted = req.query.state ?? 'open';
    const head = req.query.head?.includes(':') ? req.query.head.slice(req.query.head.indexOf(':') + 1) : req.query.head;
    const pulls = [...ctx.state.issues.values()]
      .filter((i): i is FakeIssue & { pull: FakePull } => i.pull !== undefined)
      .filter((i) => wanted === 'all' || i.state === wanted)
      .filter((i) => head === undefined || i.pull.head === head)
      .filter((i) => req.query.base === undefined || i.pull.base === req.query.base)
      .sort((a, b) => (req.query.direction === 'asc' ? a.number - b.number : b.number - a.number));
    const page = paginate(req, pulls);
    return { ...page, body: await Promise.all(page.body.map((i) => pullObject(ctx, i, false))) };
  },

  'pulls/get': async (ctx, req) => ({
    status: 200,
    body: await pullObject(ctx, pullIssue(ctx, req.params.pull_number), true),
  }),

  'pulls/list-files': async (ctx, req) => {
    const { shas, files } = await changedFiles(ctx, req);
    return paginate(
      req,
      files.map((f) => diffEntry(ctx, shas.head, f)),
    );
  },

  'pulls/list-commits': async (ctx, req) => {
    const { shas, mb } = await changedFiles(ctx, req);
    const commits = [];
    for (const sha of await commitsBetween(ctx.dir, mb, shas.head)) {
      const commit = await readCommit(ctx.dir, sha);
      if (commit) commits.push(repoCommit(ctx, commit));
    }
    return paginate(req, commits);
  },

  'pulls/merge': async (ctx, req) => {
    const issue = pullIssue(ctx, req.params.pull_number);
    const input = bodyOf<{ commit_title?: string; commit_message?: string; sha?: string; merge_method?: string } | null>(req) ?? {};
    if (issue.pull.merged || issue.state !== 'open') throw new HttpError(405, 'Pull Request is not mergeable');
    const shas = await pullShas(ctx, issue);
    if (input.sha && input.sha !== shas.head) throw new HttpError(409, 'Head branch was modified. Review and try the merge again.');
    checkMerge(ctx, issue.pull.base, shas.head);
    const method = input.merge_method ?? 'merge';
    if (method === 'rebase') throw new HttpError(405, 'Rebase merges are not allowed on this repository.');
    const tree = await mergeTrees(ctx.dir, shas.base, shas.head);
    if (!tree) throw new HttpError(405, 'Pull Request is not mergeable');
    const person = defaultPerson(ctx, req.actor.login);
    const title =
      input.commit_title ??
      (method === 'squash' ? `${issue.title} (#${issue.number})` : `Merge pull request #${issue.number} from ${ctx.state.owner}/${issue.pull.head}`);
    const message = `${title}\n\n${input.commit_message ?? (method === 'squash' ? '' : issue.title)}`.trimEnd() + '\n';
    const parents = method === 'squash' ? [shas.base] : [shas.base, shas.head];
    const sha = await writeCommit(ctx.dir, { tree, parents, message, author: person, committer: person });
    if (!(await updateRef(ctx.dir, `refs/heads/${issue.pull.base}`, sha, shas.base))) {
      throw new HttpError(409, 'Base branch was modified. Review and try the merge again.');
    }
    await recordRefUpdate(ctx, req.actor.login, `refs/heads/${issue.pull.base}`, shas.base, sha, true);
    const now = isoSeconds(ctx.now());
    Object.assign(issue.pull, {
      merged: true,
      merged_at: now,
      merged_by: req.actor.login,
      merge_commit_sha: sha,
      frozenHeadSha: shas.head,
      frozenBaseSha: shas.base,
    });
    Object.assign(issue, { state: 'closed', closed_at: now, updated_at: now });
    return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } };
  },
};
