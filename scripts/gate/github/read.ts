// Reads everything the gate decides on from GitHub into a Snapshot (scripts/gate/snapshot.ts):
// the pull request, its changed files with their frontmatter at head and base, its commits
// with the time each reached the branch (from the repository's push log, which a pusher
// cannot forge the way commit dates can), its label events (paginated, any count), the
// members of every team the policy names, and the policy itself from the base branch.
import type { GitHubClient } from '../../github/client.ts';
import { parsePolicy, POLICY_PATH, type Policy } from '../policy.ts';
import type { Snapshot } from '../snapshot.ts';
import { entryData, isEntryFile } from './frontmatter.ts';

export interface RepoRef {
  owner: string;
  repo: string;
}

/** What the gate found on the pull request besides the snapshot: what it may have to change. */
export interface PullState {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  headSha: string;
  headRef: string;
  /** Label names currently on the pull request. */
  labels: string[];
  updatedAt: string;
  htmlUrl: string;
}

export interface ReadResult {
  snapshot: Snapshot;
  policy: Policy;
  pull: PullState;
  /** Files whose frontmatter could not be read (Indonesian), treated as needing the Ketua. */
  problems: string[];
}

/** A failure to read what the decision needs: the gate must not decide without it. */
export class GateReadError extends Error {
  override name = 'GateReadError';
}

const ZERO = /^0{40}$/;

async function fileText(octokit: GitHubClient, at: RepoRef, path: string, ref: string): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...at, path, ref });
    if (Array.isArray(data) || data.type !== 'file') return undefined;
    if (!('content' in data) || typeof data.content !== 'string') return undefined;
    if (data.encoding !== 'base64') throw new GateReadError(`${path}@${ref.slice(0, 7)}: isi berkas tidak dikirim GitHub (berkas terlalu besar?)`);
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

/** Members of each "org/slug" team the policy names; a team the token cannot read is an error. */
async function readTeams(octokit: GitHubClient, policy: Policy): Promise<Record<string, string[]>> {
  const teams = [...new Set(policy.tahap.flatMap((s) => s.pemegang.teams))];
  const result: Record<string, string[]> = {};
  for (const team of teams) {
    const [org = '', slug = ''] = team.split('/');
    try {
      const members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, { org, team_slug: slug, per_page: 100 });
      result[team] = members.map((m) => m.login);
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 404 || status === 403) {
        throw new GateReadError(
          `anggota tim ${team} tidak dapat dibaca (GitHub menjawab ${status}). Token gate memerlukan izin membaca anggota organisasi ` +
            '(token aplikasi GitHub dengan "Members: read", atau token pribadi dengan read:org, disimpan sebagai secret LAMAN_TEAMS_TOKEN); ' +
            'atau tulis login pemegang peran langsung di cms/editorial.yml (logins).',
        );
      }
      throw error;
    }
  }
  return result;
}

interface BranchHistory {
  commits: Array<{ sha: string; at: string }>;
  /** Everyone who moved the branch (pushes, force pushes, creating it). */
  pushers: string[];
}

/**
 * When each commit reached the pull request's branch, and who pushed to it. GitHub's
 * activity log gives the server's time of every push; the head commit's time is the newest
 * push that made it the head. Other commits get the earlier of their commit date and that
 * time: only the newest push matters for voiding approvals, and it cannot be back-dated.
 */
async function branchHistory(
  octokit: GitHubClient,
  at: RepoRef,
  headRef: string,
  headSha: string,
  commits: Array<{ sha: string; date: string | undefined }>,
): Promise<BranchHistory> {
  const activity = await octokit.paginate(octokit.rest.repos.listActivities, { ...at, ref: `refs/heads/${headRef}`, per_page: 100, direction: 'desc' });
  const headPushedAt = activity.find((a) => a.after === headSha && !ZERO.test(a.after))?.timestamp;
  if (!headPushedAt) {
    throw new GateReadError(
      `waktu push commit ${headSha.slice(0, 7)} ke cabang ${headRef} tidak ditemukan di log aktivitas repositori. ` +
        'Gate tidak memakai tanggal commit (dapat dipalsukan). Bila pull request berasal dari fork, ajukan dari cabang di repositori ini.',
    );
  }
  const head = Date.parse(headPushedAt);
  const pushers = [
    ...new Set(activity.filter((a) => a.activity_type !== 'branch_deletion' && a.actor?.login).map((a) => a.actor!.login)),
  ].sort();
  return {
    pushers,
    commits: commits.map((c) => {
      if (c.sha === headSha) return { sha: c.sha, at: new Date(head).toISOString() };
      const own = c.date ? Date.parse(c.date) : NaN;
      return { sha: c.sha, at: new Date(Number.isFinite(own) ? Math.min(own, head) : head).toISOString() };
    }),
  };
}

/**
 * `teamsOctokit` reads team membership when the workflow's own token cannot (GITHUB_TOKEN has
 * no access to organisation members); everything else, and every write, uses `octokit`.
 */
export async function readSnapshot(
  octokit: GitHubClient,
  at: RepoRef,
  number: number,
  now: Date,
  teamsOctokit: GitHubClient = octokit,
  options: { includeClosed?: boolean } = {},
): Promise<ReadResult | { closed: PullState }> {
  const { data: pr } = await octokit.rest.pulls.get({ ...at, pull_number: number });
  const pull: PullState = {
    number: pr.number,
    state: pr.state === 'closed' ? 'closed' : 'open',
    merged: pr.merged,
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    labels: pr.labels.map((l) => l.name),
    updatedAt: pr.updated_at,
    htmlUrl: pr.html_url,
  };
  // A closed pull request is history: nothing to judge (its branch may be gone).
  if (pull.state === 'closed' && !options.includeClosed) return { closed: pull };
  const baseSha = pr.base.sha;
  // The policy as the base branch has it now (pr.base.sha may predate a change of role holders).
  const policyText = await fileText(octokit, at, POLICY_PATH, `refs/heads/${pr.base.ref}`);
  if (policyText === undefined) {
    throw new GateReadError(`${POLICY_PATH} tidak ada di cabang ${pr.base.ref}: tanpa kebijakan gate tidak dapat memutuskan. Tambahkan berkas itu lewat pull request biasa.`);
  }
  const policy = parsePolicy(policyText, `${POLICY_PATH} (cabang ${pr.base.ref})`);

  const listed = await octokit.paginate(octokit.rest.pulls.listFiles, { ...at, pull_number: number, per_page: 100 });
  const problems: string[] = [];
  const files: Snapshot['files'] = [];
  for (const f of listed) {
    const previousPath = f.previous_filename && f.previous_filename !== f.filename ? f.previous_filename : undefined;
    const file: Snapshot['files'][number] = { path: f.filename, status: f.status, ...(previousPath ? { previousPath } : {}) };
    const content = [f.filename, previousPath].some((p) => p !== undefined && p.startsWith(policy.folder_konten));
    if (content && isEntryFile(f.filename)) {
      if (f.status !== 'removed') {
        const text = await fileText(octokit, at, f.filename, pr.head.sha);
        if (text !== undefined) {
          const entry = entryData(f.filename, text);
          file.frontmatter = entry.data;
          if (entry.problem) problems.push(entry.problem);
        }
      }
      if (f.status !== 'added') {
        const basePath = previousPath ?? f.filename;
        const text = await fileText(octokit, at, basePath, baseSha);
        if (text !== undefined) file.baseFrontmatter = entryData(basePath, text).data;
      }
    }
    files.push(file);
  }

  // GitHub lists at most 250 commits; the head is always judged by its push time.
  const listedCommits = await octokit.paginate(octokit.rest.pulls.listCommits, { ...at, pull_number: number, per_page: 100 });
  const ownDates = listedCommits.map((c) => ({ sha: c.sha, date: c.commit.committer?.date ?? c.commit.author?.date ?? undefined }));
  if (!ownDates.some((c) => c.sha === pr.head.sha)) ownDates.push({ sha: pr.head.sha, date: undefined });
  const { commits, pushers } = await branchHistory(octokit, at, pr.head.ref, pr.head.sha, ownDates);

  const events = await octokit.paginate(octokit.rest.issues.listEvents, { ...at, issue_number: number, per_page: 100 });
  const labelEvents: Snapshot['labelEvents'] = [];
  for (const e of events) {
    if (e.event !== 'labeled' && e.event !== 'unlabeled') continue;
    const label = 'label' in e && e.label ? e.label.name : undefined;
    const actor = e.actor?.login;
    if (!label || !actor) continue;
    labelEvents.push({ action: e.event, label, actor, actorType: e.actor?.type === 'Bot' ? 'Bot' : 'User', at: e.created_at });
  }

  const snapshot: Snapshot = {
    pr: {
      number: pr.number,
      author: pr.user.login,
      title: pr.title,
      body: pr.body ?? '',
      baseBranch: pr.base.ref,
      headSha: pr.head.sha,
      headRef: pr.head.ref,
      pushers: pushers.filter((p) => p.toLowerCase() !== pr.user.login.toLowerCase()),
    },
    labelEvents,
    commits,
    files,
    teams: await readTeams(teamsOctokit, policy),
    now: now.toISOString(),
    policyText,
  };
  return { snapshot, policy, pull, problems };
}
