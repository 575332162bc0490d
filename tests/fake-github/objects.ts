// Builders for the JSON objects GitHub returns (users, repository, labels, pull requests, git
// objects…). Every field the description marks as required is present; the server validates the
// result against the operation's response schema anyway.

import type { FakeContext } from './context.ts';
import { isoSeconds, type GitCommitObject } from './git.ts';
import type { FakeIssue, FakeLabel, FakeStatus, FakeUser } from './state.ts';

const EPOCH = '2024-01-01T00:00:00Z';

export function apiUrl(ctx: FakeContext, path = ''): string {
  return `${ctx.baseUrl}/repos/${ctx.state.owner}/${ctx.state.repo}${path}`;
}

export function htmlUrl(ctx: FakeContext, path = ''): string {
  return `${ctx.baseUrl}/_html/${ctx.state.owner}/${ctx.state.repo}${path}`;
}

export function findUser(ctx: FakeContext, login: string): FakeUser {
  const known = ctx.state.users.find((u) => u.login === login);
  if (known) return known;
  // Someone the fake was not told about (e.g. the repository owner): a stable made-up identity.
  let id = 0;
  for (const ch of login) id = (id * 31 + ch.charCodeAt(0)) % 1_000_000;
  return { login, id: 5_000_000 + id, type: login.endsWith('[bot]') ? 'Bot' : 'User', token: '' };
}

export function simpleUser(ctx: FakeContext, login: string): Record<string, unknown> {
  const user = findUser(ctx, login);
  const url = `${ctx.baseUrl}/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: Buffer.from(`04:User${user.id}`).toString('base64'),
    avatar_url: `${ctx.baseUrl}/_avatars/u/${user.id}`,
    gravatar_id: '',
    url,
    html_url: `${ctx.baseUrl}/_html/${encodeURIComponent(user.login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export function publicUser(ctx: FakeContext, login: string): Record<string, unknown> {
  return {
    ...simpleUser(ctx, login),
    name: login,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: EPOCH,
    updated_at: EPOCH,
  };
}

/** A repository object satisfying full-repository, repository and minimal-repository. */
export function repository(ctx: FakeContext): Record<string, unknown> {
  const { owner, repo, defaultBranch } = ctx.state;
  const url = apiUrl(ctx);
  return {
    id: 424242,
    node_id: 'R_kgDOFake',
    name: repo,
    full_name: `${owner}/${repo}`,
    private: false,
    owner: simpleUser(ctx, owner),
    html_url: htmlUrl(ctx),
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://127.0.0.1/${owner}/${repo}.git`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@127.0.0.1:${owner}/${repo}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${htmlUrl(ctx)}.git`,
    mirror_url: null,
    hooks_url: `${url}/hooks`,
    svn_url: htmlUrl(ctx),
    homepage: null,
    language: null,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: defaultBranch,
    open_issues_count: [...ctx.state.issues.values()].filter((i) => i.state === 'open').length,
    open_issues: [...ctx.state.issues.values()].filter((i) => i.state === 'open').length,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: false,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    pushed_at: isoSeconds(ctx.now()),
    created_at: EPOCH,
    updated_at: EPOCH,
    permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
    allow_merge_commit: true,
    allow_squash_merge: true,
    allow_rebase_merge: false,
    delete_branch_on_merge: false,
    license: null,
    network_count: 0,
    subscribers_count: 0,
  };
}

export function label(ctx: FakeContext, l: FakeLabel): Record<string, unknown> {
  return {
    id: l.id,
    node_id: Buffer.from(`010:Label${l.id}`).toString('base64'),
    url: apiUrl(ctx, `/labels/${encodeURIComponent(l.name)}`),
    name: l.name,
    description: l.description,
    color: l.color,
    default: false,
  };
}

export function gitRef(ctx: FakeContext, ref: string, sha: string, type: string): Record<string, unknown> {
  const plural = type === 'tree' ? 'trees' : type === 'blob' ? 'blobs' : type === 'tag' ? 'tags' : 'commits';
  return {
    ref,
    node_id: Buffer.from(`03:Ref${ref}`).toString('base64'),
    url: apiUrl(ctx, `/git/${ref}`),
    object: { type, sha, url: apiUrl(ctx, `/git/${plural}/${sha}`) },
  };
}

export function gitCommit(ctx: FakeContext, c: GitCommitObject): Record<string, unknown> {
  return {
    sha: c.sha,
    node_id: Buffer.from(`06:Commit${c.sha}`).toString('base64'),
    url: apiUrl(ctx, `/git/commits/${c.sha}`),
    html_url: htmlUrl(ctx, `/commit/${c.sha}`),
    author: c.author,
    committer: c.committer,
    tree: { sha: c.tree, url: apiUrl(ctx, `/git/trees/${c.tree}`) },
    message: c.message.replace(/\n$/, ''),
    parents: c.parents.map((p) => ({
      sha: p,
      url: apiUrl(ctx, `/git/commits/${p}`),
      html_url: htmlUrl(ctx, `/commit/${p}`),
    })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

/** A `commit` object (repos API flavour, as in compare and commit listings). */
export function repoCommit(ctx: FakeContext, c: GitCommitObject): Record<string, unknown> {
  return {
    url: apiUrl(ctx, `/commits/${c.sha}`),
    sha: c.sha,
    node_id: Buffer.from(`06:Commit${c.sha}`).toString('base64'),
    html_url: htmlUrl(ctx, `/commit/${c.sha}`),
    comments_url: apiUrl(ctx, `/commits/${c.sha}/comments`),
    commit: {
      url: apiUrl(ctx, `/git/commits/${c.sha}`),
      author: c.author,
      committer: c.committer,
      message: c.message.replace(/\n$/, ''),
      comment_count: 0,
      tree: { sha: c.tree, url: apiUrl(ctx, `/git/trees/${c.tree}`) },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author: null,
    committer: null,
    parents: c.parents.map((p) => ({
      sha: p,
      url: apiUrl(ctx, `/commits/${p}`),
      html_url: htmlUrl(ctx, `/commit/${p}`),
    })),
  };
}

export function status(ctx: FakeContext, s: FakeStatus): Record<string, unknown> {
  return {
    url: apiUrl(ctx, `/statuses/${s.sha}`),
    avatar_url: null,
    id: s.id,
    node_id: Buffer.from(`010:StatusContext${s.id}`).toString('base64'),
    state: s.state,
    description: s.description,
    target_url: s.target_url,
    context: s.context,
    created_at: s.created_at,
    updated_at: s.updated_at,
    creator: simpleUser(ctx, s.creator),
  };
}

export function issueLabels(ctx: FakeContext, issue: FakeIssue): Record<string, unknown>[] {
  return issue.labels.map((name) => {
    const found = ctx.state.labels.find((l) => l.name === name);
    return found ? label(ctx, found) : label(ctx, { id: 0, name, color: 'ededed', description: null });
  });
}

/**
 * The `issue` object (issues API). A pull request is an issue too: it carries a `pull_request`
 * key, as GitHub's issue listings do.
 */
export function issueObject(ctx: FakeContext, issue: FakeIssue, comments: number): Record<string, unknown> {
  const url = apiUrl(ctx, `/issues/${issue.number}`);
  const html = htmlUrl(ctx, `/${issue.pull ? 'pull' : 'issues'}/${issue.number}`);
  const object: Record<string, unknown> = {
    id: issue.id,
    node_id: Buffer.from(`05:Issue${issue.id}`).toString('base64'),
    url,
    repository_url: apiUrl(ctx),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    number: issue.number,
    state: issue.state,
    // The description's `state_reason` is a nullable enum without null in the enum, which ajv
    // refuses; GitHub's own answers omit it as often as they send null, so the fake omits it.
    ...(issue.state_reason ? { state_reason: issue.state_reason } : {}),
    title: issue.title,
    body: issue.body,
    user: simpleUser(ctx, issue.user),
    labels: issueLabels(ctx, issue),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments,
    closed_at: issue.closed_at,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_by: issue.state === 'closed' && issue.closed_by ? simpleUser(ctx, issue.closed_by) : null,
    timeline_url: `${url}/timeline`,
    author_association: 'COLLABORATOR',
  };
  if (issue.pull) {
    const pullUrl = apiUrl(ctx, `/pulls/${issue.number}`);
    object.pull_request = {
      url: pullUrl,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: issue.pull.merged_at,
    };
    object.draft = issue.pull.draft;
  }
  return object;
}
