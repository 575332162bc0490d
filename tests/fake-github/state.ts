// What the fake keeps besides the git repository: users, pull requests (which are issues),
// labels, issue events, comments, commit statuses, rulesets. Plain data, inspectable by tests.

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
  /** The token that authenticates as this user (`Authorization: token …` or `Bearer …`). */
  token: string;
}

export interface FakeLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface FakeIssueEvent {
  id: number;
  event: 'labeled' | 'unlabeled';
  actor: string;
  label: { name: string; color: string };
  created_at: string;
}

export interface FakePull {
  head: string;
  base: string;
  draft: boolean;
  merged: boolean;
  merged_at: string | null;
  merged_by: string | null;
  merge_commit_sha: string | null;
  /** Head and base shas frozen when the pull request is merged or its branch is gone. */
  frozenHeadSha?: string;
  frozenBaseSha?: string;
}

export interface FakeIssue {
  number: number;
  id: number;
  title: string;
  body: string | null;
  user: string;
  state: 'open' | 'closed';
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Why the issue was closed or reopened (`issues/update`); null for one never closed. */
  state_reason?: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
  /** Who closed it last, while it is closed. */
  closed_by?: string | null;
  /** Label names, in the order they were added. */
  labels: string[];
  events: FakeIssueEvent[];
  pull?: FakePull;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}

export interface FakeStatus {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  target_url: string | null;
  creator: string;
  created_at: string;
  updated_at: string;
}

export interface FakeRuleset {
  id: number;
  name: string;
  target: 'branch' | 'tag' | 'push';
  enforcement: 'disabled' | 'active' | 'evaluate';
  bypass_actors: unknown[];
  conditions: unknown;
  rules: unknown[];
  created_at: string;
  updated_at: string;
}

export interface FakeActivity {
  id: number;
  ref: string;
  before: string;
  after: string;
  actor: string;
  timestamp: string;
  activity_type: 'push' | 'force_push' | 'branch_creation' | 'branch_deletion' | 'pr_merge';
}

export interface FakeState {
  owner: string;
  repo: string;
  defaultBranch: string;
  users: FakeUser[];
  labels: FakeLabel[];
  issues: Map<number, FakeIssue>;
  comments: Map<number, FakeComment>;
  /** Commit statuses by commit sha, oldest first. */
  statuses: Map<string, FakeStatus[]>;
  rulesets: Map<number, FakeRuleset>;
  /** Organisation teams, "org/slug" → member logins. */
  teams: Map<string, string[]>;
  /** Every ref update made through the API, oldest first (GET /repos/{o}/{r}/activity). */
  activities: FakeActivity[];
  nextIssueNumber: number;
  nextId: number;
}

export function newState(owner: string, repo: string, defaultBranch: string, users: FakeUser[]): FakeState {
  return {
    owner,
    repo,
    defaultBranch,
    users,
    labels: [],
    issues: new Map(),
    comments: new Map(),
    statuses: new Map(),
    rulesets: new Map(),
    teams: new Map(),
    activities: [],
    nextIssueNumber: 1,
    nextId: 1000,
  };
}

export function nextId(state: FakeState): number {
  state.nextId += 1;
  return state.nextId;
}
