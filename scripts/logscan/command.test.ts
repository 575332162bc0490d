// `laman logscan` through the CLI's main(), in-process: the report on stdout as Markdown or
// JSON, --out files, --since, usage errors with exit 2, read errors with exit 1, stdin, and
// --record onto the records branch of a real git repository.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laman } from '../../tests/helpers/cli.ts';
import { TEST_ENV } from '../archive/test-support.ts';
import { main } from '../cli/main.ts';
import type { LogscanReport } from '../records/types.ts';
import { hitLine } from './test-support.ts';

let dir: string;
const LOG = [
  hitLine('10.0.0.1', 0, 'GET /'),
  hitLine('10.0.0.1', 1, 'GET /_astro/situs.A1b2C3.css'),
  ...['/wp-admin/', '/wp-login.php', '/administrator/', '/phpmyadmin/'].map((p, i) => hitLine('203.0.113.50', 5 + i, `GET ${p}`, 404)),
  hitLine('10.0.0.2', 20, 'GET /berita/'),
].join('\n');

const run = (args: string[], env: Record<string, string | undefined> = {}) => laman(['logscan', ...args], { ...TEST_ENV, ...env }, dir);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'laman-logscan-cli-'));
  await writeFile(path.join(dir, 'access.log'), `${LOG}\n`);
  execFileSync('git', ['init', '-q', '-b', 'main', path.join(dir, 'situs')], { env: TEST_ENV });
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('laman logscan', () => {
  it('prints the visitor-activity log in Indonesian Markdown, exit 0 also with detections', async () => {
    const { code, stdout, stderr } = await run(['access.log']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^# Log aktivitas pengunjung\n/);
    expect(stdout).toContain('- Waktu pemindaian: 2026-11-21 19:00:00 WIB');
    expect(stdout).toContain('### 1. `203.0.113.50`: Pencarian panel admin (WordPress, Joomla, phpMyAdmin) (`admin-panel-probe`)');
    expect(stdout).toContain('  - `"GET /phpmyadmin/ HTTP/1.1" → 404`');
  });

  it('--json prints the LogscanReport', async () => {
    const { code, stdout } = await run(['access.log', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as LogscanReport;
    expect(report).toEqual({
      at: '2026-11-21T12:00:00.000Z',
      files: ['access.log'],
      lines: 7,
      malformed: 0,
      from: '2026-11-21T05:00:00.000Z',
      to: '2026-11-21T05:00:20.000Z',
      detections: [
        {
          scenario: 'admin-panel-probe',
          ip: '203.0.113.50',
          count: 4,
          firstSeen: '2026-11-21T05:00:05.000Z',
          lastSeen: '2026-11-21T05:00:08.000Z',
          samples: ['"GET /wp-admin/ HTTP/1.1" → 404', '"GET /wp-login.php HTTP/1.1" → 404', '"GET /administrator/ HTTP/1.1" → 404', '"GET /phpmyadmin/ HTTP/1.1" → 404'],
        },
      ],
      topSources: [
        { ip: '203.0.113.50', requests: 4, scenarios: ['admin-panel-probe'] },
        { ip: '10.0.0.1', requests: 2, scenarios: [] },
        { ip: '10.0.0.2', requests: 1, scenarios: [] },
      ],
    });
  });

  it('--out also writes the Markdown and the JSON, named by the WIB day of the last line', async () => {
    const { code, stdout, stderr } = await run(['access.log', '--out', 'laporan/log']);
    expect(code).toBe(0);
    const base = path.join(dir, 'laporan/log/log-aktivitas-2026-11-21');
    expect(stderr).toBe(`log aktivitas ditulis: ${base}.md dan ${base}.json\n`);
    expect(await readFile(`${base}.md`, 'utf8')).toBe(stdout);
    expect(JSON.parse(await readFile(`${base}.json`, 'utf8'))).toMatchObject({ lines: 7, detections: [{ scenario: 'admin-panel-probe' }] });
  });

  it('--since scans only lines from that time on (WIB when no zone is given)', async () => {
    const { code, stdout } = await run(['access.log', '--since', '2026-11-21T12:00:07']);
    expect(code).toBe(0);
    expect(stdout).toContain('- Hanya baris sejak 2026-11-21 12:00:07 WIB (4 baris lebih lama dilewati)');
    expect(stdout).toContain('Tidak ada aktivitas mencurigakan terdeteksi.');
  });

  it('reads a gzip log from stdin with "-"', async () => {
    let stdout = '';
    const sink = (append: (s: string) => void) => new Writable({ write: (chunk, _enc, done) => (append(String(chunk)), done()) });
    const ctx = { cwd: dir, env: TEST_ENV, stdout: sink((s) => (stdout += s)), stderr: sink(() => {}), now: () => new Date('2026-11-21T12:00:00Z'), stdin: Readable.from([gzipSync(LOG)]) };
    expect(await main(['logscan', '-', '--json'], ctx)).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ files: ['(stdin)'], lines: 7, detections: [{ ip: '203.0.113.50' }] });
  });

  it.each([
    [[], 'sebutkan minimal satu berkas log (atau - untuk stdin)'],
    [['-', '-'], 'stdin (-) hanya boleh disebut sekali'],
    [['access.log', '--since', 'kemarin'], '--since harus tanggal atau waktu ISO 8601 (mis. 2026-11-20 atau 2026-11-20T06:00:00+07:00), bukan "kemarin"'],
    [['access.log', '--repo-dir', 'situs'], '--repo-dir hanya dipakai bersama --record'],
    [['access.log', '--record', '--repo-dir', 'tidak-ada'], '--repo-dir: folder tidak ditemukan: tidak-ada'],
    [['access.log', '--format', 'csv'], "Unknown option '--format'"],
  ])('refuses %j with exit 2 and the usage', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`laman logscan: ${message}`);
    expect(stderr).toContain('Usage: laman logscan FILE…');
  });

  it('exits 1 with one Indonesian line when a log cannot be read', async () => {
    const { code, stdout, stderr } = await run(['access.log', 'access.log.9.gz']);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe('laman logscan: berkas log access.log.9.gz tidak ditemukan; periksa jalurnya (log nginx biasanya di /var/log/nginx/)\n');
  });

  it('--record adds the report to the records branch (pemantauan) as logscan/<time>.json', async () => {
    const repo = path.join(dir, 'situs');
    const { code, stdout, stderr } = await run(['access.log', '--json', '--record', '--repo-dir', 'situs']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^catatan disimpan di cabang pemantauan \(commit [0-9a-f]{12}\)\n$/);
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { env: TEST_ENV, encoding: 'utf8' });
    expect(git('show', 'pemantauan:logscan/20261121T120000Z.json')).toBe(stdout);
    expect(git('log', '-1', '--format=%s', 'pemantauan')).toBe('Log aktivitas pengunjung: 7 baris, 1 deteksi\n');
    // The working copy is untouched: no checkout, still on main with nothing staged.
    expect(git('status', '--porcelain')).toBe('');
    expect(git('symbolic-ref', '--short', 'HEAD')).toBe('main\n');
  });

  it('--record pushes the branch to origin when the checkout has one (the workflow\'s case)', async () => {
    const origin = path.join(dir, 'origin.git');
    const clone = path.join(dir, 'clone');
    execFileSync('git', ['init', '-q', '--bare', origin], { env: TEST_ENV });
    execFileSync('git', ['init', '-q', '-b', 'main', clone], { env: TEST_ENV });
    execFileSync('git', ['-C', clone, 'remote', 'add', 'origin', origin], { env: TEST_ENV });
    const { code, stdout } = await run(['access.log', '--json', '--record', '--repo-dir', 'clone']);
    expect(code).toBe(0);
    expect(execFileSync('git', ['-C', origin, 'show', 'pemantauan:logscan/20261121T120000Z.json'], { env: TEST_ENV, encoding: 'utf8' })).toBe(stdout);
  });

  it('--record outside a git repository exits 1 and says why', async () => {
    const { code, stderr } = await run(['access.log', '--record'], {});
    expect(code).toBe(1);
    expect(stderr).toMatch(/^laman logscan: log aktivitas tidak dapat dicatat di cabang pemantauan: git .* gagal \(kode keluar 128\): .*not a git repository/m);
  });
});
