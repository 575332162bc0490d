// The log scan's benchmark: generates an access log of the given size (scripts/logscan/
// generate.ts, streamed to disk) and scans it in a child process of its own
// (scripts/logscan/bench-child.ts), so that the peak memory measured is the scan's alone
// and not the generator's. The child times the scan itself, without Node's start-up.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { runChild } from '../child.ts';
import { PROJECT_ROOT } from '../../lib/project.ts';
import { generateLog } from '../../logscan/generate.ts';

export interface LogscanBenchOptions {
  /** Size of the generated log, in bytes (about: it is written in batches of 1 MiB). */
  bytes: number;
  /** Where the log is written (access.log); the caller removes it. */
  dir: string;
  log: (line: string) => void;
}

export interface LogscanBenchResult {
  /** Bytes actually generated. */
  bytes: number;
  lines: number;
  /** Wall time of the scan in the child, from the first byte read to the report. */
  seconds: number;
  linesPerSecond: number;
  /** The child's peak resident memory. */
  peakRssMiB: number;
  detections: number;
}

const CHILD = path.join(PROJECT_ROOT, 'scripts', 'logscan', 'bench-child.ts');
const MIB = 1024 * 1024;

/** What bench-child.ts prints as its one line of JSON. */
function parseChildOutput(stdout: string): { lines: number; seconds: number; peakRssMiB: number; detections: number } {
  const figures = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Record<string, unknown>;
  for (const key of ['lines', 'seconds', 'peakRssMiB', 'detections']) {
    if (typeof figures[key] !== 'number') throw new Error(`bench-child.ts tidak mencetak "${key}": ${stdout.trim()}`);
  }
  return figures as { lines: number; seconds: number; peakRssMiB: number; detections: number };
}

export async function benchLogscan(options: LogscanBenchOptions): Promise<LogscanBenchResult> {
  await mkdir(options.dir, { recursive: true });
  const file = path.join(options.dir, 'access.log');
  const total = Math.ceil(options.bytes / MIB);
  options.log(`logscan: membuat log ${total} MiB di ${file}`);
  let lastTenth = 0;
  const started = performance.now();
  const generated = await generateLog(file, options.bytes, {
    progress: (written) => {
      const tenth = Math.floor((written / options.bytes) * 10);
      if (tenth > lastTenth && tenth < 10) {
        lastTenth = tenth;
        options.log(`logscan: ${Math.floor(written / MIB)}/${total} MiB ditulis`);
      }
    },
  });
  options.log(`logscan: ${generated.lines.toLocaleString('id-ID')} baris, ${(generated.bytes / MIB).toFixed(0)} MiB dalam ${((performance.now() - started) / 1000).toFixed(1)} detik`);

  options.log('logscan: memindai di proses anak');
  const { stdout } = await runChild(process.execPath, [CHILD, file], { cwd: PROJECT_ROOT, env: { PATH: process.env.PATH, TZ: 'UTC' }, label: 'bench-child.ts' });
  const figures = parseChildOutput(stdout);
  if (figures.lines !== generated.lines) throw new Error(`bench-child.ts membaca ${figures.lines} baris, padahal log berisi ${generated.lines}`);
  const result: LogscanBenchResult = {
    bytes: generated.bytes,
    lines: figures.lines,
    seconds: Math.round(figures.seconds * 1000) / 1000,
    linesPerSecond: Math.round(figures.lines / figures.seconds),
    peakRssMiB: Math.round(figures.peakRssMiB * 10) / 10,
    detections: figures.detections,
  };
  options.log(`logscan: ${result.linesPerSecond.toLocaleString('id-ID')} baris/detik, memori puncak ${result.peakRssMiB} MiB, ${result.detections} deteksi`);
  return result;
}
