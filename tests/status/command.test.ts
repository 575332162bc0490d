// `laman status-page` in a real git repository: monitor runs on the records branch
// "pemantauan", the site's settings, deploy/publish.json with a directory target. It writes
// the page to --out, publishes it to <directory>/status/, and without GitHub access says
// the incident list is unavailable instead of claiming there were none.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusPageCommand } from '../../scripts/cli/commands/status-page.ts';
import { UsageError, type Context } from '../../scripts/cli/context.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';
import { createGitHubClient } from '../../scripts/github/client.ts';
import { syncIncidents } from '../../scripts/incidents/github.ts';
import { appendRecords } from '../../scripts/records/store.ts';
import type { MonitorRun } from '../../scripts/records/types.ts';
import { startFakeGitHub } from '../fake-github/index.ts';
import { unpaced } from '../fake-github/octokit.ts';

const NOW = new Date('2026-12-03T07:05:00Z');
let repo: string;
const env = { PATH: process.env.PATH, HOME: process.env.HOME, GIT_CONFIG_NOSYSTEM: '1' };

function context(): { ctx: Context; stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  const stream = (add: (s: string) => void) => new Writable({ write: (chunk, _e, done) => (add(chunk.toString()), done()) });
  return {
    ctx: { cwd: repo, env, now: () => NOW, stdout: stream((s) => (out += s)), stderr: stream((s) => (err += s)) },
    stdout: () => out,
    stderr: () => err,
  };
}

const run = (at: string, up: boolean): MonitorRun => ({
  at,
  findings: [{ check: 'availability', subject: 'https://pn-contoh.go.id/', status: up ? 'ok' : 'fail', summary: up ? 'HTTP 200' : 'HTTP 503', evidence: [], ...(up ? { responseMs: 150 } : {}) }],
});

beforeAll(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'laman-status-cmd-'));
  execFileSync('git', ['init', '-q', '-b', 'main', repo], { env });
  await mkdir(path.join(repo, 'content', 'pengaturan'), { recursive: true });
  await cp(path.join(PROJECT_ROOT, 'content', 'pengaturan'), path.join(repo, 'content', 'pengaturan'), { recursive: true });
  await mkdir(path.join(repo, 'deploy'));
  await writeFile(path.join(repo, 'deploy', 'publish.json'), JSON.stringify({ target: 'directory', directory: 'www' }));
  const day = (d: string, runs: MonitorRun[]) => ({ path: `monitor/${d}.jsonl`, content: runs.map((r) => JSON.stringify(r) + '\n').join(''), mode: 'append' as const });
  await appendRecords({
    repoDir: repo,
    env,
    now: NOW,
    message: 'pemantauan: uji',
    files: [
      day('2026-12-02', [run('2026-12-02T06:00:00Z', true), run('2026-12-02T06:15:00Z', false), run('2026-12-02T06:30:00Z', true), run('2026-12-02T06:45:00Z', true)]),
      day('2026-12-03', [run('2026-12-03T07:00:00Z', true)]),
    ],
  });
});

afterAll(async () => {
  if (repo) await rm(repo, { recursive: true, force: true });
});

describe('laman status-page', () => {
  it('renders from the records branch into --out and publishes to the directory target', async () => {
    const { ctx, stdout, stderr } = context();
    expect(await statusPageCommand.run(['--out', 'halaman', '--publish'], ctx)).toBe(0);
    const html = await readFile(path.join(repo, 'halaman', 'index.html'), 'utf8');
    expect(html).toContain('<title>Status Layanan — Pengadilan Negeri Contoh</title>');
    expect(html).toContain('<a class="kepala-nama" href="https://pn-contoh.go.id/">');
    expect(html).toContain('<div><dt>30 hari terakhir</dt><dd>80,00%</dd></div>');
    expect(html).toContain('Daftar insiden tidak tersedia: pemantauan berjalan tanpa akses ke GitHub.');
    expect(await readFile(path.join(repo, 'www', 'status', 'index.html'), 'utf8')).toBe(html);
    expect(await readlink(path.join(repo, 'www', 'status'))).toMatch(/^status\.20261203T070500Z-/);
    expect(stderr()).toContain('insiden tidak dibaca: GITHUB_TOKEN atau repositori');
    expect(stderr()).toContain('(5 pemeriksaan, 0 insiden)');
    expect(stdout()).toMatch(/^laman status-page: selesai — .*halaman, dipasang di .*www\/status\n$/);
  });

  it('writes status-page/ by default and publishes nothing without --publish', async () => {
    const { ctx } = context();
    await rm(path.join(repo, 'www'), { recursive: true, force: true });
    expect(await statusPageCommand.run([], ctx)).toBe(0);
    expect(JSON.parse(await readFile(path.join(repo, 'status-page', 'status.json'), 'utf8'))).toMatchObject({ state: 'normal', lastRunAt: '2026-12-03T07:00:00Z' });
    await expect(readFile(path.join(repo, 'www', 'status', 'index.html'))).rejects.toThrow(/ENOENT/);
  });

  it('lists the incident issues from GitHub, hostile titles escaped', async () => {
    const opened = new Date('2026-12-03T06:00:00Z');
    const fake = await startFakeGitHub({ owner: 'pn-contoh', repo: 'situs', users: [{ login: 'github-actions[bot]' }], now: () => opened });
    try {
      const token = fake.tokenFor('github-actions[bot]');
      const client = createGitHubClient({ token, baseUrl: fake.url, scheduler: unpaced });
      const subject = 'https://pn-contoh.go.id/';
      await syncIncidents(client, { owner: 'pn-contoh', repo: 'situs' }, {
        findings: [{ check: 'availability', subject, status: 'fail', summary: `${subject} tidak dapat diakses: HTTP 503`, evidence: [] }],
        now: opened,
        site: 'https://pn-contoh.go.id',
        dryRun: false,
        log: () => {},
      });
      // An operator may retitle the issue: whatever the title holds is shown as text.
      const [issue] = (await client.rest.issues.listForRepo({ owner: 'pn-contoh', repo: 'situs', state: 'all' })).data;
      await client.rest.issues.update({ owner: 'pn-contoh', repo: 'situs', issue_number: issue!.number, title: 'Situs mati <img src=x onerror=alert(1)>' });
      const { ctx, stderr } = context();
      ctx.env = { ...env, GITHUB_TOKEN: token, GITHUB_API_URL: fake.url };
      expect(await statusPageCommand.run(['--out', 'dengan-insiden', '--repo', 'pn-contoh/situs'], ctx)).toBe(0);
      const html = await readFile(path.join(repo, 'dengan-insiden', 'index.html'), 'utf8');
      expect(html).toContain('1 insiden, 1 masih berlangsung.');
      expect(html).toContain('<td>Situs mati &lt;img src=x onerror=alert(1)&gt;</td><td>Ketersediaan situs</td>');
      expect(html).not.toMatch(/<script|<img src=x/);
      expect(html).toContain('<strong>Masih berlangsung</strong>');
      expect(stderr()).toContain('(5 pemeriksaan, 1 insiden)');
      fake.assertNoViolations();
    } finally {
      await fake.close();
    }
  });

  it('refuses a malformed --repo and --dry-run without --publish', async () => {
    await expect(statusPageCommand.run(['--repo', 'bukan repo'], context().ctx)).rejects.toThrow(UsageError);
    await expect(statusPageCommand.run(['--dry-run'], context().ctx)).rejects.toThrow(/--dry-run hanya berlaku bersama --publish/);
  });
});
