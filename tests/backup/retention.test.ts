// Retention with real restic: snapshots made on several days (the injected clock becomes
// restic's --time) and `forget --prune` with the configured policy keeps the right ones.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, KEY, laman, makeSite, makeSourceRepo, writeConfig } from './support.ts';

let work: string;
let repo: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'laman-uji-masa-simpan-'));
  repo = path.join(work, 'situs');
  await makeSourceRepo(repo);
  await makeSite(path.join(repo, 'dist'), git(repo, 'rev-parse', 'HEAD').trim());
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('retention (forget --prune)', () => {
  it('keeps the newest daily snapshots and the last one of each earlier week', { timeout: 40_000 }, async () => {
    const target = path.join(work, 'tujuan');
    const config = path.join(work, 'backup.json');
    await writeConfig(config, [{ name: 'lokal', type: 'directory', path: target }], { retention: { daily: 2, weekly: 2, monthly: 0 } });
    // Monday 2 Nov, Monday 9 Nov, Tuesday 10 Nov, Wednesday 11 Nov 2026.
    const days = ['2026-11-02T02:00:00Z', '2026-11-09T02:00:00Z', '2026-11-10T02:00:00Z', '2026-11-11T02:00:00Z'];
    let last = '';
    for (const day of days) {
      const run = await laman(['backup', 'create', '--config', config, '--no-github'], { cwd: repo, now: new Date(day) });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      last = run.stdout;
    }
    // Daily 2: 11 and 10 Nov; weekly 2: 11 Nov (this week) and 2 Nov (last week). 9 Nov goes.
    expect(last).toContain('3 snapshot disimpan, 1 dihapus');
    const listed = JSON.parse(
      execFileSync('restic', ['-r', target, 'snapshots', '--json'], { env: { PATH: process.env.PATH, HOME: process.env.HOME, RESTIC_PASSWORD: KEY }, encoding: 'utf8' }),
    ) as Array<{ time: string; tags: string[]; hostname: string }>;
    expect(listed.map((s) => s.time.slice(0, 10)).sort()).toEqual(['2026-11-02', '2026-11-10', '2026-11-11']);
    expect(listed.every((s) => s.hostname === 'laman' && s.tags.includes('laman') && s.tags.some((t) => t.startsWith('commit:')))).toBe(true);
  });
});
