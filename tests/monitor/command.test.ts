// `laman monitor` as the workflow calls it, in a real git repository with an origin: the run
// is recorded and pushed to origin's records branch, --dry-run writes nothing anywhere,
// --json prints the findings, and usage mistakes are explained.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitorCommand } from '../../scripts/cli/commands/monitor.ts';
import { UsageError, type Context } from '../../scripts/cli/context.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';
import { MONITOR_USER_AGENT } from '../../scripts/monitor/user-agent.ts';
import { readMonitorRuns } from '../../scripts/records/read.ts';
import { send, startServer, type TestServer } from './helpers/http-server.ts';

const NOW = new Date('2026-12-07T03:00:00Z');
const env = { PATH: process.env.PATH, HOME: process.env.HOME, GIT_CONFIG_NOSYSTEM: '1' };
let work: string;
let origin: string;
let repo: string;
let site: TestServer;
const agents = new Set<string>();

function context(): { ctx: Context; stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  const stream = (add: (s: string) => void) => new Writable({ write: (chunk, _e, done) => (add(chunk.toString()), done()) });
  return { ctx: { cwd: repo, env, now: () => NOW, stdout: stream((s) => (out += s)), stderr: stream((s) => (err += s)) }, stdout: () => out, stderr: () => err };
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Operator', '-c', 'user.email=o@pn-contoh.invalid', ...args], { cwd, env, encoding: 'utf8' }).trim();
const period = { from: new Date('2026-12-06T00:00:00Z'), to: new Date('2026-12-08T00:00:00Z') };

describe('laman monitor', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'laman-monitor-cmd-'));
    site = await startServer((req, res) => (agents.add(req.headers['user-agent'] ?? ''), req.url === '/' ? send(res, 200, '<!doctype html><title>PN Contoh</title><p>Beranda</p>') : send(res, 404, 'tidak ada')));
    origin = path.join(work, 'origin.git');
    repo = path.join(work, 'repo');
    git(work, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
    git(work, 'clone', '--quiet', origin, repo);
    await mkdir(path.join(repo, 'deploy'), { recursive: true });
    await writeFile(
      path.join(repo, 'deploy', 'monitor.json'),
      JSON.stringify({ site: site.url, attempts: 1, retry_delay_ms: 0, timeout_ms: 2000, domain: { names: [] }, links: { enabled: false }, ruleset: { enabled: false } }),
    );
    await cp(path.join(PROJECT_ROOT, 'content', 'pengaturan'), path.join(repo, 'content', 'pengaturan'), { recursive: true });
    git(repo, 'add', '-A');
    git(repo, 'commit', '--quiet', '-m', 'situs');
    git(repo, 'push', '--quiet', 'origin', 'main');
  });

  afterAll(async () => {
    await site?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('--dry-run --json prints the findings, writes no record and publishes nothing', async () => {
    const { ctx, stdout, stderr } = context();
    expect(await monitorCommand.run(['--dry-run', '--json', '--only', 'availability,integrity', '--status-out', path.join(work, 'status-dry')], ctx)).toBe(0);
    const out = JSON.parse(stdout()) as { findings: Array<{ check: string; status: string }>; dryRun: boolean; checks: string[] };
    expect(out.dryRun).toBe(true);
    expect(out.checks).toEqual(['availability', 'integrity']);
    expect(out.findings.map((f) => [f.check, f.status])).toEqual([
      ['availability', 'ok'],
      // No release was published yet: integrity cannot tell, and says why.
      ['integrity', 'unknown'],
    ]);
    expect(stderr()).toContain('manifes rilis belum ada');
    expect(stderr()).toContain('insiden tidak dikelola');
    expect(await readMonitorRuns({ repoDir: repo, env, ...period })).toEqual([]);
    expect(git(origin, 'branch', '--list', 'pemantauan')).toBe('');
  });

  it('records the run and pushes it to the records branch of origin, leaving the checkout as it was', async () => {
    const { ctx, stdout } = context();
    expect(await monitorCommand.run(['--only', 'availability', '--no-publish-status', '--status-out', path.join(work, 'status')], ctx)).toBe(0);
    expect(stdout()).toMatch(/^baik\s+availability\s+/m);
    expect(stdout()).toContain('laman monitor: 1 baik');
    const runs = await readMonitorRuns({ repoDir: origin, env, ...period });
    expect(runs.map((r) => [r.at, r.findings.map((f) => f.status)])).toEqual([[NOW.toISOString(), ['ok']]]);
    expect(git(repo, 'status', '--porcelain')).toBe('');
    expect(git(repo, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    // The site's access log shows the monitor for what it is (laman logscan leaves it out of the probing scenarios).
    expect([...agents]).toEqual([MONITOR_USER_AGENT]);
  });

  it('explains an unknown check and a malformed repository name (exit 2)', async () => {
    await expect(monitorCommand.run(['--only', 'uptime'], context().ctx)).rejects.toThrow(UsageError);
    await expect(monitorCommand.run(['--only', 'uptime'], context().ctx)).rejects.toThrow(/pemeriksaan tidak dikenal: uptime; pilih dari availability/);
    await expect(monitorCommand.run(['--repo', 'bukan repo'], context().ctx)).rejects.toThrow(/pemilik\/nama/);
  });
});
