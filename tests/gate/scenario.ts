// A court repository on the fake GitHub, with the people of the default policy
// (cms/editorial.yml) and a clock the test moves: pull requests are opened, labelled and
// pushed to through the real API as the person acting, and the real gate judges them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createGitHubClient, type GitHubClient } from '../../scripts/github/client.ts';
import { runGate, type GateRunResult } from '../../scripts/gate/github/run.ts';
import { STATUS_CONTEXT, STICKY_MARKER } from '../../scripts/gate/github/plan.ts';
import { TEAMS } from '../../scripts/gate/snapshot-builder.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';
import { startFakeGitHub, unpaced, type FakeGitHub } from '../fake-github/index.ts';

export const REPO = { owner: 'pengadilan', repo: 'situs' };
export const GATE = 'github-actions[bot]';
export const PEOPLE = ['ani', 'oki', 'budi', 'rara', 'citra', 'dedi', 'eka', 'mallory'] as const;
export type Person = (typeof PEOPLE)[number] | typeof GATE | 'dependabot[bot]';

export const BERITA = (judul: string, extra = '') =>
  `---\njudul: ${judul}\ntanggal: 2026-11-23\nkategori: Kegiatan\nringkasan: Ringkasan ${judul}.\nperhatian_khusus: false\n${extra}---\n\nIsi ${judul}.\n`;

export interface Court {
  fake: FakeGitHub;
  /** Moves the shared clock (fake GitHub and gate) forward by `minutes`. */
  tick(minutes?: number): Date;
  now(): Date;
  as(person: Person): GitHubClient;
  openPr(options: { author: Person; branch: string; files: Record<string, string>; title?: string; body?: string; decap?: boolean }): Promise<number>;
  push(person: Person, pr: number, files: Record<string, string>, options?: { commitDate?: string }): Promise<string>;
  label(person: Person, pr: number, label: string): Promise<void>;
  unlabel(person: Person, pr: number, label: string): Promise<void>;
  gate(pr: number, options?: { remind?: boolean; dryRun?: boolean; client?: GitHubClient }): Promise<GateRunResult>;
  status(pr: number): Promise<{ state: string; description: string | null } | undefined>;
  labels(pr: number): Promise<string[]>;
  stickyComments(pr: number): Promise<Array<{ id: number; body: string }>>;
  writesSince(index: number): string[];
  close(): Promise<void>;
}

export interface CourtOptions {
  /** Seed the repository from this git repository (e.g. the project itself) instead of a few files. */
  repoDir?: string;
  /** Where the shared clock starts (default 2026-11-23T01:00:00Z). */
  start?: string;
}

export async function startCourt(options: CourtOptions = {}): Promise<Court> {
  let clock = Date.parse(options.start ?? '2026-11-23T01:00:00Z');
  const policy = await readFile(path.join(PROJECT_ROOT, 'cms/editorial.yml'), 'utf8');
  const fake = await startFakeGitHub({
    ...REPO,
    ...(options.repoDir
      ? { repoDir: options.repoDir }
      : {
          files: {
            'README.md': '# Situs pengadilan\n',
            'cms/editorial.yml': policy,
            'content/berita/lama.md': BERITA('Berita lama'),
            'src/pages/index.astro': '---\n---\n<h1>Beranda</h1>\n',
          },
        }),
    users: [...PEOPLE.map((login) => ({ login })), { login: GATE, type: 'Bot' as const }, { login: 'dependabot[bot]', type: 'Bot' as const }],
    teams: TEAMS,
    now: () => new Date(clock),
  });
  const clients = new Map<string, GitHubClient>();
  const as = (person: Person): GitHubClient => {
    let client = clients.get(person);
    if (!client) {
      client = createGitHubClient({ token: fake.tokenFor(person), baseUrl: fake.url, retries: 3, retryAfterBaseValue: 10, scheduler: unpaced });
      clients.set(person, client);
    }
    return client;
  };

  const commit = async (person: Person, parentSha: string, files: Record<string, string>, message: string, date?: string) => {
    const octokit = as(person);
    const parent = await octokit.rest.git.getCommit({ ...REPO, commit_sha: parentSha });
    const tree = [];
    for (const [p, content] of Object.entries(files)) {
      const blob = await octokit.rest.git.createBlob({ ...REPO, content: Buffer.from(content).toString('base64'), encoding: 'base64' });
      tree.push({ path: p, mode: '100644' as const, type: 'blob' as const, sha: blob.data.sha });
    }
    const newTree = await octokit.rest.git.createTree({ ...REPO, base_tree: parent.data.tree.sha, tree });
    const who = { name: person, email: `${person}@pengadilan.test`, ...(date ? { date } : {}) };
    const created = await octokit.rest.git.createCommit({ ...REPO, message, tree: newTree.data.sha, parents: [parentSha], author: who, committer: who });
    return created.data.sha;
  };

  const court: Court = {
    fake,
    tick(minutes = 1) {
      clock += minutes * 60_000;
      return new Date(clock);
    },
    now: () => new Date(clock),
    as,
    async openPr({ author, branch, files, title, body, decap }) {
      const octokit = as(author);
      const main = await octokit.rest.git.getRef({ ...REPO, ref: 'heads/main' });
      const sha = await commit(author, main.data.object.sha, files, title ?? branch);
      await octokit.rest.git.createRef({ ...REPO, ref: `refs/heads/${branch}`, sha });
      court.tick();
      const pr = await octokit.rest.pulls.create({ ...REPO, head: branch, base: 'main', title: title ?? `Berita: ${branch}`, body: body ?? '' });
      if (decap) await octokit.rest.issues.addLabels({ ...REPO, issue_number: pr.data.number, labels: ['decap-cms/draft'] });
      court.tick();
      return pr.data.number;
    },
    async push(person, pr, files, options) {
      const octokit = as(person);
      const { data } = await octokit.rest.pulls.get({ ...REPO, pull_number: pr });
      const sha = await commit(person, data.head.sha, files, 'Perbaikan', options?.commitDate);
      await octokit.rest.git.updateRef({ ...REPO, ref: `heads/${data.head.ref}`, sha });
      court.tick();
      return sha;
    },
    async label(person, pr, label) {
      await as(person).rest.issues.addLabels({ ...REPO, issue_number: pr, labels: [label] });
      court.tick();
    },
    async unlabel(person, pr, label) {
      await as(person).rest.issues.removeLabel({ ...REPO, issue_number: pr, name: label });
      court.tick();
    },
    async gate(pr, options = {}) {
      const result = await runGate({
        octokit: options.client ?? as(GATE),
        repo: REPO,
        pr,
        now: court.now,
        dryRun: options.dryRun ?? false,
        remind: options.remind ?? false,
        log: () => {},
      });
      court.tick();
      return result;
    },
    async status(pr) {
      const { data } = await as('ani').rest.pulls.get({ ...REPO, pull_number: pr });
      const statuses = await as('ani').rest.repos.listCommitStatusesForRef({ ...REPO, ref: data.head.sha });
      const ours = statuses.data.find((s) => s.context === STATUS_CONTEXT);
      return ours ? { state: ours.state, description: ours.description } : undefined;
    },
    async labels(pr) {
      const { data } = await as('ani').rest.issues.listLabelsOnIssue({ ...REPO, issue_number: pr });
      return data.map((l) => l.name).sort();
    },
    async stickyComments(pr) {
      const comments = await as('ani').paginate(as('ani').rest.issues.listComments, { ...REPO, issue_number: pr, per_page: 100 });
      return comments.filter((c) => c.user?.login === GATE && (c.body ?? '').startsWith(STICKY_MARKER)).map((c) => ({ id: c.id, body: c.body ?? '' }));
    },
    writesSince(index) {
      return fake.requests
        .slice(index)
        .filter((r) => r.method !== 'GET' && r.actor === GATE)
        .map((r) => `${r.method} ${r.operationId}`);
    },
    close: () => fake.close(),
  };
  return court;
}
