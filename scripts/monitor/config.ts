// What `laman monitor` watches and its thresholds: deploy/monitor.json in the repository
// (changed only by a reviewed pull request). Every key has a default, so a court without the
// file still gets every check against url_situs of content/pengaturan/situs.yml.
// docs/pemantauan.md documents each key for the IT officer.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYamlText } from 'yaml';
import { UserError } from '../cli/context.ts';
import { parseJsonConfig } from '../lib/json-config.ts';

export const MONITOR_CONFIG = 'deploy/monitor.json';
export const SETTINGS_FILE = 'content/pengaturan/situs.yml';

const httpUrl = (label: string) =>
  z
    .string({ error: `${label} harus alamat web` })
    .trim()
    .pipe(z.url({ protocol: /^https?$/, error: `${label} harus alamat web lengkap yang diawali https:// (atau http://)` }));

const days = (label: string, fallback: number) =>
  z.number({ error: `${label} harus angka (hari)` }).int({ error: `${label} harus bilangan bulat` }).min(1, { error: `${label} paling sedikit 1` }).max(3650).default(fallback);

/** "pn-contoh.go.id" or "pn-contoh.go.id:8443". */
const hostPort = z
  .string({ error: 'tls.hosts harus berisi nama host' })
  .trim()
  .regex(/^[A-Za-z0-9.-]+(?::\d{1,5})?$/, { error: 'tls.hosts: tulis nama host saja, misalnya "pn-contoh.go.id" atau "pn-contoh.go.id:8443" (tanpa https://)' });

const domainName = z
  .string({ error: 'domain.names harus berisi nama domain' })
  .trim()
  .regex(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, { error: 'domain.names: tulis nama domain saja, misalnya "pn-contoh.go.id"' });

const schema = z
  .object({
    /** The URLs the availability check fetches. Default: the site's home page. */
    urls: z.array(httpUrl('urls[]'), { error: 'urls harus daftar alamat web' }).min(1, { error: 'urls tidak boleh kosong' }).optional(),
    /** The public site, where the build manifest lives. Default: url_situs of the settings. */
    site: httpUrl('site').optional(),
    attempts: z.number({ error: 'attempts harus angka' }).int().min(1, { error: 'attempts paling sedikit 1' }).max(10, { error: 'attempts paling banyak 10' }).default(3),
    retry_delay_ms: z.number({ error: 'retry_delay_ms harus angka (milidetik)' }).int().min(0).max(300_000).default(5000),
    timeout_ms: z.number({ error: 'timeout_ms harus angka (milidetik)' }).int().min(100, { error: 'timeout_ms paling sedikit 100' }).max(300_000).default(10_000),
    slow_ms: z.number({ error: 'slow_ms harus angka (milidetik)' }).int().min(1).max(300_000).default(3000),
    freshness: z
      .object({
        berita_days: days('freshness.berita_days', 30),
        pengumuman_days: days('freshness.pengumuman_days', 30),
        mandatory_months: z.number({ error: 'freshness.mandatory_months harus angka (bulan)' }).int().min(1).max(120).default(6),
      })
      .strict()
      .prefault({}),
    integrity: z
      .object({
        enabled: z.boolean({ error: 'integrity.enabled harus true atau false' }).default(true),
        /** Extra paths probed for files a defacer typically drops (added to the built-in list). */
        probes: z.array(z.string().regex(/^\/[^\s]*$/, { error: 'integrity.probes: path diawali "/", misalnya "/shell.php"' })).default([]),
      })
      .strict()
      .prefault({}),
    tls: z
      .object({
        /** Default: the host of `site` when it is https. */
        hosts: z.array(hostPort).optional(),
        fail_days: days('tls.fail_days', 14),
        warn_days: days('tls.warn_days', 30),
        /** A PEM file of extra trusted CAs (e.g. an internal CA), relative to the repository. */
        ca_file: z.string().min(1).nullable().default(null),
      })
      .strict()
      .prefault({}),
    domain: z
      .object({
        /** Default: the registrable domain of `site`. */
        names: z.array(domainName).optional(),
        fail_days: days('domain.fail_days', 14),
        warn_days: days('domain.warn_days', 30),
        every_hours: z.number().int().min(1).max(24 * 7).default(24),
        bootstrap_url: httpUrl('domain.bootstrap_url').default('https://data.iana.org/rdap/dns.json'),
        /** RDAP base URL per TLD used instead of the bootstrap's answer. */
        override: z.record(z.string(), httpUrl('domain.override')).default({}),
        /** RDAP base URL per TLD used when the bootstrap has none (.id is run by PANDI). */
        fallback: z.record(z.string(), httpUrl('domain.fallback')).default({ id: 'https://rdap.pandi.id/rdap/' }),
      })
      .strict()
      .prefault({}),
    links: z
      .object({
        enabled: z.boolean({ error: 'links.enabled harus true atau false' }).default(true),
        every_hours: z.number().int().min(1).max(24 * 7).default(24),
        external: z.boolean({ error: 'links.external harus true atau false' }).default(false),
      })
      .strict()
      .prefault({}),
    ruleset: z
      .object({
        enabled: z.boolean({ error: 'ruleset.enabled harus true atau false' }).default(true),
        /** The status checks a pull request must pass (as `laman setup-github --require-check`). */
        require_checks: z.array(z.string().min(1)).min(1).optional(),
        /** As `laman setup-github --status-app`: an app id or "none". */
        status_app: z.union([z.number().int().min(1), z.literal('none')]).optional(),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.tls.warn_days < c.tls.fail_days) ctx.addIssue({ code: 'custom', path: ['tls', 'warn_days'], message: 'tls.warn_days tidak boleh lebih kecil dari tls.fail_days' });
    if (c.domain.warn_days < c.domain.fail_days) ctx.addIssue({ code: 'custom', path: ['domain', 'warn_days'], message: 'domain.warn_days tidak boleh lebih kecil dari domain.fail_days' });
  });

/** The file as written, defaults filled in; `site`, `urls`, `tls.hosts` and `domain.names` may still be absent. */
export type MonitorFile = z.output<typeof schema>;

/** What the checks use: everything resolved. */
export type MonitorConfig = Omit<MonitorFile, 'site' | 'urls' | 'tls' | 'domain'> & {
  site: string;
  urls: string[];
  tls: Omit<MonitorFile['tls'], 'hosts'> & { hosts: string[] };
  domain: Omit<MonitorFile['domain'], 'names'> & { names: string[] };
};

export function parseMonitorConfig(text: string, file = MONITOR_CONFIG): MonitorFile {
  return parseJsonConfig(schema, text, file);
}

/** Fills what the file left out from the site address (pure). */
export function resolveMonitorConfig(file: MonitorFile, site: string): MonitorConfig {
  const siteUrl = new URL(site);
  const host = siteUrl.hostname;
  const isName = /[a-z]/i.test(host) && host.includes('.') && host !== 'localhost';
  return {
    ...file,
    site: siteUrl.href,
    urls: file.urls ?? [siteUrl.href],
    tls: { ...file.tls, hosts: file.tls.hosts ?? (siteUrl.protocol === 'https:' ? [siteUrl.port ? `${host}:${siteUrl.port}` : host] : []) },
    domain: { ...file.domain, names: file.domain.names ?? (isName ? [host] : []) },
  };
}

/**
 * deploy/monitor.json (optional) resolved against the site address: `site` of the file, else
 * LAMAN_MONITOR_SITE, else url_situs of content/pengaturan/situs.yml. LAMAN_MONITOR_SITE and
 * LAMAN_MONITOR_URLS (space- or comma-separated) override the file for a one-off run.
 */
export async function loadMonitorConfig(root: string, env: Record<string, string | undefined>): Promise<MonitorConfig> {
  const text = await readOptional(path.join(root, MONITOR_CONFIG));
  let file = parseMonitorConfig(text ?? '{}');
  if (env.LAMAN_MONITOR_URLS) {
    const urls = env.LAMAN_MONITOR_URLS.split(/[\s,]+/).filter(Boolean);
    file = parseMonitorConfig(JSON.stringify({ ...withoutDefaults(text), urls }), `LAMAN_MONITOR_URLS`);
  }
  const site = env.LAMAN_MONITOR_SITE || file.site || (await siteFromSettings(root));
  try {
    return resolveMonitorConfig(file, new URL(site).href);
  } catch {
    throw new UserError(`alamat situs tidak valid: "${site}"; isi "site" di ${MONITOR_CONFIG} dengan alamat lengkap, misalnya https://pn-contoh.go.id/`);
  }
}

function withoutDefaults(text: string | undefined): Record<string, unknown> {
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

async function siteFromSettings(root: string): Promise<string> {
  const text = await readOptional(path.join(root, SETTINGS_FILE));
  const fix = `isi "site" di ${MONITOR_CONFIG} atau url_situs di ${SETTINGS_FILE}`;
  if (text === undefined) throw new UserError(`alamat situs tidak diketahui: ${SETTINGS_FILE} tidak ada; ${fix}`);
  let data: unknown;
  try {
    data = parseYamlText(text);
  } catch (error) {
    throw new UserError(`${SETTINGS_FILE} tidak dapat dibaca (${(error as Error).message}); jalankan \`npx laman validate\`, atau ${fix}`);
  }
  const url = (data as { url_situs?: unknown } | null)?.url_situs;
  if (typeof url !== 'string' || !url) throw new UserError(`alamat situs tidak diketahui: url_situs tidak ada di ${SETTINGS_FILE}; ${fix}`);
  return url;
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
