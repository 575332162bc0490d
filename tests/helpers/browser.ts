// Debian's Chromium driven by playwright-core. Never a downloaded browser.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!executablePath) throw new Error('Chromium tidak ditemukan: jalankan `apt-get install chromium` (atau .ci/run, yang memasangnya)');
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface PageWatch {
  /** Every URL the page requested. */
  requests: string[];
  /** Content-Security-Policy violations reported by the page. */
  cspViolations: string[];
  /** Uncaught errors and console errors. */
  errors: string[];
}

/** Records requests, CSP violations and errors of a page from now on. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { requests: [], cspViolations: [], errors: [] };
  page.on('request', (r) => watch.requests.push(r.url()));
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    if (/Content.Security.Policy/i.test(text)) watch.cspViolations.push(text);
    else watch.errors.push(text);
  });
  return watch;
}

/** Requests that left 127.0.0.1 (data: and blob: URLs stay in the page). */
export function externalRequests(urls: readonly string[]): string[] {
  return urls.filter((u) => {
    if (u.startsWith('data:') || u.startsWith('blob:')) return false;
    return new URL(u).hostname !== '127.0.0.1';
  });
}
