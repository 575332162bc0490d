// The maintenance SOP's "done when": against a site served by Debian's nginx on 127.0.0.1,
// taking it down, defacing one page, serving an expiring certificate and letting content go
// stale each open exactly one incident issue on the fake GitHub, a second run during the
// problem opens no other, and restoring closes that incident. Runs `runMonitor`, what
// `laman monitor` runs (the command adds only option parsing), with the real checks, the
// records branch in a temporary repository and the status page rendered.
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net, { type LookupFunction } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../scripts/github/client.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';
import { runMonitor, type MonitorResult } from '../../scripts/monitor/run.ts';
import { computeManifest, writeManifest } from '../../scripts/publish/manifest.ts';
import { releaseRecorder } from '../../scripts/publish/release.ts';
import { readMonitorRuns } from '../../scripts/records/read.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.ts';
import { unpaced } from '../fake-github/octokit.ts';
import { findNginx, freePort, writeNginxConf } from '../helpers/nginx.ts';
import { makeCa, makeLeaf, type KeyPair } from './helpers/certs.ts';

const exec = promisify(execFile);
const REPO = { owner: 'pn-contoh', repo: 'situs' };
const HOST = 'pn-contoh.test';
const DAY = 86_400_000;
/** The court's domain resolves to the test nginx. */
const lookup = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
  if (options?.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
}) as unknown as LookupFunction;

const start = new Date(Math.floor(Date.now() / 60_000) * 60_000);
let clock = start;
let work: string;
let repoDir: string;
let siteDir: string;
let fake: FakeGitHub;
let client: GitHubClient;
let nginx: ChildProcess | undefined;
let conf: string;
let httpPort: number;
let tlsPort: number;
let certs: { valid: KeyPair; expiring: KeyPair };
const logLines: string[] = [];

const day = (offsetDays: number) => new Date(start.getTime() + offsetDays * DAY).toISOString().slice(0, 10);
const page = (title: string, body: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/gaya.css"></head><body><h1>${title}</h1>${body}<a href="/">Beranda</a></body></html>\n`;
const berita = (slug: string, tanggal: string) => `---\njudul: Berita ${slug}\ntanggal: ${tanggal}\nringkasan: Ringkasan berita ${slug}.\n---\n\nIsi berita.\n`;

async function git(...args: string[]): Promise<string> {
  const { stdout } = await exec('git', ['-c', 'user.name=Operator', '-c', 'user.email=operator@pn-contoh.invalid', ...args], { cwd: repoDir });
  return stdout.trim();
}

async function startServer(): Promise<void> {
  const errorLog = path.join(work, 'nginx', 'error.log');
  nginx = spawn(findNginx(), ['-p', path.join(work, 'nginx'), '-c', conf, '-e', errorLog], { stdio: 'ignore' });
  for (const port of [httpPort, tlsPort]) await waitForPort(port);
}

async function stopServer(): Promise<void> {
  const child = nginx;
  nginx = undefined;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGQUIT');
  });
}

async function waitForPort(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (nginx?.exitCode !== null) throw new Error(`nginx berhenti saat mulai: ${await readFile(path.join(work, 'nginx', 'error.log'), 'utf8').catch(() => '')}`);
    const open = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => (s.destroy(), resolve(true)));
      s.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx tidak mendengarkan di 127.0.0.1:${port}`);
}

/**
 * Serves `pair` on the TLS port. A restart rather than a reload: after a reload the old
 * worker still accepts connections for a moment and could hand out the old certificate.
 */
async function serveCertificate(pair: KeyPair): Promise<void> {
  await stopServer();
  await copyFile(pair.cert, path.join(work, 'live.pem'));
  await copyFile(pair.key, path.join(work, 'live.key'));
  await startServer();
}

async function monitor(offsetDays = 0): Promise<MonitorResult> {
  clock = new Date(start.getTime() + offsetDays * DAY);
  return runMonitor({
    repoDir,
    env: {},
    now: () => clock,
    log: (line) => logLines.push(line),
    github: { client, repo: REPO },
    record: true,
    push: false,
    dryRun: false,
    statusPage: { out: path.join(work, 'status'), publish: false },
    sleep: async () => {},
    lookup,
  });
}

const issues = () => [...fake.state.issues.values()].filter((i) => i.labels.includes('insiden'));
const openIncidents = () => issues().filter((i) => i.state === 'open');

/** Runs the monitor twice while the problem lasts; exactly one new incident, for `check`, is open. */
async function expectOneIncident(check: string, offsetDays = 0) {
  const before = issues().length;
  const first = await monitor(offsetDays);
  const second = await monitor(offsetDays);
  expect(issues().length, logLines.join('\n')).toBe(before + 1);
  const open = openIncidents();
  expect(open.map((i) => i.labels)).toEqual([['insiden', `insiden:${check}`]]);
  // The second run during the same problem updates the status section, nothing else.
  expect(second.actions.map((a) => a.kind)).not.toContain('open');
  return { issue: open[0]!, first, second };
}

async function expectClosed(number: number, offsetDays = 0): Promise<void> {
  const result = await monitor(offsetDays);
  expect(result.actions.filter((a) => a.kind === 'close').map((a) => (a as { number: number }).number)).toEqual([number]);
  expect(openIncidents()).toEqual([]);
  const issue = fake.state.issues.get(number)!;
  expect(issue.state).toBe('closed');
  const comments = [...fake.state.comments.values()].filter((c) => c.issue === number);
  expect(comments.at(-1)?.body).toMatch(/^Pulih pada .* \(durasi .+\)\./);
}

describe('laman monitor against a site served by nginx, with incidents on the fake GitHub', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'laman-monitor-e2e-'));
    repoDir = path.join(work, 'repo');
    siteDir = path.join(work, 'site');
    httpPort = await freePort();
    tlsPort = await freePort();
    const ca = await makeCa(work);
    certs = { valid: await makeLeaf(work, 'valid', HOST, ca, 90), expiring: await makeLeaf(work, 'expiring', HOST, ca, 3) };

    // The repository: monitor settings, site settings, one berita and one pengumuman of five days ago.
    await mkdir(path.join(repoDir, 'deploy'), { recursive: true });
    await exec('git', ['init', '--quiet', '--initial-branch=main', repoDir]);
    await writeFile(
      path.join(repoDir, 'deploy', 'monitor.json'),
      JSON.stringify({
        site: `http://127.0.0.1:${httpPort}/`,
        urls: [`http://127.0.0.1:${httpPort}/`, `http://127.0.0.1:${httpPort}/berita/`],
        attempts: 2,
        retry_delay_ms: 0,
        timeout_ms: 3000,
        freshness: { berita_days: 30, pengumuman_days: 3650, mandatory_months: 120 },
        tls: { hosts: [`${HOST}:${tlsPort}`], ca_file: 'deploy/ca.pem' },
        domain: { names: [] },
        links: { enabled: false },
        ruleset: { enabled: false },
      }),
    );
    await copyFile(ca.cert, path.join(repoDir, 'deploy', 'ca.pem'));
    await mkdir(path.join(repoDir, 'content', 'pengaturan'), { recursive: true });
    await copyFile(path.join(PROJECT_ROOT, 'content', 'pengaturan', 'situs.yml'), path.join(repoDir, 'content', 'pengaturan', 'situs.yml'));
    for (const collection of ['berita', 'pengumuman']) {
      await mkdir(path.join(repoDir, 'content', collection), { recursive: true });
      await writeFile(path.join(repoDir, 'content', collection, 'awal.md'), berita('awal', day(-5)));
    }
    await git('add', '-A');
    await git('commit', '--quiet', '-m', 'situs');

    // The live site and the manifest of its release on the records branch.
    await mkdir(path.join(siteDir, 'berita'), { recursive: true });
    await writeFile(path.join(siteDir, 'index.html'), page('Pengadilan Negeri Contoh', '<a href="/berita/">Berita</a>'));
    await writeFile(path.join(siteDir, 'berita', 'index.html'), page('Berita', '<p>Berita awal.</p>'));
    await writeFile(path.join(siteDir, 'gaya.css'), 'body { font-family: sans-serif; }\n');
    await writeFile(path.join(siteDir, '404.html'), page('Halaman tidak ditemukan', ''));
    const manifest = await computeManifest(siteDir, await git('rev-parse', 'HEAD'), start);
    await writeManifest(siteDir, manifest);
    await releaseRecorder({ repoDir, env: {}, now: () => start, push: false }).record(manifest, () => {});

    // One nginx: the site over http, and the court's host name over https (the TLS check).
    await copyFile(certs.valid.cert, path.join(work, 'live.pem'));
    await copyFile(certs.valid.key, path.join(work, 'live.key'));
    await mkdir(path.join(work, 'nginx'), { recursive: true });
    conf = await writeNginxConf(
      path.join(work, 'nginx'),
      `  access_log off;
  server {
    listen 127.0.0.1:${httpPort};
    root ${siteDir};
    include ${path.join(PROJECT_ROOT, 'deploy', 'nginx', 'laman-site.conf')};
  }
  server {
    listen 127.0.0.1:${tlsPort} ssl;
    server_name ${HOST};
    ssl_certificate ${path.join(work, 'live.pem')};
    ssl_certificate_key ${path.join(work, 'live.key')};
    root ${siteDir};
  }`,
    );
    const test = spawnSync(findNginx(), ['-t', '-p', path.join(work, 'nginx'), '-c', conf, '-e', path.join(work, 'nginx', 'error.log')], { encoding: 'utf8' });
    if (test.status !== 0) throw new Error(`konfigurasi nginx tidak valid:\n${test.stderr}`);
    await startServer();

    fake = await startFakeGitHub({ ...REPO, users: [{ login: 'github-actions[bot]' }], now: () => clock });
    client = createGitHubClient({ token: fake.tokenFor('github-actions[bot]'), baseUrl: fake.url, retryAfterBaseValue: 10, scheduler: unpaced });
  }, 60_000);

  afterAll(async () => {
    await stopServer();
    await fake?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('a healthy site opens nothing, and the run is on the records branch and the status page', async () => {
    const result = await monitor();
    expect(result.run.findings.filter((f) => f.status === 'fail'), logLines.join('\n')).toEqual([]);
    // links and ruleset are switched off in this repository's deploy/monitor.json.
    expect(result.checks).toEqual(['availability', 'integrity', 'freshness', 'tls', 'domain']);
    expect(issues()).toEqual([]);
    const runs = await readMonitorRuns({ repoDir, env: {}, from: new Date(start.getTime() - DAY), to: new Date(start.getTime() + DAY) });
    expect(runs.at(-1)).toEqual(result.run);
    const html = await readFile(path.join(work, 'status', 'index.html'), 'utf8');
    expect(html).toContain('Semua layanan normal');
    const status = JSON.parse(await readFile(path.join(work, 'status', 'status.json'), 'utf8')) as { uptime: { days30: number } };
    expect(status.uptime.days30).toBe(1);
    expect(html).not.toMatch(/<script/i);
    // The working tree of the checkout is untouched by the record.
    expect(await git('status', '--porcelain')).toBe('');
  });

  it('when GitHub refuses the issues, the run is still recorded and the status page still updated, then the error is reported', async () => {
    const runsBefore = (await readMonitorRuns({ repoDir, env: {}, from: new Date(start.getTime() - DAY), to: new Date(start.getTime() + DAY) })).length;
    const page = path.join(work, 'status', 'status.json');
    await rm(page);
    fake.failNext(1, { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } }, { operationId: 'issues/list-for-repo' });
    await expect(monitor()).rejects.toThrow(/not accessible/);
    expect(JSON.parse(await readFile(page, 'utf8'))).toMatchObject({ generatedAt: clock.toISOString() });
    expect((await readMonitorRuns({ repoDir, env: {}, from: new Date(start.getTime() - DAY), to: new Date(start.getTime() + DAY) })).length).toBe(runsBefore + 1);
    expect(logLines.some((l) => l.includes('insiden tidak dapat diperbarui di GitHub'))).toBe(true);
  });

  it('taking the site down opens one incident; bringing it back closes it', async () => {
    await stopServer();
    const { issue, first } = await expectOneIncident('ketersediaan');
    expect(issue.title).toBe('[Insiden] Situs tidak dapat diakses: 127.0.0.1:' + httpPort);
    // Both URLs as evidence, in one incident for the site.
    expect(issue.body).toContain(`${httpPort}/berita/ tidak dapat diakses`);
    expect(issue.body).toContain('ECONNREFUSED');
    // The other checks of a site that is down cannot tell: unknown, no incident of their own.
    expect(first.run.findings.filter((f) => f.check === 'integrity' || f.check === 'tls').map((f) => f.status)).toEqual(['unknown', 'unknown']);
    await startServer();
    await expectClosed(issue.number);
  });

  it('defacing one page opens one incident naming the file; restoring it closes the incident', async () => {
    const file = path.join(siteDir, 'berita', 'index.html');
    const original = await readFile(file);
    await writeFile(file, page('SLOT GACOR MAXWIN', '<p>Situs ini telah diretas.</p>'));
    const { issue } = await expectOneIncident('integritas');
    expect(issue.body).toContain('berita/index.html');
    await writeFile(file, original);
    await expectClosed(issue.number);
  });

  it('a certificate that expires in three days opens one incident; a renewed one closes it', async () => {
    await serveCertificate(certs.expiring);
    const { issue } = await expectOneIncident('tls');
    expect(issue.title).toContain(HOST);
    await serveCertificate(certs.valid);
    await expectClosed(issue.number);
  });

  it('content left stale opens one incident; a new berita closes it', async () => {
    // 40 days on, the newest berita is 45 days old (limit 30); the certificate still has 50 days.
    const { issue } = await expectOneIncident('kesegaran', 40);
    expect(issue.body).toContain('content/berita/awal.md');
    await writeFile(path.join(repoDir, 'content', 'berita', 'baru.md'), berita('baru', day(39)));
    await git('add', '-A');
    await git('commit', '--quiet', '-m', 'berita baru');
    await expectClosed(issue.number, 40);
    // Every scenario left exactly one closed incident.
    expect(issues().map((i) => [i.labels[1], i.state])).toEqual([
      ['insiden:ketersediaan', 'closed'],
      ['insiden:integritas', 'closed'],
      ['insiden:tls', 'closed'],
      ['insiden:kesegaran', 'closed'],
    ]);
    fake.assertNoViolations();
  });
});
