// scanFiles over real files in a temporary folder: plain and gzip told apart by content,
// several files and stdin in one report, malformed lines counted and named, and every
// read failure as one Indonesian message that says what to do.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogscanError, scanFiles, type ScanOptions } from './scan.ts';
import { hitLine } from './test-support.ts';

const NOW = new Date('2026-11-21T12:00:00Z');
let dir: string;

/** Two requests for sensitive files and one more: a detection. */
const ATTACK = ['/.env', '/.git/config', '/backup.zip'].map((p, i) => hitLine('203.0.113.9', i, `GET ${p}`, 404)).join('\n') + '\n';
const VISITS = ['/', '/berita/', '/kontak/'].map((p, i) => hitLine('10.0.0.1', 10 + i, `GET ${p}`)).join('\n') + '\n';

async function* chunks(...parts: Array<string | Buffer>) {
  for (const part of parts) yield typeof part === 'string' ? Buffer.from(part) : part;
}

function run(files: string[], extra: Partial<ScanOptions> = {}) {
  const warnings: string[] = [];
  const outcome = scanFiles({ files, cwd: dir, stdin: chunks(), now: NOW, warn: (l) => warnings.push(l), ...extra });
  return { outcome, warnings };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'laman-logscan-'));
  await writeFile(path.join(dir, 'access.log'), VISITS);
  // logrotate's names, but this one holds gzip and that one plain text: content decides.
  await writeFile(path.join(dir, 'access.log.1'), gzipSync(ATTACK));
  await writeFile(path.join(dir, 'access.log.2.gz'), VISITS);
  const gz = gzipSync(ATTACK.repeat(200));
  await writeFile(path.join(dir, 'terpotong.log.gz'), gz.subarray(0, gz.length - 20));
  const corrupt = Buffer.from(gz);
  corrupt.fill(0x41, 20, 60);
  await writeFile(path.join(dir, 'rusak.log.gz'), corrupt);
  await writeFile(path.join(dir, 'campur.log'), ['baris pertama bukan log', ...VISITS.trim().split('\n'), '', 'GET / HTTP/1.1', ...Array.from({ length: 6 }, () => 'sampah')].join('\n'));
  await mkdir(path.join(dir, 'nginx'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('scanFiles', () => {
  it('scans plain and gzip files into one report, telling them apart by content', async () => {
    const { outcome, warnings } = run(['access.log', 'access.log.1', 'access.log.2.gz']);
    const { report, skipped, evictedSources } = await outcome;
    expect(warnings).toEqual([]);
    expect(report).toMatchObject({
      at: '2026-11-21T12:00:00.000Z',
      files: ['access.log', 'access.log.1', 'access.log.2.gz'],
      lines: 9,
      malformed: 0,
      from: '2026-11-21T05:00:00.000Z',
      to: '2026-11-21T05:00:12.000Z',
      topSources: [
        { ip: '10.0.0.1', requests: 6, scenarios: [] },
        { ip: '203.0.113.9', requests: 3, scenarios: ['sensitive-files'] },
      ],
    });
    expect(report.detections.map((d) => [d.scenario, d.ip, d.count])).toEqual([['sensitive-files', '203.0.113.9', 3]]);
    expect({ skipped, evictedSources }).toEqual({ skipped: 0, evictedSources: 0 });
  });

  it('reads "-" from stdin, gzip too', async () => {
    const { report } = await run(['-'], { stdin: chunks(gzipSync(ATTACK)) }).outcome;
    expect(report).toMatchObject({ files: ['(stdin)'], lines: 3 });
    expect(report.detections).toHaveLength(1);
  });

  it('counts malformed lines, skips empty ones, and names the first five line numbers in a warning', async () => {
    const { outcome, warnings } = run(['campur.log']);
    const { report } = await outcome;
    expect(report).toMatchObject({ lines: 11, malformed: 8 });
    expect(warnings).toEqual([
      'peringatan: 8 baris di campur.log bukan baris log combined dan dilewati (baris 1, 6, 7, 8, 9, …); periksa format log_format di nginx (lihat docs/logscan.md)',
    ]);
  });

  it('skips lines older than --since and counts them', async () => {
    const { report, skipped } = await run(['access.log.1', 'access.log'], { since: new Date('2026-11-21T05:00:05Z') }).outcome;
    expect(skipped).toBe(3);
    expect(report).toMatchObject({ lines: 6, from: '2026-11-21T05:00:10.000Z', detections: [] });
  });

  it.each([
    ['tidak-ada.log', 'berkas log tidak-ada.log tidak ditemukan; periksa jalurnya (log nginx biasanya di /var/log/nginx/)'],
    ['nginx', `nginx adalah folder, bukan berkas log; sebutkan berkasnya, mis. ${path.join('nginx', 'access.log')}`],
    ['terpotong.log.gz', /^berkas gzip terpotong\.log\.gz rusak atau terpotong \(unexpected end of file\); salin ulang dari server, atau periksa dengan `gzip -t terpotong\.log\.gz`$/],
    ['rusak.log.gz', /^berkas gzip rusak\.log\.gz rusak atau terpotong \(.+\); salin ulang dari server, atau periksa dengan `gzip -t rusak\.log\.gz`$/],
  ])('refuses %s with a message that says what to do', async (file, message) => {
    const error = await run([file]).outcome.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogscanError);
    if (typeof message === 'string') expect((error as Error).message).toBe(message);
    else expect((error as Error).message).toMatch(message);
  });

  it('checks every path before reading any, so a typo fails at once', async () => {
    const warnings: string[] = [];
    const error = await scanFiles({ files: ['campur.log', 'tidak-ada.log'], cwd: dir, stdin: chunks(), now: NOW, warn: (l) => warnings.push(l) }).catch((e: unknown) => e);
    expect((error as Error).message).toContain('tidak-ada.log tidak ditemukan');
    expect(warnings).toEqual([]);
  });
});
