// The fake GitHub over real HTTP, driven by @octokit/rest with the retry and throttling plugins.
// Every request and response is validated against GitHub's OpenAPI description; afterEach fails
// the test on any violation that the test did not provoke and take on purpose.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { git } from './git.ts';
import { createTestOctokit, startFakeGitHub, type FakeGitHub, type TestOctokitInstance } from './index.ts';

const repo = { owner: 'pn-contoh', repo: 'situs' };
let fake: FakeGitHub;
let operator: TestOctokitInstance;
let redaktur: TestOctokitInstance;
let gateBot: TestOctokitInstance;

beforeAll(async () => {
  fake = await startFakeGitHub({
    ...repo,
    files: { 'README.md': '# Situs\n', 'content/berita/lama.md': '---\njudul: Lama\n---\nIsi lama.\n' },
    users: [{ login: 'operator' }, { login: 'redaktur' }, { login: 'laman-gate[bot]', type: 'Bot' }],
  });
  operator = createTestOctokit({ baseUrl: fake.url, token: fake.tokenFor('operator') }).octokit;
  redaktur = createTestOctokit({ baseUrl: fake.url, token: fake.tokenFor('redaktur') }).octokit;
  gateBot = createTestOctokit({ baseUrl: fake.url, token: fake.tokenFor('laman-gate[bot]') }).octokit;
}, 30_000);

afterEach(() => fake.assertNoViolations());
afterAll(async () => {
  if (process.env.FAKE_GITHUB_TIMINGS) {
    const byOp = new Map<string, number[]>();
    for (const r of fake.requests) byOp.set(r.operationId ?? '?', [...(byOp.get(r.operationId ?? '?') ?? []), r.ms]);
    for (const [op, ms] of byOp) console.log(op, ms.length, Math.max(...ms), ms.reduce((a, b) => a + b, 0));
  }
  await fake.close();
});

function requestsFor(operationId: string, since = 0) {
  return fake.requests.slice(since).filter((r) => r.operationId === operationId);
}

/** Creates branch `branch` with `files` on top of main through the git data API; returns the commit sha. */
async function commitOnBranch(branch: string, files: Record<string, string>, message: string): Promise<string> {
  const main = await operator.rest.git.getRef({ ...repo, ref: 'heads/main' });
  const parent = await operator.rest.git.getCommit({ ...repo, commit_sha: main.data.object.sha });
  const tree = [];
  for (const [path, content] of Object.entries(files)) {
    const blob = await operator.rest.git.createBlob({ ...repo, content: Buffer.from(content).toString('base64'), encoding: 'base64' });
    tree.push({ path, mode: '100644' as const, type: 'blob' as const, sha: blob.data.sha });
  }
  const newTree = await operator.rest.git.createTree({ ...repo, base_tree: parent.data.tree.sha, tree });
  const commit = await operator.rest.git.createCommit({
    ...repo,
    message,
    tree: newTree.data.sha,
    parents: [parent.data.sha],
  });
  await operator.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: commit.data.sha });
  return commit.data.sha;
}

describe('validation against the OpenAPI description', () => {
  it('loads the description once and reports the cost', () => {
    expect(fake.descriptionLoadMs).toBeGreaterThan(0);
    expect(fake.descriptionLoadMs).toBeLessThan(15_000);
  });

  it('rejects and records an operation the description does not know', async () => {
    await expect(operator.request('GET /repos/{owner}/{repo}/frobnicate', repo)).rejects.toMatchObject({ status: 404 });
    const response = await fetch(`${fake.url}/totally/unknown`, { headers: { authorization: 'token x' } });
    expect(response.status).toBe(404);
    const violations = fake.takeViolations();
    expect(violations.map((v) => v.kind)).toEqual(['unknown-operation', 'unknown-operation']);
    expect(violations[0]?.path).toBe('/repos/pn-contoh/situs/frobnicate');
  });

  it('rejects and records a request body of the wrong type', async () => {
    const main = await operator.rest.git.getRef({ ...repo, ref: 'heads/main' });
    // `as string` opts out of octokit's typed routes: these bodies are wrong on purpose.
    await expect(
      operator.request('POST /repos/{owner}/{repo}/git/refs' as string, { ...repo, ref: 'refs/heads/salah', sha: 12345 }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      operator.request('POST /repos/{owner}/{repo}/git/blobs' as string, { ...repo, konten: 'missing the required content' }),
    ).rejects.toMatchObject({ status: 422 });
    const violations = fake.takeViolations();
    expect(violations).toHaveLength(2);
    expect(violations[0]).toMatchObject({ kind: 'invalid-request', operationId: 'git/create-ref' });
    expect(violations[0]?.errors.join()).toContain('/requestBody/sha');
    expect(violations[1]?.errors.join()).toContain('content');
    // Nothing was created: the invalid request never reached git.
    await expect(operator.rest.git.getRef({ ...repo, ref: 'heads/salah' })).rejects.toMatchObject({ status: 404 });
    expect(main.data.object.sha).toMatch(/^[0-9a-f]{40}$/);
  });

  it('rejects and records a query parameter the operation does not declare', async () => {
    await expect(operator.request('GET /repos/{owner}/{repo}/pulls', { ...repo, sembarang: 'ya' })).rejects.toMatchObject({
      status: 422,
    });
    expect(fake.takeViolations()).toMatchObject([{ kind: 'invalid-request', operationId: 'pulls/list' }]);
  });

  it('catches a response that breaks the description (test hook corrupts it)', async () => {
    fake.corruptNextResponse((body) => ({ ...(body as object), object: { type: 'commit', sha: 42 } }), {
      operationId: 'git/get-ref',
    });
    await expect(operator.rest.git.getRef({ ...repo, ref: 'heads/main', request: { retries: 0 } })).rejects.toMatchObject({
      status: 500,
    });
    fake.corruptNextResponse(
      (body) => {
        const { node_id: _dropped, ...rest } = body as Record<string, unknown>;
        return rest;
      },
      { operationId: 'repos/get' },
    );
    await expect(operator.rest.repos.get({ ...repo, request: { retries: 0 } })).rejects.toMatchObject({ status: 500 });
    const violations = fake.takeViolations();
    expect(violations.map((v) => [v.kind, v.operationId])).toEqual([
      ['invalid-response', 'git/get-ref'],
      ['invalid-response', 'repos/get'],
    ]);
    expect(violations[0]?.errors.join()).toContain('/object/sha');
    expect(violations[1]?.errors.join()).toContain('node_id');
  });

  it('answers unknown tokens with 401 like GitHub (not a violation)', async () => {
    const stranger = createTestOctokit({ baseUrl: fake.url, token: 'nobody' }).octokit;
    await expect(stranger.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 401 });
  });
});

describe('a pull request from branch to merge', () => {
  it('git data → pull request → files, labels, events, status, comments → merge', { timeout: 20_000 }, async () => {
    const user = await operator.rest.users.getAuthenticated();
    expect(user.data.login).toBe('operator');
    const repository = await operator.rest.repos.get(repo);
    expect(repository.data.default_branch).toBe('main');

    // Branch with a new file, built from blob, tree, commit and ref.
    const headSha = await commitOnBranch(
      'cms/berita/baru',
      { 'content/berita/baru.md': '---\njudul: Baru\n---\nIsi baru.\n' },
      'Create Berita "baru"',
    );
    const branchTree = await operator.rest.git.getTree({ ...repo, tree_sha: headSha, recursive: 'true' });
    expect(branchTree.data.tree.map((e) => e.path)).toEqual(
      expect.arrayContaining(['content', 'content/berita', 'content/berita/baru.md', 'content/berita/lama.md']),
    );
    const folder = await operator.rest.git.getTree({ ...repo, tree_sha: 'cms/berita/baru:content/berita' });
    expect(folder.data.tree.map((e) => e.path)).toEqual(['baru.md', 'lama.md']);
    const matching = await operator.rest.git.listMatchingRefs({ ...repo, ref: 'heads/cms/' });
    expect(matching.data.map((r) => r.ref)).toEqual(['refs/heads/cms/berita/baru']);

    // Pull request and its files.
    const created = await operator.rest.pulls.create({ ...repo, title: 'Berita baru', head: 'cms/berita/baru', base: 'main' });
    const pull_number = created.data.number;
    expect(created.data.head.sha).toBe(headSha);
    const listed = await operator.rest.pulls.list({ ...repo, state: 'open' });
    expect(listed.data.map((p) => p.number)).toEqual([pull_number]);
    const files = await operator.rest.pulls.listFiles({ ...repo, pull_number });
    expect(files.data).toMatchObject([{ filename: 'content/berita/baru.md', status: 'added', additions: 4, deletions: 0 }]);
    const got = await operator.rest.pulls.get({ ...repo, pull_number });
    expect(got.data).toMatchObject({ mergeable: true, changed_files: 1, commits: 1, merged: false });

    // Labels: more than 100 events, each with its actor.
    await operator.rest.issues.addLabels({ ...repo, issue_number: pull_number, labels: ['review/operator'] });
    const many = Array.from({ length: 60 }, (_, i) => `uji/${String(i).padStart(2, '0')}`);
    await redaktur.rest.issues.addLabels({ ...repo, issue_number: pull_number, labels: many });
    await redaktur.rest.issues.setLabels({ ...repo, issue_number: pull_number, labels: ['review/operator', 'review/redaktur'] });
    const afterRemove = await gateBot.rest.issues.removeLabel({ ...repo, issue_number: pull_number, name: 'review/redaktur' });
    expect(afterRemove.data.map((l) => l.name)).toEqual(['review/operator']);
    const onIssue = await operator.rest.issues.listLabelsOnIssue({ ...repo, issue_number: pull_number });
    expect(onIssue.data.map((l) => l.name)).toEqual(['review/operator']);

    const before = fake.requests.length;
    const events = await operator.paginate(operator.rest.issues.listEvents, { ...repo, issue_number: pull_number, per_page: 100 });
    expect(requestsFor('issues/list-events', before)).toHaveLength(2);
    // 1 + 60 labeled, 60 unlabeled + 1 labeled (set), 1 unlabeled (remove)
    expect(events).toHaveLength(123);
    expect(events[0]).toMatchObject({ event: 'labeled', actor: { login: 'operator' }, label: { name: 'review/operator' } });
    expect(events.at(-1)).toMatchObject({ event: 'unlabeled', actor: { login: 'laman-gate[bot]', type: 'Bot' } });
    expect(events.filter((e) => e.event === 'unlabeled')).toHaveLength(61);

    // Link header on a middle page.
    const page2 = await operator.rest.issues.listEvents({ ...repo, issue_number: pull_number, per_page: 50, page: 2 });
    expect(page2.data).toHaveLength(50);
    const link = page2.headers.link ?? '';
    for (const [rel, page] of [['prev', 1], ['next', 3], ['last', 3], ['first', 1]] as const) {
      expect(link).toContain(`per_page=50&page=${page}>; rel="${rel}"`);
    }

    // Commit status and the combined status.
    await gateBot.rest.repos.createCommitStatus({ ...repo, sha: headSha, state: 'pending', context: 'laman/editorial', description: 'Menunggu Redaktur' });
    await gateBot.rest.repos.createCommitStatus({ ...repo, sha: headSha, state: 'success', context: 'laman/editorial', description: 'Rantai lengkap' });
    await gateBot.rest.repos.createCommitStatus({ ...repo, sha: headSha, state: 'success', context: 'ci' });
    const combined = await operator.rest.repos.getCombinedStatusForRef({ ...repo, ref: 'cms/berita/baru' });
    expect(combined.data).toMatchObject({ state: 'success', sha: headSha, total_count: 2 });
    expect(combined.data.statuses.find((s) => s.context === 'laman/editorial')?.description).toBe('Rantai lengkap');
    const statuses = await operator.rest.repos.listCommitStatusesForRef({ ...repo, ref: headSha });
    expect(statuses.data).toHaveLength(3);

    // A sticky comment: post, then update.
    const comment = await gateBot.rest.issues.createComment({ ...repo, issue_number: pull_number, body: '<!-- laman-gate -->\n- [ ] Redaktur' });
    await gateBot.rest.issues.updateComment({ ...repo, comment_id: comment.data.id, body: '<!-- laman-gate -->\n- [x] Redaktur' });
    const comments = await operator.rest.issues.listComments({ ...repo, issue_number: pull_number });
    expect(comments.data).toHaveLength(1);
    expect(comments.data[0]).toMatchObject({ body: '<!-- laman-gate -->\n- [x] Redaktur', user: { login: 'laman-gate[bot]' } });

    // Merge: the default branch really contains the file afterwards.
    const merged = await operator.rest.pulls.merge({ ...repo, pull_number, sha: headSha });
    expect(merged.data.merged).toBe(true);
    expect(await git(fake.dir, ['show', 'main:content/berita/baru.md'])).toBe('---\njudul: Baru\n---\nIsi baru.\n');
    expect((await git(fake.dir, ['rev-parse', 'main^2'])).trim()).toBe(headSha);
    const after = await operator.rest.pulls.get({ ...repo, pull_number });
    expect(after.data).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: merged.data.sha, merged_by: { login: 'operator' } });
    await expect(operator.rest.pulls.merge({ ...repo, pull_number })).rejects.toMatchObject({ status: 405 });

    // Delete the branch, as Decap does after publishing.
    await operator.rest.git.deleteRef({ ...repo, ref: 'heads/cms/berita/baru' });
    await expect(operator.rest.git.getRef({ ...repo, ref: 'heads/cms/berita/baru' })).rejects.toMatchObject({ status: 404 });
  });

  it('refuses a non-fast-forward ref update unless forced', async () => {
    const first = await commitOnBranch('cabang-a', { 'a.txt': 'a\n' }, 'a');
    const main = await operator.rest.git.getRef({ ...repo, ref: 'heads/main' });
    const other = await operator.rest.git.createCommit({
      ...repo,
      message: 'b',
      tree: (await operator.rest.git.getCommit({ ...repo, commit_sha: main.data.object.sha })).data.tree.sha,
      parents: [main.data.object.sha],
    });
    await expect(operator.rest.git.updateRef({ ...repo, ref: 'heads/cabang-a', sha: other.data.sha })).rejects.toMatchObject({
      status: 422,
    });
    const forced = await operator.rest.git.updateRef({ ...repo, ref: 'heads/cabang-a', sha: other.data.sha, force: true });
    expect(forced.data.object.sha).toBe(other.data.sha);
    expect(first).not.toBe(other.data.sha);
  });

  it('reads and writes files through the contents API', async () => {
    const createdFile = await operator.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'content/pengumuman/libur.md',
      message: 'Tambah pengumuman',
      content: Buffer.from('Libur nasional.\n').toString('base64'),
      branch: 'main',
    });
    expect(createdFile.status).toBe(201);
    const read = await operator.rest.repos.getContent({ ...repo, path: 'content/pengumuman/libur.md' });
    const file = read.data as { content: string; sha: string; type: string };
    expect(file.type).toBe('file');
    expect(Buffer.from(file.content, 'base64').toString('utf8')).toBe('Libur nasional.\n');
    const updated = await operator.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'content/pengumuman/libur.md',
      message: 'Ubah pengumuman',
      content: Buffer.from('Libur nasional (diubah).\n').toString('base64'),
      sha: file.sha,
    });
    expect(updated.status).toBe(200);
    await expect(
      operator.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'content/pengumuman/libur.md',
        message: 'Tanpa sha',
        content: Buffer.from('x').toString('base64'),
      }),
    ).rejects.toMatchObject({ status: 409 });
    const dir = await operator.rest.repos.getContent({ ...repo, path: 'content' });
    expect((dir.data as Array<{ name: string }>).map((e) => e.name)).toEqual(['berita', 'pengumuman']);
    expect(await git(fake.dir, ['show', 'main:content/pengumuman/libur.md'])).toBe('Libur nasional (diubah).\n');
  });
});

describe('repository settings the gate manages', () => {
  it('creates, updates and lists labels and rulesets', async () => {
    await operator.rest.issues.createLabel({ ...repo, name: 'review/ketua', color: 'b60205', description: 'Menunggu Ketua' });
    await expect(operator.rest.issues.createLabel({ ...repo, name: 'review/ketua' })).rejects.toMatchObject({ status: 422 });
    await operator.rest.issues.updateLabel({ ...repo, name: 'review/ketua', color: 'd93f0b' });
    const labels = await operator.paginate(operator.rest.issues.listLabelsForRepo, { ...repo, per_page: 100 });
    expect(labels.find((l) => l.name === 'review/ketua')).toMatchObject({ color: 'd93f0b', description: 'Menunggu Ketua' });

    const ruleset = await operator.rest.repos.createRepoRuleset({
      ...repo,
      name: 'laman',
      target: 'branch',
      enforcement: 'active',
      bypass_actors: [],
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
      rules: [
        { type: 'pull_request', parameters: { required_approving_review_count: 0, dismiss_stale_reviews_on_push: true, require_code_owner_review: false, require_last_push_approval: false, required_review_thread_resolution: false } },
        { type: 'required_status_checks', parameters: { strict_required_status_checks_policy: false, required_status_checks: [{ context: 'laman/editorial' }] } },
      ],
    });
    expect(ruleset.data.rules).toHaveLength(2);
    await operator.rest.repos.updateRepoRuleset({ ...repo, ruleset_id: ruleset.data.id, enforcement: 'evaluate' });
    const list = await operator.rest.repos.getRepoRulesets(repo);
    expect(list.data).toMatchObject([{ id: ruleset.data.id, name: 'laman', enforcement: 'evaluate' }]);
    const one = await operator.rest.repos.getRepoRuleset({ ...repo, ruleset_id: ruleset.data.id });
    expect(one.data.bypass_actors).toEqual([]);
  });
});

describe('rate limits and server errors', () => {
  it('octokit waits out a primary rate limit and succeeds; the fake records every attempt', { timeout: 15_000 }, async () => {
    const { octokit, limits } = createTestOctokit({ baseUrl: fake.url, token: fake.tokenFor('operator') });
    const since = fake.requests.length;
    fake.failNext(2, 'rate-limit', { operationId: 'repos/get' });
    const response = await octokit.rest.repos.get(repo);
    expect(response.status).toBe(200);
    expect(requestsFor('repos/get', since).map((r) => [r.status, r.injected])).toEqual([
      [403, 'rate-limit'],
      [403, 'rate-limit'],
      [200, undefined],
    ]);
    expect(limits.map((l) => [l.kind, l.retryCount])).toEqual([
      ['rate-limit', 0],
      ['rate-limit', 1],
    ]);
  });

  it('octokit retries a secondary rate limit and 502s, then succeeds', async () => {
    const { octokit, limits } = createTestOctokit({ baseUrl: fake.url, token: fake.tokenFor('operator') });
    const since = fake.requests.length;
    fake.failNext(1, 'secondary-rate-limit', { operationId: 'issues/list-labels-for-repo' });
    fake.failNext(2, 'server-error', { operationId: 'issues/list-labels-for-repo' });
    const response = await octokit.rest.issues.listLabelsForRepo(repo);
    expect(response.status).toBe(200);
    expect(requestsFor('issues/list-labels-for-repo', since).map((r) => r.status)).toEqual([403, 502, 502, 200]);
    expect(limits.map((l) => l.kind)).toEqual(['secondary-rate-limit']);
  });

  it('gives up after its retries: an error, never a false success', async () => {
    const { octokit } = createTestOctokit({ baseUrl: fake.url, token: fake.tokenFor('operator'), retries: 2 });
    const since = fake.requests.length;
    fake.failNext(5, 'server-error', { operationId: 'pulls/list' });
    await expect(octokit.rest.pulls.list(repo)).rejects.toMatchObject({ status: 502 });
    expect(requestsFor('pulls/list', since)).toHaveLength(3);
    // The two faults left are retried away by the next call.
    await expect(octokit.rest.pulls.list(repo)).resolves.toMatchObject({ status: 200 });
  });
});

describe('the push log, teams and comment deletion the gate relies on', () => {
  it('records every ref update with the server time, force pushes as such, newest first', async () => {
    const first = await commitOnBranch('cabang-log', { 'content/berita/log.md': '---\njudul: Log\n---\n' }, 'Log 1');
    const main = await operator.rest.git.getRef({ ...repo, ref: 'heads/main' });
    const forced = await operator.rest.git.updateRef({ ...repo, ref: 'heads/cabang-log', sha: main.data.object.sha, force: true });
    const log = await redaktur.paginate(redaktur.rest.repos.listActivities, { ...repo, ref: 'cabang-log', per_page: 1 });
    expect(log.map((a) => [a.activity_type, a.before.slice(0, 7), a.after.slice(0, 7), a.actor?.login])).toEqual([
      ['force_push', first.slice(0, 7), forced.data.object.sha.slice(0, 7), 'operator'],
      ['branch_creation', '0000000', first.slice(0, 7), 'operator'],
    ]);
    expect(Date.parse(log[0]!.timestamp)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('lists the members of a team and answers 404 for an unknown team', async () => {
    const withTeams = await startFakeGitHub({ ...repo, users: [{ login: 'operator' }], teams: { 'pengadilan/Redaktur': ['budi', 'rara'] } });
    try {
      const client = createTestOctokit({ baseUrl: withTeams.url, token: withTeams.tokenFor('operator') }).octokit;
      const members = await client.paginate(client.rest.teams.listMembersInOrg, { org: 'pengadilan', team_slug: 'redaktur' });
      expect(members.map((m) => m.login)).toEqual(['budi', 'rara']);
      await expect(client.rest.teams.listMembersInOrg({ org: 'pengadilan', team_slug: 'ketua' })).rejects.toMatchObject({ status: 404 });
      withTeams.assertNoViolations();
    } finally {
      await withTeams.close();
    }
  });

  it('deletes a comment once; a second delete is 404', async () => {
    await commitOnBranch('cabang-komentar', { 'content/berita/komentar.md': '---\njudul: K\n---\n' }, 'K');
    const pr = await operator.rest.pulls.create({ ...repo, title: 'Komentar', head: 'cabang-komentar', base: 'main' });
    const comment = await gateBot.rest.issues.createComment({ ...repo, issue_number: pr.data.number, body: 'sementara' });
    await gateBot.rest.issues.deleteComment({ ...repo, comment_id: comment.data.id });
    await expect(gateBot.rest.issues.deleteComment({ ...repo, comment_id: comment.data.id })).rejects.toMatchObject({ status: 404 });
    const left = await operator.paginate(operator.rest.issues.listComments, { ...repo, issue_number: pr.data.number });
    expect(left.map((c) => c.id)).not.toContain(comment.data.id);
  });
});

describe('issues created through the API (incidents, maintenance windows, reminders)', () => {
  it('creates, reads, edits, closes and reopens an issue; numbers are shared with pull requests', async () => {
    await commitOnBranch('cabang-isu', { 'content/berita/isu.md': '---\njudul: Isu\n---\n' }, 'Isu');
    const pr = await operator.rest.pulls.create({ ...repo, title: 'Isu', head: 'cabang-isu', base: 'main' });
    const created = await gateBot.rest.issues.create({
      ...repo,
      title: '[Insiden] Situs tidak dapat diakses',
      body: 'Isi awal',
      labels: ['insiden', { name: 'insiden:ketersediaan' }],
    });
    expect(created.status).toBe(201);
    expect(created.data.number).toBe(pr.data.number + 1);
    expect(created.data).toMatchObject({
      state: 'open',
      closed_at: null,
      user: { login: 'laman-gate[bot]', type: 'Bot' },
      labels: [{ name: 'insiden' }, { name: 'insiden:ketersediaan' }],
    });
    expect(created.data.pull_request).toBeUndefined();
    expect(fake.state.issues.get(created.data.number)?.events.map((e) => [e.event, e.label.name])).toEqual([
      ['labeled', 'insiden'],
      ['labeled', 'insiden:ketersediaan'],
    ]);

    const edited = await operator.rest.issues.update({ ...repo, issue_number: created.data.number, title: 'Judul diubah', body: 'Isi baru', labels: ['insiden'] });
    expect(edited.data).toMatchObject({ title: 'Judul diubah', body: 'Isi baru', labels: [{ name: 'insiden' }] });

    const closed = await gateBot.rest.issues.update({ ...repo, issue_number: created.data.number, state: 'closed', state_reason: 'completed' });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed', closed_by: { login: 'laman-gate[bot]' } });
    expect(Date.parse(closed.data.closed_at ?? '')).toBeGreaterThan(Date.now() - 60_000);
    const got = await redaktur.rest.issues.get({ ...repo, issue_number: created.data.number });
    expect(got.data).toMatchObject({ title: 'Judul diubah', state: 'closed' });

    const reopened = await operator.rest.issues.update({ ...repo, issue_number: created.data.number, state: 'open' });
    expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null, closed_by: null });

    // A pull request read as an issue carries the pull_request key.
    const prAsIssue = await operator.rest.issues.get({ ...repo, issue_number: pr.data.number });
    expect(prAsIssue.data.pull_request?.url).toContain(`/pulls/${pr.data.number}`);
    await expect(operator.rest.issues.get({ ...repo, issue_number: 9999 })).rejects.toMatchObject({ status: 404 });
  });

  it('lists by state, labels (all must match), since, sort and direction, paginated; pull requests included', async () => {
    const numbers: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const labels = i % 2 === 0 ? ['pemeliharaan', 'penting'] : ['pemeliharaan'];
      const issue = await operator.rest.issues.create({ ...repo, title: `Jendela ${i}`, labels });
      numbers.push(issue.data.number);
    }
    await operator.rest.issues.update({ ...repo, issue_number: numbers[1]!, state: 'closed', state_reason: 'not_planned' });

    const open = await operator.paginate(operator.rest.issues.listForRepo, { ...repo, labels: 'pemeliharaan', per_page: 2 });
    expect(open.map((i) => i.number)).toEqual([numbers[4], numbers[3], numbers[2], numbers[0]]);
    const both = await operator.paginate(operator.rest.issues.listForRepo, { ...repo, labels: 'PEMELIHARAAN,penting', state: 'all', direction: 'asc' });
    expect(both.map((i) => i.number)).toEqual([numbers[0], numbers[2], numbers[4]]);
    const closed = await operator.rest.issues.listForRepo({ ...repo, labels: 'pemeliharaan', state: 'closed' });
    expect(closed.data.map((i) => [i.number, i.state_reason])).toEqual([[numbers[1], 'not_planned']]);

    // Touch one issue; sort by updated puts it first, `since` keeps only what changed after.
    const cut = new Date(Date.now() + 1000);
    fake.state.issues.get(numbers[0]!)!.updated_at = new Date(cut.getTime() + 5000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const byUpdate = await operator.rest.issues.listForRepo({ ...repo, labels: 'pemeliharaan', sort: 'updated' });
    expect(byUpdate.data[0]?.number).toBe(numbers[0]);
    const since = await operator.rest.issues.listForRepo({ ...repo, state: 'all', since: cut.toISOString() });
    expect(since.data.map((i) => i.number)).toEqual([numbers[0]]);

    const everything = await operator.paginate(operator.rest.issues.listForRepo, { ...repo, state: 'all', per_page: 100 });
    expect(everything.some((i) => i.pull_request !== undefined)).toBe(true);
    expect(everything.some((i) => i.pull_request === undefined)).toBe(true);
  });

  it('lists the comments of every issue in the repository', async () => {
    const issue = await operator.rest.issues.create({ ...repo, title: 'Komentar repo' });
    const first = await gateBot.rest.issues.createComment({ ...repo, issue_number: issue.data.number, body: 'satu' });
    const second = await gateBot.rest.issues.createComment({ ...repo, issue_number: issue.data.number, body: 'dua' });
    const all = await operator.paginate(operator.rest.issues.listCommentsForRepo, { ...repo, per_page: 100 });
    const ids = all.map((c) => c.id);
    expect(ids.indexOf(first.data.id)).toBeLessThan(ids.indexOf(second.data.id));
    expect(all.find((c) => c.id === first.data.id)?.html_url).toContain(`/issues/${issue.data.number}#issuecomment-`);
    const got = await operator.rest.issues.get({ ...repo, issue_number: issue.data.number });
    expect(got.data.comments).toBe(2);
  });
});
