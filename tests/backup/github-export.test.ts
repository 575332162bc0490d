// The GitHub export of a backup against the fake GitHub (every request checked against GitHub's
// OpenAPI description): issues, pull requests, labels, comments, label events and rulesets
// end up in the snapshot and come back with a restore.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOctokit, startFakeGitHub, type FakeGitHub } from '../fake-github/index.ts';
import { git, laman, makeSite, makeSourceRepo, writeConfig } from './support.ts';

const OWNER = 'pn-contoh';
const NAME = 'situs';
let work: string;
let repo: string;
let fake: FakeGitHub;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'laman-uji-ekspor-'));
  repo = path.join(work, 'situs');
  await makeSourceRepo(repo);
  git(repo, 'checkout', '--quiet', '-b', 'cms/berita/usulan');
  await writeFile(path.join(repo, 'content/berita/usulan.md'), '---\njudul: Usulan\n---\nBerita usulan.\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '-m', 'usulan');
  git(repo, 'checkout', '--quiet', 'main');
  await makeSite(path.join(repo, 'dist'), git(repo, 'rev-parse', 'HEAD').trim());

  fake = await startFakeGitHub({ repoDir: repo, owner: OWNER, repo: NAME, users: [{ login: 'operator' }], now: () => new Date('2026-11-20T08:00:00Z') });
  const { octokit } = createTestOctokit({ baseUrl: fake.url, token: fake.tokenFor('operator') });
  const r = { owner: OWNER, repo: NAME };
  await octokit.rest.issues.createLabel({ ...r, name: 'insiden', color: 'b60205', description: 'Gangguan situs' });
  const incident = await octokit.rest.issues.create({ ...r, title: 'Situs tidak dapat diakses', body: 'Sejak 08.00 WIB', labels: ['insiden'] });
  await octokit.rest.issues.createComment({ ...r, issue_number: incident.data.number, body: 'Penyedia hosting sudah dihubungi.' });
  await octokit.rest.issues.update({ ...r, issue_number: incident.data.number, state: 'closed' });
  const pull = await octokit.rest.pulls.create({ ...r, title: 'Berita: usulan', head: 'cms/berita/usulan', base: 'main' });
  await octokit.rest.issues.addLabels({ ...r, issue_number: pull.data.number, labels: ['review/redaktur'] });
  await octokit.rest.issues.createComment({ ...r, issue_number: pull.data.number, body: 'Disetujui redaktur.' });
  await octokit.rest.repos.createRepoRuleset({ ...r, name: 'laman', target: 'branch', enforcement: 'active', rules: [{ type: 'pull_request', parameters: { required_approving_review_count: 0, dismiss_stale_reviews_on_push: false, require_code_owner_review: false, require_last_push_approval: false, required_review_thread_resolution: false } }] });
}, 30_000);

afterAll(async () => {
  await fake?.close();
  await rm(work, { recursive: true, force: true });
});

describe('GitHub export', () => {
  it('backs up issues, pull requests, labels, comments, label events and rulesets, and restores them', async () => {
    const target = path.join(work, 'tujuan');
    const config = path.join(work, 'backup.json');
    await writeConfig(config, [{ name: 'lokal', type: 'directory', path: target }]);
    const env = { GITHUB_TOKEN: fake.tokenFor('operator'), GITHUB_API_URL: fake.url };
    const created = await laman(['backup', 'create', '--config', config, '--repo', `${OWNER}/${NAME}`], { cwd: repo, env });
    expect(created.code, created.stdout + created.stderr).toBe(0);
    expect(created.stdout).toContain('Ekspor GitHub: 1 isu, 1 pull request, 2 label, 2 komentar');
    fake.assertNoViolations();

    const out = path.join(work, 'pulih');
    const restored = await laman(['backup', 'restore', '--config', config, '--to', out], { cwd: repo });
    expect(restored.code, restored.stdout + restored.stderr).toBe(0);
    const read = async (file: string) => JSON.parse(await readFile(path.join(out, 'github', file), 'utf8')) as unknown;
    const issues = (await read('issues.json')) as Array<{ number: number; title: string; state: string; pull_request?: unknown }>;
    expect(issues.map((i) => [i.title, i.state, !!i.pull_request])).toEqual([
      ['Situs tidak dapat diakses', 'closed', false],
      ['Berita: usulan', 'open', true],
    ]);
    const pulls = (await read('pulls.json')) as Array<{ head: { ref: string } }>;
    expect(pulls.map((p) => p.head.ref)).toEqual(['cms/berita/usulan']);
    expect(((await read('labels.json')) as Array<{ name: string }>).map((l) => l.name)).toEqual(['insiden', 'review/redaktur']);
    const comments = (await read('comments.json')) as Record<string, Array<{ body: string }>>;
    expect(comments[String(issues[1]!.number)]!.map((c) => c.body)).toEqual(['Disetujui redaktur.']);
    const events = (await read('events.json')) as Record<string, Array<{ event: string; label?: { name: string } }>>;
    expect(events[String(issues[1]!.number)]).toEqual(expect.arrayContaining([expect.objectContaining({ event: 'labeled', label: expect.objectContaining({ name: 'review/redaktur' }) })]));
    expect(((await read('rulesets.json')) as Array<{ name: string }>).map((r) => r.name)).toEqual(['laman']);
    const manifest = JSON.parse(await readFile(path.join(out, 'MANIFEST.json'), 'utf8')) as { source: { repo: string } };
    expect(manifest.source.repo).toBe(`${OWNER}/${NAME}`);
  });
});
