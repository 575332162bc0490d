// Decap CMS's GitHub backend against the fake GitHub (tests/fake-github/): /admin/ served by
// `laman start --no-cms` with LAMAN_CMS_API_URL pointing at the fake (no local_backend, no
// decap-server), logged in the way Decap restores a session (localStorage, no OAuth popup),
// and a new Berita saved in Chromium. The result is checked on the fake itself: the branch
// cms/berita/<slug> in its bare repository, the open pull request and its decap-cms/draft
// label, and not one request or response outside GitHub's OpenAPI description.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';
import { git } from '../fake-github/git.ts';
import { createTestOctokit, startFakeGitHub, type FakeGitHub } from '../fake-github/index.ts';
import { externalRequests, launchChromium, watchPage, type PageWatch } from '../helpers/browser.ts';
import { startSiteOnly, type SiteOnly } from './stack.ts';

const OWNER = 'pn-contoh';
const REPO = 'situs';
const OPERATOR = 'ani';

/** A handful of the sample site's files: enough for the site, /admin/ and a Berita list. */
const SEED_FILES = [
  'content/pengaturan/situs.yml',
  'content/pengaturan/logo.svg',
  'content/berita/raih-predikat-wbk-2025.md',
  'content/berita/rapat-evaluasi-kinerja-triwulan-iii-2026.md',
  'content/berita/keberhasilan-mediasi-semester-i-2026-meningkat.md',
  'content/halaman/jadwal-sidang.md',
  'cms/editorial.yml',
];

/** Yesterday (UTC), so the article is never dated in the future. */
const TANGGAL = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

const BERITA = {
  slug: 'pelayanan-sidang-keliling-di-kecamatan-mekarsari',
  judul: 'Pelayanan Sidang Keliling di Kecamatan Mekarsari',
  ringkasan: 'Pengadilan Negeri Contoh menggelar sidang keliling di Kecamatan Mekarsari untuk mendekatkan layanan hukum kepada warga.',
  kategori: 'Layanan',
  penulis: 'Tim Humas PN Contoh',
  isi: 'Sidang keliling digelar di aula kantor Kecamatan Mekarsari.',
};
const BRANCH = `cms/berita/${BERITA.slug}`;
const FILE = `content/berita/${BERITA.slug}.md`;

let seed: string;
let fake: FakeGitHub;
let site: SiteOnly;
let browser: Browser;
let page: Page;
let watch: PageWatch;
/** Requests the page tried to send off 127.0.0.1 (aborted before they left). */
const blocked: string[] = [];

/** A git repository with SEED_FILES from the working tree, one commit on main. */
async function seedRepository(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'laman-decap-github-'));
  for (const file of SEED_FILES) await cp(path.join(PROJECT_ROOT, file), path.join(dir, file));
  const env = {
    GIT_AUTHOR_NAME: 'seed',
    GIT_AUTHOR_EMAIL: 'seed@fake-github.test',
    GIT_COMMITTER_NAME: 'seed',
    GIT_COMMITTER_EMAIL: 'seed@fake-github.test',
  };
  await git(dir, ['init', '--quiet', '--initial-branch=main']);
  await git(dir, ['add', '--all']);
  await git(dir, ['commit', '--quiet', '-m', 'Contoh konten'], { env });
  return dir;
}

function frontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no frontmatter in:\n${text}`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

beforeAll(async () => {
  seed = await seedRepository();
  fake = await startFakeGitHub({ repoDir: seed, owner: OWNER, repo: REPO, users: [{ login: OPERATOR }] });
  site = await startSiteOnly({
    contentDir: path.join(seed, 'content'),
    env: { LAMAN_CMS_REPO: `${OWNER}/${REPO}`, LAMAN_CMS_BRANCH: 'main', LAMAN_CMS_API_URL: fake.url },
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  watch = watchPage(page);
  // Decap checks githubstatus.com before using the API; nothing may leave 127.0.0.1.
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  // How Decap restores a login (LocalStorageAuthStore in decap-cms-core): the GitHub backend
  // takes the token from here and asks the API who it belongs to. No OAuth popup.
  await page.addInitScript((token) => {
    window.localStorage.setItem('decap-cms-user', JSON.stringify({ backendName: 'github', token }));
  }, fake.tokenFor(OPERATOR));
});

afterAll(async () => {
  await browser?.close();
  const result = await site?.stop();
  await fake?.close();
  if (seed) await rm(seed, { recursive: true, force: true });
  if (result) expect(result.leftovers, 'processes left running after laman start stopped').toEqual([]);
});

describe('Decap CMS with its GitHub backend on the fake GitHub', () => {
  it('serves /admin/ configured for GitHub at the fake, without the local backend', async () => {
    const config = (await (await fetch(`${site.siteUrl}/admin/config.json`)).json()) as Record<string, unknown>;
    expect(config.backend).toMatchObject({ name: 'github', repo: `${OWNER}/${REPO}`, branch: 'main', api_root: fake.url });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config).not.toHaveProperty('local_backend');
  });

  it('logs in from the stored token and lists the Berita of the fake repository', async () => {
    await page.goto(`${site.siteUrl}/admin/#/collections/berita`);
    await page.getByText('Rapat Evaluasi Kinerja Triwulan III Bahas Sisa Perkara dan Minutasi').first().waitFor();
    await page.getByText('Pengadilan Negeri Contoh Raih Predikat Wilayah Bebas dari Korupsi').first().waitFor();
    // No login screen: the stored token was enough, and the fake saw it as the operator's.
    expect(await page.getByRole('button', { name: /Masuk/ }).count()).toBe(0);
    expect(fake.requests.find((r) => r.operationId === 'users/get-authenticated')).toMatchObject({ actor: OPERATOR, status: 200 });
    fake.assertNoViolations();
  });

  it('saves a new Berita as a draft: branch cms/berita/<slug>, an open pull request labelled decap-cms/draft', async () => {
    await page.getByRole('link', { name: 'Buat entri Berita baru' }).click();
    await page.getByText('Menulis di koleksi Berita').waitFor();
    await page.getByLabel('Judul', { exact: true }).fill(BERITA.judul);
    await page.getByLabel('Tanggal terbit').fill(TANGGAL);
    await page.getByLabel('Ringkasan').fill(BERITA.ringkasan);
    await page.getByLabel('Kategori', { exact: true }).fill(BERITA.kategori);
    await page.getByLabel('Penulis', { exact: true }).fill(BERITA.penulis);
    await page.locator('[contenteditable="true"]').click();
    await page.keyboard.type(BERITA.isi);
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Entri tersimpan' }).waitFor();
    await page.waitForURL(new RegExp(`#/collections/berita/entries/${BERITA.slug}$`));
    await page.getByText('Status: Draf').waitFor();
    await page.screenshot({ path: path.join(PROJECT_ROOT, 'test-results', 'cms', 'github-draf.png'), fullPage: true });

    // The branch and the file, in the fake's bare repository.
    const head = (await git(fake.dir, ['rev-parse', `refs/heads/${BRANCH}`])).trim();
    const { data, body } = frontmatter(await git(fake.dir, ['show', `${head}:${FILE}`]));
    expect(data).toMatchObject({
      judul: BERITA.judul,
      tanggal: TANGGAL,
      ringkasan: BERITA.ringkasan,
      kategori: BERITA.kategori,
      penulis: BERITA.penulis,
    });
    expect(body).toContain(BERITA.isi);
    expect(await git(fake.dir, ['log', '-1', '--format=%s', head])).toContain(`konten: buat Berita "${BERITA.slug}"`);
    // main is untouched until the draft is published.
    await expect(git(fake.dir, ['cat-file', '-e', `main:${FILE}`])).rejects.toThrow();

    // The pull request, as a GitHub client sees it.
    const { octokit } = createTestOctokit({ baseUrl: fake.url, token: fake.tokenFor(OPERATOR) });
    const pulls = await octokit.rest.pulls.list({ owner: OWNER, repo: REPO, state: 'open', head: `${OWNER}:${BRANCH}` });
    expect(pulls.data).toHaveLength(1);
    const [pull] = pulls.data;
    expect(pull).toMatchObject({ state: 'open', head: { ref: BRANCH, sha: head }, base: { ref: 'main' }, user: { login: OPERATOR } });
    expect(pull!.labels.map((l) => l.name)).toEqual(['decap-cms/draft']);
    // …and in the fake's state: the label was set by the operator, through the issues API.
    const issue = fake.state.issues.get(pull!.number);
    expect(issue?.labels).toEqual(['decap-cms/draft']);
    expect(issue?.events.map((e) => [e.event, e.label.name, e.actor])).toEqual([['labeled', 'decap-cms/draft', OPERATOR]]);
    fake.assertNoViolations();
  });

  it('stays on 127.0.0.1 and within GitHub’s description', () => {
    // Only Decap's look at githubstatus.com tried to leave, and it was stopped in the browser.
    expect(externalRequests(watch.requests.filter((u) => !blocked.includes(u)))).toEqual([]);
    expect(blocked.filter((u) => new URL(u).hostname !== 'www.githubstatus.com')).toEqual([]);
    // The fake's only 404s are the media folders Decap lists before any upload (it expects them).
    const notFound = fake.requests.filter((r) => r.status === 404).map((r) => `${r.operationId} ${decodeURIComponent(r.path)}`);
    expect(notFound.filter((r) => !/^git\/get-tree \/repos\/pn-contoh\/situs\/git\/trees\/main:content\/(media|berita\/gambar)$/.test(r))).toEqual([]);
    expect(watch.errors.filter((e) => !/status of 404|githubstatus|ERR_BLOCKED_BY_CLIENT/.test(e))).toEqual([]);
    expect(fake.notes).toEqual([]);
    fake.assertNoViolations();
  });
});
