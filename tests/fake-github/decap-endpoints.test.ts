// What the fake GitHub added for Decap CMS's GitHub backend (tests/cms/github-backend.test.ts
// drives the real thing in Chromium): the legacy `GET git/refs/{ref}` alias, CORS for a
// browser on another origin, `repos/list-commits`, `users/get-by-username`, and comparisons
// whose base and head are a branch and a sha (`compare/main...<sha>`), the way Decap calls them.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { git } from './git.ts';
import { createTestOctokit, startFakeGitHub, type FakeGitHub, type TestOctokitInstance } from './index.ts';

const repo = { owner: 'pn-contoh', repo: 'situs' };
let fake: FakeGitHub;
let ani: TestOctokitInstance;
let mainSha: string;

/** A request the way Decap's backend sends it: fetch, `token` auth, JSON content type, unencoded slashes. */
function decapFetch(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${fake.url}${path}`, {
    ...init,
    headers: { Authorization: `token ${fake.tokenFor('ani')}`, 'Content-Type': 'application/json; charset=utf-8', ...init.headers },
  });
}

/** Creates `branch` at a new commit on top of main that adds `path`; returns the commit sha. */
async function branchWithFile(branch: string, path: string, content: string, who: TestOctokitInstance = ani): Promise<string> {
  const base = await who.rest.git.getCommit({ ...repo, commit_sha: mainSha });
  const tree = await who.rest.git.createTree({ ...repo, base_tree: base.data.tree.sha, tree: [{ path, mode: '100644', type: 'blob', content }] });
  const commit = await who.rest.git.createCommit({ ...repo, message: `Tambah ${path}`, tree: tree.data.sha, parents: [mainSha] });
  await who.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: commit.data.sha });
  return commit.data.sha;
}

beforeAll(async () => {
  fake = await startFakeGitHub({
    ...repo,
    files: { 'README.md': '# Situs\n', 'content/berita/lama.md': '---\njudul: Lama\n---\nIsi lama.\n' },
    users: [{ login: 'ani' }, { login: 'budi' }],
  });
  ani = createTestOctokit({ baseUrl: fake.url, token: fake.tokenFor('ani') }).octokit;
  mainSha = (await git(fake.dir, ['rev-parse', 'refs/heads/main'])).trim();
}, 30_000);

afterEach(() => fake.assertNoViolations());
afterAll(async () => fake.close());

describe('GET git/refs/{ref}: undocumented, answered as a documented operation', () => {
  it('answers an exact match with one reference, validated as git/get-ref, and notes the alias', async () => {
    const before = fake.requests.length;
    const response = await decapFetch('/repos/pn-contoh/situs/git/refs/heads/main');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ref: 'refs/heads/main', object: { type: 'commit', sha: mainSha } });
    expect(fake.requests.slice(before)).toMatchObject([
      { method: 'GET', path: '/repos/pn-contoh/situs/git/refs/heads/main', operationId: 'git/get-ref', status: 200 },
    ]);
    expect(fake.requests.at(-1)?.alias).toBe('/repos/pn-contoh/situs/git/ref/heads%2Fmain');
    expect(fake.notes.at(-1)).toBe('alias: GET /repos/pn-contoh/situs/git/refs/heads/main → git/get-ref (/repos/pn-contoh/situs/git/ref/heads%2Fmain)');
  });

  it('answers a prefix of existing refs with an array, validated as git/list-matching-refs', async () => {
    const a = await branchWithFile('cms/berita/a', 'content/berita/a.md', 'a\n');
    const b = await branchWithFile('cms/berita/b', 'content/berita/b.md', 'b\n');
    // Decap's open-authoring read: the refs under a folder, slashes unencoded.
    const response = await decapFetch('/repos/pn-contoh/situs/git/refs/heads/cms/berita');
    expect(response.status).toBe(200);
    const refs = (await response.json()) as Array<{ ref: string; object: { sha: string } }>;
    expect(refs.map((r) => [r.ref, r.object.sha])).toEqual([
      ['refs/heads/cms/berita/a', a],
      ['refs/heads/cms/berita/b', b],
    ]);
    expect(fake.requests.at(-1)).toMatchObject({ operationId: 'git/list-matching-refs', alias: '/repos/pn-contoh/situs/git/matching-refs/heads%2Fcms%2Fberita' });
    // An exact match wins over longer refs that start with it; percent-encoded slashes work too.
    const exact = await decapFetch('/repos/pn-contoh/situs/git/refs/heads%2Fcms%2Fberita%2Fa');
    expect(await exact.json()).toMatchObject({ ref: 'refs/heads/cms/berita/a', object: { sha: a } });
    expect(fake.requests.at(-1)?.operationId).toBe('git/get-ref');
  });

  it('answers 404 when no ref matches, as git/get-ref documents it', async () => {
    const response = await decapFetch('/repos/pn-contoh/situs/git/refs/meta/_decap_cms');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ message: 'Not Found' });
    expect(fake.requests.at(-1)).toMatchObject({ operationId: 'git/get-ref', status: 404 });
    // 404 is documented for git/get-ref: only the alias is noted, no undocumented status.
    expect(fake.notes.at(-1)).toMatch(/^alias: GET \/repos\/pn-contoh\/situs\/git\/refs\/meta\/_decap_cms → git\/get-ref/);
  });

  it('validates the aliased answer against the documented operation', async () => {
    fake.corruptNextResponse((body) => ({ ...(body as object), object: { type: 'commit', sha: 42 } }), { operationId: 'git/get-ref' });
    expect((await decapFetch('/repos/pn-contoh/situs/git/refs/heads/main')).status).toBe(500);
    fake.corruptNextResponse((body) => [...(body as object[]), { ref: 7 }], { operationId: 'git/list-matching-refs' });
    expect((await decapFetch('/repos/pn-contoh/situs/git/refs/heads/cms/')).status).toBe(500);
    const violations = fake.takeViolations();
    expect(violations.map((v) => [v.kind, v.operationId, v.path])).toEqual([
      ['invalid-response', 'git/get-ref', '/repos/pn-contoh/situs/git/refs/heads/main'],
      ['invalid-response', 'git/list-matching-refs', '/repos/pn-contoh/situs/git/refs/heads/cms/'],
    ]);
    expect(violations[0]?.errors.join()).toContain('/object/sha');
  });

  it('leaves the documented PATCH and DELETE on git/refs/{ref} alone', async () => {
    const sha = await branchWithFile('cms/berita/hapus', 'content/berita/hapus.md', 'hapus\n');
    const notes = fake.notes.length;
    const patched = await decapFetch('/repos/pn-contoh/situs/git/refs/heads/cms%2Fberita%2Fhapus', {
      method: 'PATCH',
      body: JSON.stringify({ sha, force: false }),
    });
    expect(patched.status).toBe(200);
    expect((await decapFetch('/repos/pn-contoh/situs/git/refs/heads/cms%2Fberita%2Fhapus', { method: 'DELETE' })).status).toBe(204);
    expect(fake.requests.slice(-2).map((r) => [r.operationId, r.alias])).toEqual([
      ['git/update-ref', undefined],
      ['git/delete-ref', undefined],
    ]);
    expect(fake.notes.length).toBe(notes);
  });
});

describe('CORS, as api.github.com answers a browser on another origin', () => {
  it('answers the preflight without touching the API, and exposes the headers clients read', async () => {
    const before = fake.requests.length;
    const preflight = await fetch(`${fake.url}/repos/pn-contoh/situs/git/refs`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:4321', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization, Content-Type/);
    expect(fake.requests.length).toBe(before);

    const response = await decapFetch('/repos/pn-contoh/situs', { headers: { origin: 'http://127.0.0.1:4321' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toMatch(/\bLink\b.*\bX-RateLimit-Reset\b/);
  });
});

describe('repos/list-commits', () => {
  it('lists a branch’s commits that touch a path, newest first, with the account behind each', async () => {
    const first = await branchWithFile('cms/berita/riwayat', 'content/berita/riwayat.md', 'satu\n');
    const tree = await ani.rest.git.createTree({
      ...repo,
      base_tree: (await ani.rest.git.getCommit({ ...repo, commit_sha: first })).data.tree.sha,
      tree: [{ path: 'content/berita/riwayat.md', mode: '100644', type: 'blob', content: 'dua\n' }],
    });
    const budi = createTestOctokit({ baseUrl: fake.url, token: fake.tokenFor('budi') }).octokit;
    const second = await budi.rest.git.createCommit({ ...repo, message: 'Ubah riwayat', tree: tree.data.sha, parents: [first] });
    await ani.rest.git.updateRef({ ...repo, ref: 'heads/cms/berita/riwayat', sha: second.data.sha });

    // Decap's call: the newest commit of one entry on the branch (`?path=…&sha=…`).
    const response = await decapFetch(`/repos/pn-contoh/situs/commits?path=${encodeURIComponent('content/berita/riwayat.md')}&sha=cms/berita/riwayat`);
    expect(response.status).toBe(200);
    const commits = (await response.json()) as Array<{ sha: string; author: { login: string } | null; commit: { author: { name: string; date: string } } }>;
    expect(commits.map((c) => [c.sha, c.author?.login, c.commit.author.name])).toEqual([
      [second.data.sha, 'budi', 'budi'],
      [first, 'ani', 'ani'],
    ]);

    // Default branch, other paths, the seed commit's unknown author, author filter, pages.
    const onMain = await ani.rest.repos.listCommits({ ...repo, path: 'content/berita/lama.md' });
    expect(onMain.data.map((c) => [c.sha, c.author])).toEqual([[mainSha, null]]);
    const byBudi = await ani.rest.repos.listCommits({ ...repo, sha: 'cms/berita/riwayat', author: 'budi' });
    expect(byBudi.data.map((c) => c.sha)).toEqual([second.data.sha]);
    const page2 = await ani.rest.repos.listCommits({ ...repo, sha: 'cms/berita/riwayat', per_page: 1, page: 2 });
    expect(page2.data.map((c) => c.sha)).toEqual([first]);
    expect(page2.headers.link).toContain('rel="prev"');
    const none = await ani.rest.repos.listCommits({ ...repo, path: 'tidak/ada.md' });
    expect(none.data).toEqual([]);
    await expect(ani.rest.repos.listCommits({ ...repo, sha: 'tidak-ada' })).rejects.toMatchObject({ status: 404 });
  });
});

describe('users/get-by-username', () => {
  it('answers the fake’s users and the repository owner; anyone else is 404', async () => {
    const user = await ani.rest.users.getByUsername({ username: 'budi' });
    expect(user.data).toMatchObject({ login: 'budi', type: 'User', name: 'budi', user_view_type: 'public' });
    const owner = await ani.rest.users.getByUsername({ username: 'PN-Contoh' });
    expect(owner.data.login).toBe('pn-contoh');
    await expect(ani.rest.users.getByUsername({ username: 'orang-lain' })).rejects.toMatchObject({ status: 404 });
  });
});

describe('repos/compare-commits with a branch and a sha', () => {
  it('reads base and head from `{base}...{head}` itself (openapi-backend splits that segment wrongly)', async () => {
    const head = await branchWithFile('cms/berita/banding', 'content/berita/banding.md', 'banding\n');
    // Decap's call after saving a draft: the default branch against the pull request's head sha.
    const response = await decapFetch(`/repos/pn-contoh/situs/compare/main...${head}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; ahead_by: number; base_commit: { sha: string }; files: Array<{ filename: string; status: string }> };
    expect(body).toMatchObject({ status: 'ahead', ahead_by: 1, base_commit: { sha: mainSha } });
    expect(body.files.map((f) => [f.filename, f.status])).toEqual([['content/berita/banding.md', 'added']]);
    const octokit = await ani.rest.repos.compareCommits({ ...repo, base: head, head: 'main' });
    expect(octokit.data).toMatchObject({ status: 'behind', behind_by: 1 });
  });
});
