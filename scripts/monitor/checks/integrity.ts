// Integrity: the live site against the manifest of the last deploy. Every manifest file is
// fetched and hashed (changed / missing); same-origin addresses the live pages refer to that
// the manifest does not know, and a short list of files defacers typically drop, count as
// added when they answer 200. Any difference is one 'fail' finding naming the files.
// /status/ (published separately) and the live laman-manifest.json itself are not compared;
// the live manifest's build id is, against the expected one ('warn' when it differs).
import { createHash, randomUUID } from 'node:crypto';
import pMap from 'p-map';
import { MANIFEST_PATH, type BuildManifest } from '../../publish/types.ts';
import type { Finding } from '../../records/types.ts';
import { limitEvidence, type Check, type CheckContext } from './context.ts';
import { sameOriginReferences } from './html-links.ts';
import { httpGet, siteUnreachable, UNREACHABLE_SUMMARY, type HttpResult } from './http.ts';

/** Files a defacer typically drops on a court site (PHP shells, a WordPress login, a gambling page). */
export const DEFACEMENT_PROBES = [
  '/index.php',
  '/shell.php',
  '/wp-login.php',
  '/wp-admin/',
  '/xmlrpc.php',
  '/admin.php',
  '/up.php',
  '/upload.php',
  '/cmd.php',
  '/wso.php',
  '/alfa.php',
  '/c99.php',
  '/r57.php',
  '/bypass.php',
  '/.well-known/index.php',
  '/index.htm',
  '/default.html',
  '/hacked.html',
  '/slot.html',
  '/gacor.html',
];

const CONCURRENCY = 8;

export const integrityCheck: Check = {
  kind: 'integrity',
  subjects: ({ config }) => [config.site],
  run: async (ctx) => [await checkIntegrity(ctx)],
};

/** Not part of the comparison: the status page and the manifest itself. */
export function ignoredPath(p: string): boolean {
  return p === MANIFEST_PATH || p === 'status' || p.startsWith('status/');
}

/** "berita/x/index.html" → URL under the site (each segment percent-encoded). */
export function fileUrl(site: string, file: string): string {
  return new URL(file.split('/').map(encodeURIComponent).join('/'), site).href;
}

/** The manifest path a same-site URL names ("/berita/x/" → "berita/x/index.html"), or undefined when outside the site's path. */
export function urlPath(site: string, url: string): string | undefined {
  const base = new URL(site).pathname.replace(/\/?$/, '/');
  const { pathname } = new URL(url);
  if (!pathname.startsWith(base)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(base.length));
  } catch {
    rel = pathname.slice(base.length); // A malformed escape: compare the path as written.
  }
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

export interface IntegrityDifference {
  changed: string[];
  added: string[];
  missing: string[];
  /** "berita/x/index.html (HTTP 500)": could not be compared. */
  unreadable: string[];
  expectedBuild: string;
  /** The build id of the live laman-manifest.json; undefined when it has none. */
  liveBuild?: string;
  /** Why the live manifest could not be read, when it could not. */
  liveManifestProblem?: string;
}

const sha256 = (body: Buffer) => createHash('sha256').update(body).digest('hex');

export async function checkIntegrity(ctx: Pick<CheckContext, 'config' | 'fetch' | 'expectedManifest'>): Promise<Finding> {
  const { site, timeout_ms: timeout } = ctx.config;
  const manifest = ctx.expectedManifest;
  if (!manifest) {
    return unknown(site, 'tidak dapat diperiksa: manifest rilis terakhir tidak tersedia', ['manifest build dari `laman publish` terakhir diperlukan untuk membandingkan isi situs']);
  }
  const down = await siteUnreachable(ctx.fetch, site, timeout);
  if (down) return unknown(site, UNREACHABLE_SUMMARY, [`${site}: ${down}`]);
  return judgeIntegrity(site, await compareLive(ctx.fetch, site, timeout, manifest, ctx.config.integrity.probes));
}

async function compareLive(fetcher: typeof fetch, site: string, timeout: number, manifest: BuildManifest, extraProbes: readonly string[]): Promise<IntegrityDifference> {
  const get = (url: string) => httpGet(fetcher, url, timeout);
  const expected = Object.entries(manifest.berkas).filter(([p]) => !ignoredPath(p));
  const known = new Set(Object.keys(manifest.berkas));

  const diff: IntegrityDifference = { changed: [], added: [], missing: [], unreadable: [], expectedBuild: manifest.build };
  const live = await get(fileUrl(site, MANIFEST_PATH));
  readLiveBuild(live, diff);

  // What the server answers for a path that cannot exist: a server that answers 200 for
  // everything would otherwise make every probe look like an added file.
  const nowhere = await get(fileUrl(site, `laman-periksa-${randomUUID()}.html`));
  const softNotFound = nowhere.status === 200 && nowhere.body ? sha256(nowhere.body) : undefined;

  const pages: Array<{ url: string; html: string }> = [];
  await pMap(
    expected,
    async ([file, want]) => {
      const url = fileUrl(site, file);
      const got = await get(url);
      // nginx serves the 404 page only through error_page, with status 404.
      const okStatus = got.status === 200 || (file === '404.html' && got.status === 404);
      if (okStatus && got.body) {
        if (sha256(got.body) !== want.sha256) diff.changed.push(file);
        if (file.endsWith('.html') && file !== '404.html') pages.push({ url, html: got.body.toString('utf8') });
      } else if (got.status === 404 || got.status === 410) diff.missing.push(file);
      else diff.unreadable.push(`${file} (${got.status !== undefined ? `HTTP ${got.status}` : got.error})`);
    },
    { concurrency: CONCURRENCY },
  );

  // Candidates for "added": URL → the path shown ("wp-admin/", "js/judi.js").
  const origin = new URL(site).origin;
  const candidates = new Map<string, string>();
  const consider = (url: string) => {
    const file = urlPath(site, url);
    if (file === undefined || ignoredPath(file) || known.has(file) || known.has(`${file}/index.html`)) return;
    candidates.set(url, file.replace(/(^|\/)index\.html$/, '$1') || file);
  };
  for (const page of pages) for (const ref of sameOriginReferences(page.html, page.url, origin)) consider(ref);
  for (const probe of [...DEFACEMENT_PROBES, ...extraProbes]) consider(new URL(probe.replace(/^\//, ''), site).href);
  await pMap(
    [...candidates],
    async ([url, file]) => {
      const got = await get(url);
      if (got.status === 200 && got.body && sha256(got.body) !== softNotFound) diff.added.push(file);
    },
    { concurrency: CONCURRENCY },
  );
  for (const list of [diff.changed, diff.added, diff.missing, diff.unreadable]) list.sort();
  return diff;
}

function readLiveBuild(live: HttpResult, diff: IntegrityDifference): void {
  if (live.status !== 200 || !live.body) {
    diff.liveManifestProblem = live.status !== undefined ? `HTTP ${live.status}` : live.error;
    return;
  }
  try {
    const build = (JSON.parse(live.body.toString('utf8')) as { build?: unknown }).build;
    if (typeof build === 'string') diff.liveBuild = build;
    else diff.liveManifestProblem = 'tidak ada "build" di dalamnya';
  } catch (error) {
    diff.liveManifestProblem = `bukan JSON yang valid (${(error as Error).message})`;
  }
}

/** The finding from the comparison (pure). */
export function judgeIntegrity(site: string, d: IntegrityDifference): Finding {
  const display = (file: string) => `/${file}`;
  const fileLines = [...d.changed.map((f) => `diubah: ${display(f)}`), ...d.added.map((f) => `ditambah: ${display(f)}`), ...d.missing.map((f) => `hilang: ${display(f)}`)];
  const buildLine =
    d.liveBuild === undefined
      ? `versi situs tidak diketahui: /${MANIFEST_PATH} ${d.liveManifestProblem ?? 'tidak terbaca'}; rilis terakhir ${d.expectedBuild}`
      : d.liveBuild !== d.expectedBuild
        ? `versi situs berbeda dengan rilis terakhir: situs ${d.liveBuild}, rilis ${d.expectedBuild}`
        : undefined;
  const unreadable = d.unreadable.map((u) => `tidak dapat diambil: /${u}`);
  const evidence = limitEvidence([...fileLines, ...(buildLine ? [buildLine] : []), ...unreadable]);
  if (fileLines.length) {
    const counts = `${d.changed.length} diubah, ${d.added.length} ditambah, ${d.missing.length} hilang`;
    return { check: 'integrity', subject: site, status: 'fail', summary: `isi ${site} berbeda dengan rilis terakhir (${counts}): kemungkinan perusakan (deface)`, evidence };
  }
  if (buildLine) return { check: 'integrity', subject: site, status: 'warn', summary: 'versi situs berbeda dengan rilis terakhir', evidence };
  if (unreadable.length) return unknown(site, `${d.unreadable.length} berkas ${site} tidak dapat diambil untuk dibandingkan`, evidence);
  return { check: 'integrity', subject: site, status: 'ok', summary: `isi ${site} sama dengan rilis ${d.expectedBuild}`, evidence: [] };
}

function unknown(site: string, summary: string, evidence: string[]): Finding {
  return { check: 'integrity', subject: site, status: 'unknown', summary, evidence };
}
