// The whole login in Debian's Chromium: a CMS page using Decap's own authenticator opens
// the handler in a popup, the fake GitHub approves, and the popup hands the token back
// through Decap's postMessage handshake — to the allowed CMS origin only.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from '../../tests/helpers/browser.ts';
import { decapLoginSettings } from './decap-settings.ts';
import { startCmsOpener, type CmsOpener } from './testing/cms-opener.ts';
import { startFakeGitHub, type FakeGitHub } from './testing/fake-github.ts';
import { CLIENT, startLogin, type TestLogin } from './testing/login-server.ts';

let browser: Browser;
let github: FakeGitHub;
let login: TestLogin;
let cms: CmsOpener;
let stranger: CmsOpener;

beforeAll(async () => {
  [browser, github, cms, stranger] = await Promise.all([launchChromium(), startFakeGitHub(CLIENT), startCmsOpener(), startCmsOpener()]);
  // As behind nginx in production: https://pn-contoh.go.id/cms-login/{auth,callback}.
  login = await startLogin({ githubUrl: github.url, allowedOrigins: [cms.origin], callbackPath: '/cms-login/callback' });
}, 30_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all([login?.close(), github?.close(), cms?.close(), stranger?.close()]);
});

interface Login {
  page: Page;
  popup: Page;
  popupWatch: PageWatch;
}

/** Opens the CMS page and clicks "Masuk dengan GitHub"; resolves once the popup opened. */
async function clickLogin(opener: CmsOpener, { base_url, auth_endpoint }: { base_url: string; auth_endpoint: string }): Promise<Login> {
  const page = await browser.newPage();
  await page.goto(opener.pageUrl(base_url, auth_endpoint));
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.click('#masuk')]);
  const popupWatch = watchPage(popup);
  return { page, popup, popupWatch };
}

const result = (page: Page) => page.evaluate(() => (window as unknown as { result?: unknown }).result);
const received = (page: Page) => page.evaluate(() => (window as unknown as { received: { origin: string; data: string }[] }).received);

/** Waits until the popup shows the callback page, then long enough for any handshake to finish. */
async function settle(popup: Page) {
  await popup.waitForURL(/\/cms-login\/callback\?/, { waitUntil: 'load' });
  await popup.waitForTimeout(700);
}

it('logs in: Decap on the allowed origin receives the token, and the popup closes', async () => {
  const { page, popup } = await clickLogin(cms, decapLoginSettings(`${login.url}/cms-login`));
  await expect.poll(() => result(page), { timeout: 10_000 }).toBeDefined();
  const token = github.tokenFor(github.tokenRequests.at(-1)?.params.get('code') ?? '');
  expect(await result(page)).toEqual({ data: { token, provider: 'github' } });
  // Decap closes the popup once it has the token.
  await expect.poll(() => popup.isClosed()).toBe(true);
  // The CMS saw only the two handshake messages, both from the login's origin.
  const messages = await received(page);
  expect(messages.map((m) => m.origin)).toEqual([login.url, login.url]);
  expect(messages[0]?.data).toBe('authorizing:github');
  expect(messages[1]?.data).toBe(`authorization:github:success:${JSON.stringify({ token, provider: 'github' })}`);
  await page.close();
}, 20_000);

it('hands nothing to a CMS page on an origin that is not allowed', async () => {
  const { page, popup, popupWatch } = await clickLogin(stranger, decapLoginSettings(`${login.url}/cms-login`));
  await settle(popup);
  expect(await received(page)).toEqual([]);
  expect(await result(page)).toBeUndefined();
  // The popup did complete the login at GitHub: only the handshake held the token back.
  expect(await popup.locator('h1').textContent()).toBe('Login berhasil');
  expect(popupWatch.cspViolations).toEqual([]);
  await page.close();
}, 20_000);

it('shows the Indonesian error in Decap when the user cancels at GitHub', async () => {
  github.authorizeAnswer = 'deny';
  try {
    const { page, popup, popupWatch } = await clickLogin(cms, decapLoginSettings(`${login.url}/cms-login`));
    await expect.poll(() => result(page), { timeout: 10_000 }).toBeDefined();
    expect(await result(page)).toEqual({ error: expect.stringMatching(/^Login dibatalkan: akses ke GitHub tidak disetujui\./) });
    await expect.poll(() => popup.isClosed()).toBe(true);
    expect(popupWatch.cspViolations).toEqual([]);
    await page.close();
  } finally {
    github.authorizeAnswer = 'approve';
  }
}, 20_000);

it('needs base_url to be the origin alone: Decap ignores a popup when base_url carries a path', async () => {
  // Decap compares base_url with the popup's origin, so "https://pn-contoh.go.id/cms-login"
  // can never match; decapLoginSettings puts the path in auth_endpoint ("cms-login/auth").
  const { page, popup } = await clickLogin(cms, { base_url: `${login.url}/cms-login`, auth_endpoint: 'auth' });
  await settle(popup);
  expect((await received(page)).map((m) => m.data)).toEqual(['authorizing:github']);
  expect(await result(page)).toBeUndefined();
  await page.close();
}, 20_000);
