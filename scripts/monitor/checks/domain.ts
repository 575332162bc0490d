// Domain registration expiry by RDAP. The registrable domain comes from the public suffix
// list (tldts: "www.pn-contoh.go.id" → "pn-contoh.go.id", "go.id" being a suffix); the RDAP
// server for its TLD from IANA's bootstrap file (RFC 9224), read once per run, or from the
// configured override / fallback (.id is run by PANDI and may be absent from the bootstrap).
// No server, a 404 or no expiration event is the state 'unknown' ("tidak ada data"), not an error.
import { getDomain } from 'tldts';
import type { Finding } from '../../records/types.ts';
import type { MonitorConfig } from '../config.ts';
import { DAY_MS, isoDay, type Check, type CheckContext } from './context.ts';
import { httpGet } from './http.ts';

export const domainCheck: Check = {
  kind: 'domain',
  subjects: ({ config }) => config.domain.names.map(domainSubject),
  run: async (ctx) => {
    const bootstrap = bootstrapLoader(ctx.fetch, ctx.config.domain.bootstrap_url, ctx.config.timeout_ms);
    return Promise.all(ctx.config.domain.names.map((name) => checkDomain(ctx, name, bootstrap)));
  },
};

/** The registrable domain ("www.pn-contoh.go.id" → "pn-contoh.go.id"); the name itself when the list does not know it. */
export function registrableDomain(name: string): string {
  return getDomain(name.toLowerCase()) ?? name.toLowerCase();
}

export function domainSubject(name: string): string {
  return `domain:${registrableDomain(name)}`;
}

/** IANA's bootstrap: `services` is a list of [[tld, …], [base url, …]]. */
export interface Bootstrap {
  services: Array<[string[], string[]]>;
}

export type BootstrapResult = { bootstrap: Bootstrap } | { problem: string };

/** Fetches the bootstrap file once, on first use. */
export function bootstrapLoader(fetcher: typeof fetch, url: string, timeoutMs: number): () => Promise<BootstrapResult> {
  let pending: Promise<BootstrapResult> | undefined;
  return () => (pending ??= loadBootstrap(fetcher, url, timeoutMs));
}

async function loadBootstrap(fetcher: typeof fetch, url: string, timeoutMs: number): Promise<BootstrapResult> {
  const got = await httpGet(fetcher, url, timeoutMs, { headers: { accept: 'application/json' } });
  if (got.status !== 200 || !got.body) return { problem: `daftar server RDAP IANA (${url}) tidak dapat diambil: ${got.status !== undefined ? `HTTP ${got.status}` : got.error}` };
  try {
    const data = JSON.parse(got.body.toString('utf8')) as Bootstrap;
    if (!Array.isArray(data.services)) return { problem: `daftar server RDAP IANA (${url}) tidak berisi "services"` };
    return { bootstrap: data };
  } catch (error) {
    return { problem: `daftar server RDAP IANA (${url}) bukan JSON yang valid (${(error as Error).message})` };
  }
}

/** The RDAP base URL for a domain: override, then the bootstrap's longest matching label suffix, then fallback (pure). */
export function rdapBase(domain: string, bootstrap: Bootstrap | undefined, config: Pick<MonitorConfig['domain'], 'override' | 'fallback'>): string | undefined {
  const labels = domain.toLowerCase().split('.');
  const suffixes = labels.map((_, i) => labels.slice(i).join('.')).slice(1);
  for (const s of suffixes) if (config.override[s]) return withSlash(config.override[s]);
  for (const s of suffixes) {
    const service = bootstrap?.services.find(([tlds]) => Array.isArray(tlds) && tlds.map((t) => t.toLowerCase()).includes(s));
    const urls = service?.[1] ?? [];
    const url = urls.find((u) => u.startsWith('https://')) ?? urls[0];
    if (url) return withSlash(url);
  }
  for (const s of suffixes) if (config.fallback[s]) return withSlash(config.fallback[s]);
  return undefined;
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

export async function checkDomain(ctx: Pick<CheckContext, 'config' | 'fetch' | 'now'>, name: string, bootstrap: () => Promise<BootstrapResult>): Promise<Finding> {
  const domain = registrableDomain(name);
  const subject = domainSubject(name);
  const noData = (why: string, evidence: string[] = []): Finding => ({ check: 'domain', subject, status: 'unknown', summary: `tidak ada data RDAP untuk ${domain}: ${why}`, evidence });
  const loaded = await bootstrap();
  const base = rdapBase(domain, 'bootstrap' in loaded ? loaded.bootstrap : undefined, ctx.config.domain);
  if (!base) return noData('tidak ada server RDAP untuk akhiran domain ini', 'problem' in loaded ? [loaded.problem] : []);
  const url = `${base}domain/${encodeURIComponent(domain)}`;
  const got = await httpGet(ctx.fetch, url, ctx.config.timeout_ms, { headers: { accept: 'application/rdap+json, application/json' } });
  if (got.status === 404) return noData('server RDAP tidak mengenal domain ini (HTTP 404)', [url]);
  if (got.status !== 200 || !got.body) return noData(`server RDAP tidak menjawab dengan benar (${got.status !== undefined ? `HTTP ${got.status}` : got.error})`, [url]);
  let data: { events?: Array<{ eventAction?: string; eventDate?: string }>; entities?: unknown };
  try {
    data = JSON.parse(got.body.toString('utf8'));
  } catch (error) {
    return noData(`jawaban server RDAP bukan JSON yang valid (${(error as Error).message})`, [url]);
  }
  const expiration = (Array.isArray(data.events) ? data.events : []).find((e) => e?.eventAction === 'expiration')?.eventDate;
  const expires = expiration ? new Date(expiration) : undefined;
  if (!expires || Number.isNaN(expires.getTime())) return noData('jawaban tidak memuat tanggal kedaluwarsa (event "expiration")', [url]);
  return judgeDomain(domain, expires, ctx.now(), ctx.config.domain, url);
}

/** The finding from the expiry date (pure). */
export function judgeDomain(domain: string, expires: Date, now: Date, limits: Pick<MonitorConfig['domain'], 'fail_days' | 'warn_days'>, source: string): Finding {
  const daysLeft = Math.floor((expires.getTime() - now.getTime()) / DAY_MS);
  const base = { check: 'domain' as const, subject: `domain:${domain}`, expiresAt: expires.toISOString(), evidence: [`kedaluwarsa: ${isoDay(expires)} (${daysLeft} hari lagi)`, `sumber: ${source}`] };
  if (daysLeft < 0) return { ...base, status: 'fail', summary: `domain ${domain} sudah kedaluwarsa sejak ${isoDay(expires)}: perpanjang segera di registrar` };
  if (daysLeft < limits.fail_days) return { ...base, status: 'fail', summary: `domain ${domain} habis dalam ${daysLeft} hari (${isoDay(expires)}): perpanjang sekarang di registrar` };
  if (daysLeft < limits.warn_days) return { ...base, status: 'warn', summary: `domain ${domain} habis dalam ${daysLeft} hari (${isoDay(expires)}): siapkan perpanjangan` };
  return { ...base, status: 'ok', summary: `domain ${domain} terdaftar sampai ${isoDay(expires)} (${daysLeft} hari lagi)` };
}
