// The whole built site: no broken internal link or missing asset, and nothing in any
// page that a strict CSP or an offline visitor would trip over.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LinkChecker } from 'linkinator';
import { glob } from 'tinyglobby';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');

describe('the built site', () => {
  it('has no broken internal link or missing asset', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: baseUrl + '/',
      recurse: true,
      concurrency: 8,
      // External services (e-Court, social media) cannot be reached from here; they are
      // checked for https in the content rules instead.
      linksToSkip: async (link) => !link.startsWith(baseUrl),
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.status} ${l.url} (dari ${l.parent})`);
    expect(broken).toEqual([]);
    const checked = result.links.filter((l) => l.state === 'OK');
    // Every page, PDF and image of the sample site was actually reached.
    const htmlFiles = await glob('**/*.html', { cwd: siteDir, ignore: ['404.html', 'pagefind/**'] });
    expect(checked.length).toBeGreaterThanOrEqual(htmlFiles.length);
    for (const pdf of await glob('berkas/**/*.pdf', { cwd: siteDir })) {
      expect(checked.some((l) => l.url === `${baseUrl}/${pdf}`), pdf).toBe(true);
    }
  });

  it('has no inline script or style and loads nothing from another host', async () => {
    const files = await glob('**/*.html', { cwd: siteDir, ignore: ['pagefind/**'] });
    expect(files.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const file of files) {
      const html = await readFile(path.join(siteDir, file), 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
        if (!/\ssrc=/.test(tag)) problems.push(`${file}: skrip inline ${tag}`);
      }
      if (/<style\b/.test(html)) problems.push(`${file}: elemen <style>`);
      if (/\sstyle=/.test(html)) problems.push(`${file}: atribut style=`);
      if (/\son[a-z]+=/.test(html)) problems.push(`${file}: atribut event (on…=)`);
      for (const m of html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]+"/g)) {
        if (!m[0].includes('rel="canonical"') && !m[0].includes('rel="alternate"')) problems.push(`${file}: memuat dari luar ${m[0]}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
