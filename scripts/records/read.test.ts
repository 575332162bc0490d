// Reading the records branch back, as the status page and the monthly report do: records of a
// period, a hand-edited line that is not JSON reported with its file and line while the rest
// still reads, and an empty answer before the branch exists. Real git in a temporary folder.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitSync, tempDir, TEST_ENV } from '../archive/test-support.ts';
import type { BuildManifest } from '../publish/types.ts';
import { backupPath, logscanPath, monitorPath, RELEASED_MANIFEST_PATH } from './layout.ts';
import { readBackupRecords, readLogscanReports, readMonitorRuns, readReleasedManifest } from './read.ts';
import { appendRecords, type RecordWrite } from './store.ts';
import type { BackupRecord, LogscanReport, MonitorRun } from './types.ts';

const env = TEST_ENV;
const NOW = new Date('2026-12-03T07:15:00Z');

function run(at: string, status: 'ok' | 'fail' = 'ok'): MonitorRun {
  return {
    at,
    findings: [{ check: 'availability', subject: 'https://pn-contoh.go.id/', status, summary: status === 'ok' ? 'HTTP 200' : 'HTTP 503', evidence: [], ...(status === 'ok' ? { responseMs: 210 } : {}) }],
  };
}

function backup(at: string, kind: BackupRecord['kind'], ok = true): BackupRecord {
  return { kind, at, snapshot: 'a1b2c3d4', target: 'directory:/srv/cadangan', ok, files: 120, bytes: 5_000_000, newBytes: 12_000, durationMs: 4200, problems: ok ? [] : ['berkas content/berita/x.md rusak'] };
}

function logscan(at: string): LogscanReport {
  return { at, files: ['/var/log/nginx/access.log'], lines: 1200, malformed: 0, detections: [], topSources: [] };
}

const MANIFEST: BuildManifest = {
  versi: 1,
  build: '3f2a9c1d0b7e-20261122T031500Z',
  commit: '3f2a9c1d0b7e4c5d6e7f8091a2b3c4d5e6f70812',
  dibuat: '2026-11-22T03:15:00Z',
  berkas: { 'index.html': { sha256: 'ab'.repeat(32), bytes: 5120 } },
};

const jsonl = (...lines: string[]) => lines.map((l) => `${l}\n`).join('');
const write = (path: string, content: string): RecordWrite => ({ path, content, mode: 'replace' });

describe('reading the records branch', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await tempDir('baca-catatan');
    gitSync(dir, 'init', '-q', '-b', 'main');
    const day20 = monitorPath(new Date('2026-11-20T00:00:00Z'));
    const day21 = monitorPath(new Date('2026-11-21T00:00:00Z'));
    const day22 = monitorPath(new Date('2026-11-22T00:00:00Z'));
    await appendRecords({
      repoDir: dir,
      env,
      files: [
        write(day20, jsonl(JSON.stringify(run('2026-11-20T23:45:00.000Z')))),
        write(
          day21,
          jsonl(
            JSON.stringify(run('2026-11-21T00:15:00.000Z', 'fail')),
            '{"at":"2026-11-21T00:30:00.000Z","findings":[', // cut short by a hand edit
            '',
            JSON.stringify({ at: '2026-11-21T00:45:00.000Z' }), // no findings
            // Out of order within the file and with Windows line endings: still read, sorted.
            `${JSON.stringify(run('2026-11-21T00:05:00.000Z'))}\r`,
          ),
        ),
        write(day22, jsonl(JSON.stringify(run('2026-11-22T00:00:00.000Z')))),
        write(backupPath({ at: '2026-11-21T02:00:00Z', kind: 'create' }), JSON.stringify(backup('2026-11-21T02:00:00Z', 'create'))),
        write(backupPath({ at: '2026-11-21T03:00:00Z', kind: 'verify' }), JSON.stringify(backup('2026-11-21T03:00:00Z', 'verify', false))),
        write(backupPath({ at: '2026-11-21T04:00:00Z', kind: 'restore-test' }), '{"kind":"restore-test",'),
        write(backupPath({ at: '2026-11-21T05:00:00Z', kind: 'create' }), JSON.stringify({ at: '2026-11-21T05:00:00Z', catatan: 'bukan catatan cadangan' })),
        write(backupPath({ at: '2026-11-23T02:00:00Z', kind: 'create' }), JSON.stringify(backup('2026-11-23T02:00:00Z', 'create'))),
        write(logscanPath(new Date('2026-11-21T01:00:00Z')), JSON.stringify(logscan('2026-11-21T01:00:00Z'))),
        write(logscanPath(new Date('2026-11-19T01:00:00Z')), JSON.stringify(logscan('2026-11-19T01:00:00Z'))),
        write(RELEASED_MANIFEST_PATH, JSON.stringify(MANIFEST, null, 2)),
      ],
      message: 'catatan contoh',
      now: NOW,
    });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const period = (problems: string[]) => ({ repoDir: dir, env, from: new Date('2026-11-21T00:00:00Z'), to: new Date('2026-11-22T00:00:00Z'), onProblem: (m: string) => problems.push(m) });

  it('reads the monitor runs of a period, oldest first, and reports the lines it had to skip', async () => {
    const problems: string[] = [];
    const runs = await readMonitorRuns(period(problems));
    expect(runs.map((r) => r.at)).toEqual(['2026-11-21T00:05:00.000Z', '2026-11-21T00:15:00.000Z']);
    expect(runs[1]).toEqual(run('2026-11-21T00:15:00.000Z', 'fail'));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^monitor\/2026-11-21\.jsonl:2: baris bukan JSON yang valid, dilewati \(.+\)$/);
    expect(problems[1]).toBe('monitor/2026-11-21.jsonl:4: baris bukan catatan pemeriksaan (tanpa "at" atau "findings"), dilewati');
  });

  it('takes runs by their time, not only by their file: a period across a day boundary', async () => {
    const runs = await readMonitorRuns({ repoDir: dir, env, from: new Date('2026-11-20T23:00:00Z'), to: new Date('2026-11-21T00:10:00Z') });
    expect(runs.map((r) => r.at)).toEqual(['2026-11-20T23:45:00.000Z', '2026-11-21T00:05:00.000Z']);
  });

  it('reads backup records of the period and reports files that are not JSON or not a backup record', async () => {
    const problems: string[] = [];
    const records = await readBackupRecords(period(problems));
    expect(records).toEqual([backup('2026-11-21T02:00:00Z', 'create'), backup('2026-11-21T03:00:00Z', 'verify', false)]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^backup\/20261121T040000Z-restore-test\.json: bukan JSON yang valid, dilewati \(.+\)$/);
    expect(problems[1]).toBe('backup/20261121T050000Z-create.json: isinya bukan catatan yang dikenali, dilewati');
  });

  it('reads the log scans of the period', async () => {
    const problems: string[] = [];
    expect(await readLogscanReports(period(problems))).toEqual([logscan('2026-11-21T01:00:00Z')]);
    expect(problems).toEqual([]);
  });

  it('reads the released manifest', async () => {
    expect(await readReleasedManifest({ repoDir: dir, env })).toEqual(MANIFEST);
  });

  it('says how to repair a released manifest that is not JSON', async () => {
    const broken = await tempDir('manifes-rusak');
    try {
      gitSync(broken, 'init', '-q', '-b', 'main');
      await appendRecords({ repoDir: broken, env, files: [write(RELEASED_MANIFEST_PATH, '{"versi":1,')], message: 'rusak', now: NOW });
      await expect(readReleasedManifest({ repoDir: broken, env })).rejects.toThrow(
        /^rilis\/laman-manifest\.json di cabang catatan bukan JSON yang valid \(.+\): terbitkan ulang situs dengan laman publish agar manifes ditulis ulang$/,
      );
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });
});

describe('before the records branch exists', () => {
  it('reads nothing and reports no problem', async () => {
    const dir = await tempDir('tanpa-catatan');
    try {
      gitSync(dir, 'init', '-q', '-b', 'main');
      const problems: string[] = [];
      const options = { repoDir: dir, env, from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z'), onProblem: (m: string) => problems.push(m) };
      expect(await readMonitorRuns(options)).toEqual([]);
      expect(await readBackupRecords(options)).toEqual([]);
      expect(await readLogscanReports(options)).toEqual([]);
      expect(await readReleasedManifest({ repoDir: dir, env })).toBeUndefined();
      expect(problems).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
