// `laman renewals` against the fake GitHub, with the observed expiries read from a real records
// branch (git in a temporary directory) written by the records store.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, unpaced, type FakeGitHub } from '../../tests/fake-github/index.ts';
import { createRenewalsCommand } from '../cli/commands/renewals.ts';
import { createGitHubClient } from '../github/client.ts';
import { monitorPath } from '../records/layout.ts';
import { appendRecords } from '../records/store.ts';
import type { MonitorRun } from '../records/types.ts';

const run = promisify(execFile);
const repo = { owner: 'pn-contoh', repo: 'situs' };
const NOW = new Date('2026-12-15T02:00:00Z'); // 09.00 WIB
let fake: FakeGitHub;
let dir: string;
const env = () => ({ GITHUB_TOKEN: fake.tokenFor('github-actions[bot]'), GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'pn-contoh/situs', HOME: dir, PATH: process.env.PATH });

const command = createRenewalsCommand((e, log) => createGitHubClient({ token: e.GITHUB_TOKEN ?? '', baseUrl: e.GITHUB_API_URL, retryAfterBaseValue: 10, scheduler: unpaced, log }));

async function laman(args: string[], now = NOW) {
  let stdout = '';
  let stderr = '';
  const code = await command.run(args, {
    cwd: dir,
    env: env(),
    now: () => now,
    stdout: new Writable({ write: (c, _e, done) => ((stdout += c.toString()), done()) }),
    stderr: new Writable({ write: (c, _e, done) => ((stderr += c.toString()), done()) }),
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  fake = await startFakeGitHub({ ...repo, users: [{ login: 'github-actions[bot]' }] });
  dir = await mkdtemp(path.join(tmpdir(), 'laman-renewals-cmd-'));
  await run('git', ['init', '-q', '-b', 'main', dir]);
  await mkdir(path.join(dir, 'deploy'));
  await writeFile(
    path.join(dir, 'deploy/renewals.json'),
    JSON.stringify({
      contracts: [
        { id: 'hosting', kind: 'hosting', provider: 'PT Awan', service: 'VPS situs', expires: '2027-01-10', invoice: 'AW-77', contact: 'cs@awan.example' },
        { id: 'domain-utama', kind: 'domain', provider: 'PANDI', service: 'Domain pn-contoh.go.id', expires: '2027-06-30', invoice: 'PANDI-1', contact: 'PANDI', subject: 'pn-contoh.go.id' },
      ],
    }),
  );
  const monitorRun: MonitorRun = {
    at: '2026-12-15T01:45:00.000Z',
    findings: [
      { check: 'tls', subject: 'pn-contoh.go.id', status: 'warn', summary: 'Sertifikat berakhir dalam 20 hari', evidence: [], expiresAt: '2027-01-04T12:00:00Z' },
      { check: 'domain', subject: 'pn-contoh.go.id', status: 'ok', summary: 'Domain terdaftar', evidence: [], expiresAt: '2027-06-30T00:00:00Z' },
    ],
  };
  await appendRecords({ repoDir: dir, env: env(), files: [{ path: monitorPath(new Date(monitorRun.at)), content: JSON.stringify(monitorRun) + '\n', mode: 'append' }], message: 'monitor', now: NOW });
}, 30_000);
afterEach(() => fake.assertNoViolations());
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

describe('laman renewals', () => {
  it('plans under --dry-run --json without writing, then opens reminders once', { timeout: 30_000 }, async () => {
    const dry = await laman(['--dry-run', '--json']);
    expect(dry.code).toBe(0);
    const plan = JSON.parse(dry.stdout);
    expect(plan).toMatchObject({ repo: 'pn-contoh/situs', dryRun: true, contracts: 2 });
    expect(plan.observed).toHaveLength(2);
    expect(plan.actions.map((a: { id: string; stage: number }) => [a.id, a.stage])).toEqual([
      ['hosting', 30],
      ['tls:pn-contoh.go.id', 30],
    ]);
    expect(fake.state.issues.size).toBe(0);

    const first = await laman([]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('membuka pengingat "[Perpanjangan] Hosting: VPS situs (PT Awan) berakhir 2027-01-10"');
    expect([...fake.state.issues.values()].map((i) => [i.title, i.labels])).toEqual([
      ['[Perpanjangan] Hosting: VPS situs (PT Awan) berakhir 2027-01-10', ['perpanjangan']],
      ['[Perpanjangan] Sertifikat TLS: pn-contoh.go.id berakhir 2027-01-04', ['perpanjangan']],
    ]);

    const again = await laman([]);
    expect(again.stdout).toContain('Tidak ada pengingat baru');
    expect(fake.state.issues.size).toBe(2);

    // Twelve days later: hosting has 14 days left; no monitor run in the last 7 days, so only the file counts.
    const later = await laman([], new Date('2026-12-27T02:00:00Z'));
    expect(later.stderr).toContain('tidak ada hasil laman monitor dalam 7 hari');
    expect(later.stdout).toContain('tinggal ≤ 14 hari');
    const comments = [...fake.state.comments.values()].map((c) => c.body);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toContain('Tinggal 14 hari');
  });

  it('reports an invalid contracts file in Indonesian', async () => {
    await writeFile(path.join(dir, 'rusak.json'), JSON.stringify({ contracts: [{ id: 'X', kind: 'listrik' }] }));
    await expect(laman(['--config', 'rusak.json'])).rejects.toThrow(/rusak\.json: contracts\.0\.id: id hanya huruf kecil/);
  });

  it('needs a repository', async () => {
    await expect(command.run(['--repo', 'bukan repo'], { cwd: dir, env: {}, now: () => NOW, stdout: process.stdout, stderr: process.stderr })).rejects.toThrow(/repositori tidak valid/);
  });
});
