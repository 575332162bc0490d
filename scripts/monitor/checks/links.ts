// Broken links on the live site, crawled with linkinator from the site's home page. Internal
// links only unless `links.external`: other hosts are skipped before any request, so the check
// never reaches the internet when external is off. A broken internal link is 'fail', a broken
// external one 'warn'. Subject "tautan:SITE".
import { check as linkinator, LinkState, type LinkResult } from 'linkinator';
import type { Finding } from '../../records/types.ts';
import { limitEvidence, type Check, type CheckContext } from './context.ts';
import { siteUnreachable, UNREACHABLE_SUMMARY } from './http.ts';
import { MONITOR_USER_AGENT } from '../user-agent.ts';

export const linksCheck: Check = {
  kind: 'links',
  subjects: ({ config }) => [linksSubject(config.site)],
  run: async (ctx) => [await checkLinks(ctx)],
};

export function linksSubject(site: string): string {
  return `tautan:${site}`;
}

export interface BrokenLink {
  page: string;
  link: string;
  status: number;
  internal: boolean;
}

export async function checkLinks(ctx: Pick<CheckContext, 'config' | 'fetch' | 'log'>): Promise<Finding> {
  const { site, timeout_ms: timeout } = ctx.config;
  const down = await siteUnreachable(ctx.fetch, site, timeout);
  if (down) return { check: 'links', subject: linksSubject(site), status: 'unknown', summary: UNREACHABLE_SUMMARY, evidence: [`${site}: ${down}`] };
  const origin = new URL(site).origin;
  const external = ctx.config.links.external;
  const result = await linkinator({
    path: site,
    recurse: true,
    timeout,
    concurrency: 8,
    retryErrors: false,
    userAgent: MONITOR_USER_AGENT,
    linksToSkip: async (link) => !external && !sameOrigin(link, origin),
  });
  const broken = brokenLinks(result.links, origin);
  ctx.log(`tautan: ${result.links.length} diperiksa, ${broken.length} rusak`);
  return judgeLinks(site, broken, result.links.filter((l) => l.state !== LinkState.SKIPPED).length);
}

function sameOrigin(link: string, origin: string): boolean {
  try {
    return new URL(link).origin === origin;
  } catch {
    return false; // Not a URL linkinator can fetch: treated as another host (skipped unless external).
  }
}

export function brokenLinks(links: readonly LinkResult[], origin: string): BrokenLink[] {
  const seen = new Set<string>();
  const out: BrokenLink[] = [];
  for (const l of links) {
    if (l.state !== LinkState.BROKEN) continue;
    const key = `${l.parent ?? ''} ${l.url}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ page: l.parent ?? '', link: l.url, status: l.status ?? 0, internal: sameOrigin(l.url, origin) });
  }
  return out.sort((a, b) => Number(b.internal) - Number(a.internal) || a.page.localeCompare(b.page) || a.link.localeCompare(b.link));
}

/** The finding from the broken links (pure). */
export function judgeLinks(site: string, broken: readonly BrokenLink[], checked: number): Finding {
  const origin = new URL(site).origin;
  const show = (url: string) => (url.startsWith(origin) ? url.slice(origin.length) || '/' : url);
  const evidence = limitEvidence(broken.map((b) => `${show(b.page) || site} → ${show(b.link)} (${b.status ? `HTTP ${b.status}` : 'tidak menjawab'})`));
  const internal = broken.filter((b) => b.internal).length;
  const external = broken.length - internal;
  const subject = linksSubject(site);
  if (internal) {
    return { check: 'links', subject, status: 'fail', summary: `${internal} tautan internal rusak di ${site}${external ? ` dan ${external} tautan luar` : ''}`, evidence };
  }
  if (external) return { check: 'links', subject, status: 'warn', summary: `${external} tautan ke situs lain rusak di ${site}`, evidence };
  return { check: 'links', subject, status: 'ok', summary: `${checked} tautan di ${site} baik`, evidence: [] };
}
