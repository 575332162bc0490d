// `laman bench ops`' log-scan half on a tiny log: the figures are sane (not timed), the
// table says whether the aim is met, and the options are checked before any work.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchLogscan } from '../../scripts/bench/ops/logscan.ts';
import { formatOpsBench, parseSize } from '../../scripts/cli/commands/bench-ops.ts';
import { laman } from '../helpers/cli.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'laman-bench-logscan-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('benchLogscan', () => {
  it('generates a log of about the size asked, scans it in a child process and reports its figures', async () => {
    const lines: string[] = [];
    const result = await benchLogscan({ bytes: 2 * 1024 * 1024, dir, log: (l) => lines.push(l) });
    expect(result.bytes).toBeGreaterThanOrEqual(2 * 1024 * 1024);
    expect(result.bytes).toBeLessThan(4 * 1024 * 1024);
    // About 240 bytes a line.
    expect(result.lines).toBeGreaterThan(result.bytes / 400);
    expect(result.lines).toBeLessThan(result.bytes / 150);
    expect(result.detections).toBeGreaterThan(0);
    expect(result.seconds).toBeGreaterThan(0);
    expect(Math.abs(result.linesPerSecond - result.lines / result.seconds) / result.linesPerSecond).toBeLessThan(0.01);
    expect(result.peakRssMiB).toBeGreaterThan(10);
    expect(lines[0]).toBe(`logscan: membuat log 2 MiB di ${path.join(dir, 'access.log')}`);
    expect(lines.at(-1)).toMatch(/^logscan: [\d.]+ baris\/detik, memori puncak [\d.]+ MiB, \d+ deteksi$/);
    expect(await readdir(dir)).toEqual(['access.log']);
  });
});

describe('laman bench ops', () => {
  it.each([
    ['200MB', 200_000_000],
    ['1GiB', 1024 ** 3],
    ['1,5 GB', 1_500_000_000],
    ['512mib', 512 * 1024 ** 2],
    ['4096', 4096],
  ])('reads --log-size %s as %i bytes', (value, bytes) => {
    expect(parseSize(value)).toBe(bytes);
  });

  it.each([
    [['--log-size', 'besar'], '--log-size harus ukuran minimal 1MiB, mis. 1GiB atau 200MB; bukan "besar"'],
    [['--log-size', '10KB'], '--log-size harus ukuran minimal 1MiB, mis. 1GiB atau 200MB; bukan "10KB"'],
    [['--urls', '0'], '--urls harus bilangan bulat 1 sampai 10000; bukan "0"'],
    [['--only', 'backup'], '--only harus salah satu dari: logscan, monitor; bukan "backup"'],
  ])('refuses %j before any work, with exit 2', async (args, message) => {
    const { code, stderr } = await laman(['bench', 'ops', ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(`laman bench ops: ${message}`);
  });

  it('prints the figures as a table and says whether the 200,000 lines/s aim is met', () => {
    const logscan = { bytes: 1024 ** 3, lines: 4_461_119, seconds: 15.5, linesPerSecond: 287_814, peakRssMiB: 278.6, detections: 1526 };
    const monitor = { urls: 100, seconds: 0.61, availabilitySeconds: 0.25, integritySeconds: 0.36, files: 102, server: 'nginx' as const, problems: 0 };
    const table = formatOpsBench(logscan, monitor);
    expect(table.split('\n').slice(0, 2)).toEqual(['| pengukuran                         |       hasil |', '|------------------------------------|-------------|']);
    expect(table).toContain('| logscan: baris per detik (1 inti)  |     287.814 |');
    expect(table).toContain('| logscan: memori puncak (RSS)       |     279 MiB |');
    expect(table).toContain('| logscan: waktu pindai              | 15,50 detik |');
    expect(table).toContain('| monitor: ketersediaan + integritas |  0,61 detik |');
    expect(table).toContain('target logscan ≥ 200.000 baris/detik: tercapai (287.814)');
    expect(formatOpsBench({ ...logscan, linesPerSecond: 150_000 }, undefined)).toContain('target logscan ≥ 200.000 baris/detik: BELUM tercapai (150.000)');
    expect(formatOpsBench(undefined, monitor)).not.toContain('logscan');
  });
});
