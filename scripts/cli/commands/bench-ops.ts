// `laman bench ops`: the maintenance jobs' figures — the log scan's lines per second and peak
// memory on a generated access log, and the monitor's wall time for N URLs on a local server.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { benchLogscan, type LogscanBenchResult } from '../../bench/ops/logscan.ts';
import { benchMonitor, type MonitorBenchResult } from '../../bench/ops/monitor.ts';
import { PROJECT_ROOT } from '../../lib/project.ts';
import { UsageError, type Command } from '../context.ts';
import { parseOptions } from '../options.ts';

/** The aim for `laman logscan` on one core. */
export const LINES_PER_SECOND_TARGET = 200_000;
const JOBS = ['logscan', 'monitor'] as const;
type Job = (typeof JOBS)[number];
export const OUT_DIR = path.join(PROJECT_ROOT, 'bench', '.out', 'ops');

const UNITS: Record<string, number> = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };

/** "1GiB" → 1073741824, "200MB" → 200000000, "512" → 512; undefined when it is not a size. */
export function parseSize(value: string): number | undefined {
  const m = /^(\d+(?:[.,]\d+)?)\s*([kmg]i?b|b)?$/i.exec(value.trim());
  if (!m) return undefined;
  const bytes = Math.round(Number(m[1]!.replace(',', '.')) * UNITS[(m[2] ?? 'b').toLowerCase()]!);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

const id = (n: number, digits = 0) => n.toLocaleString('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const MIB = 1024 * 1024;

/** The table on stdout, and whether the lines-per-second aim is met. Pure. */
export function formatOpsBench(logscan: LogscanBenchResult | undefined, monitor: MonitorBenchResult | undefined): string {
  const rows: Array<[string, string]> = [];
  if (logscan) {
    rows.push(
      ['logscan: ukuran log', `${id(logscan.bytes / MIB)} MiB`],
      ['logscan: baris', id(logscan.lines)],
      ['logscan: waktu pindai', `${id(logscan.seconds, 2)} detik`],
      ['logscan: baris per detik (1 inti)', id(logscan.linesPerSecond)],
      ['logscan: MiB per detik', id(logscan.bytes / MIB / logscan.seconds, 1)],
      ['logscan: memori puncak (RSS)', `${id(logscan.peakRssMiB)} MiB`],
      ['logscan: deteksi', id(logscan.detections)],
    );
  }
  if (monitor) {
    rows.push(
      ['monitor: URL', id(monitor.urls)],
      ['monitor: server', monitor.server],
      ['monitor: ketersediaan + integritas', `${id(monitor.seconds, 2)} detik`],
      ['monitor: ketersediaan saja', `${id(monitor.availabilitySeconds, 2)} detik`],
      ['monitor: integritas saja', `${id(monitor.integritySeconds, 2)} detik`],
      ['monitor: berkas dibandingkan', id(monitor.files)],
      ['monitor: temuan bermasalah', id(monitor.problems)],
    );
  }
  const header: [string, string] = ['pengukuran', 'hasil'];
  const widths = [0, 1].map((i) => Math.max(header[i]!.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: [string, string]) => `| ${r[0].padEnd(widths[0]!)} | ${r[1].padStart(widths[1]!)} |`;
  const lines = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
  if (logscan) {
    const met = logscan.linesPerSecond >= LINES_PER_SECOND_TARGET;
    lines.push('', `target logscan ≥ ${id(LINES_PER_SECOND_TARGET)} baris/detik: ${met ? 'tercapai' : 'BELUM tercapai'} (${id(logscan.linesPerSecond)})`);
  }
  if (monitor?.problems) lines.push('', `monitor: ${monitor.problems} temuan bermasalah pada situs lokal yang sehat: periksa pemeriksaan monitor`);
  return `${lines.join('\n')}\n`;
}

export const benchOpsCommand: Command = {
  name: 'bench ops',
  summary: 'Benchmark the maintenance jobs: logscan lines/s and peak memory on a generated log, monitor wall time for N URLs',
  usage: `Usage: laman bench ops [--log-size 1GiB] [--urls 100] [--only logscan|monitor] [--keep]

logscan  generates an access log in the \`laman\` format (mostly ordinary visitors, about
         3 % attack bursts on every scenario) in bench/.out/ops/access.log and scans it
         with \`laman logscan\`'s own code in a child process: lines per second on one
         core and the peak memory (RSS). Aim: ≥ ${LINES_PER_SECOND_TARGET.toLocaleString('en')} lines per second.
monitor  serves N generated pages on 127.0.0.1 with Debian's nginx and times the
         availability and integrity checks of \`laman monitor\` over them.
Prints progress on stderr and a table of the figures on stdout.

Options:
  --log-size SIZE  size of the generated log: 1GiB, 200MB, 500MiB … (default: 1GiB)
  --urls N         URLs for the monitor (default: 100)
  --only JOB       run one job only: logscan or monitor (default: both)
  --keep           keep the generated log in bench/.out/ops (default: removed)

Exit status: 0 measured, 1 the monitor found problems on the healthy local site or
the scan detected nothing in the generated attacks, 2 usage error.
`,
  async run(args, ctx) {
    const { values } = parseOptions({
      args,
      options: { 'log-size': { type: 'string', default: '1GiB' }, urls: { type: 'string', default: '100' }, only: { type: 'string' }, keep: { type: 'boolean' } },
    });
    const bytes = parseSize(values['log-size']);
    if (bytes === undefined || bytes < MIB) throw new UsageError(`--log-size harus ukuran minimal 1MiB, mis. 1GiB atau 200MB; bukan "${values['log-size']}"`);
    if (!/^\d+$/.test(values.urls) || Number(values.urls) < 1 || Number(values.urls) > 10_000) throw new UsageError(`--urls harus bilangan bulat 1 sampai 10000; bukan "${values.urls}"`);
    const urls = Number(values.urls);
    const only = values.only;
    if (only !== undefined && !JOBS.includes(only as Job)) throw new UsageError(`--only harus salah satu dari: ${JOBS.join(', ')}; bukan "${only}"`);
    const runs = (job: Job) => only === undefined || only === job;
    const log = (line: string) => ctx.stderr.write(`${line}\n`);

    let logscan: LogscanBenchResult | undefined;
    if (runs('logscan')) {
      try {
        logscan = await benchLogscan({ bytes, dir: OUT_DIR, log });
      } finally {
        if (!values.keep) await rm(path.join(OUT_DIR, 'access.log'), { force: true });
      }
      if (values.keep) log(`logscan: log disimpan di ${path.join(OUT_DIR, 'access.log')}`);
    }
    const monitor = runs('monitor') ? await benchMonitor({ urls, log }) : undefined;
    ctx.stdout.write(formatOpsBench(logscan, monitor));
    return (monitor?.problems ?? 0) > 0 || logscan?.detections === 0 ? 1 : 0;
  },
};
