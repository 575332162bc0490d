// `laman logscan`'s work: read each log (a file or stdin), feed the scanner, count malformed
// lines, and assemble the LogscanReport. The I/O edge of the log scan; the policy is in
// scanner.ts and scenarios.ts.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { LogscanReport } from '../records/types.ts';
import { progress as makeProgress } from '../lib/progress.ts';
import { parseLine } from './parse.ts';
import { readLines } from './read-lines.ts';
import { createScanner, type ScanTotals } from './scanner.ts';

export class LogscanError extends Error {
  override name = 'LogscanError';
}

/** How many malformed line numbers a warning names per file. */
const MALFORMED_SHOWN = 5;
/** Files at least this large show progress. */
const PROGRESS_FROM = 64 * 1024 * 1024;
const MIB = 1024 * 1024;

export interface ScanOptions {
  /** Paths as given ("-" is stdin), resolved against cwd. */
  files: readonly string[];
  cwd: string;
  stdin: AsyncIterable<Buffer | string>;
  now: Date;
  since?: Date;
  maxSources?: number;
  /** Warnings in Indonesian (malformed lines), one per call. */
  warn: (line: string) => void;
  /** Where progress goes (stderr), for large files. */
  progress?: Writable & { isTTY?: boolean };
}

export interface ScanOutcome {
  report: LogscanReport;
  skipped: number;
  evictedSources: number;
}

function displayName(file: string): string {
  return file === '-' ? '(stdin)' : file;
}

function readError(file: string, error: unknown): LogscanError {
  const e = error as NodeJS.ErrnoException;
  const name = displayName(file);
  if (typeof e?.code === 'string' && e.code.startsWith('Z_')) {
    return new LogscanError(`berkas gzip ${name} rusak atau terpotong (${e.message}); salin ulang dari server, atau periksa dengan \`gzip -t ${name}\``);
  }
  if (e?.code === 'ENOENT') return new LogscanError(`berkas log ${name} tidak ditemukan; periksa jalurnya (log nginx biasanya di /var/log/nginx/)`);
  if (e?.code === 'EACCES') return new LogscanError(`berkas log ${name} tidak boleh dibaca oleh pengguna ini; jalankan dengan hak baca log (mis. anggota grup adm)`);
  if (e?.code === 'EISDIR') return new LogscanError(`${name} adalah folder, bukan berkas log; sebutkan berkasnya, mis. ${path.join(name, 'access.log')}`);
  return new LogscanError(`berkas log ${name} tidak dapat dibaca: ${(error as Error)?.message ?? String(error)}`);
}

/** Opens every file first, so that a wrong path fails before minutes of scanning. */
async function checkReadable(files: readonly string[], cwd: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const file of files) {
    if (file === '-') continue;
    try {
      const info = await stat(path.resolve(cwd, file));
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      sizes.set(file, info.size);
    } catch (error) {
      throw readError(file, error);
    }
  }
  return sizes;
}

export async function scanFiles(options: ScanOptions): Promise<ScanOutcome> {
  const sizes = await checkReadable(options.files, options.cwd);
  const scanner = createScanner({ ...(options.since ? { since: options.since.getTime() } : {}), ...(options.maxSources ? { maxSources: options.maxSources } : {}) });
  let lines = 0;
  let malformed = 0;
  for (const file of options.files) {
    const name = displayName(file);
    const size = sizes.get(file) ?? 0;
    const bar = options.progress && size >= PROGRESS_FROM ? makeProgress(options.progress, `Memindai ${name} (MiB)`, Math.ceil(size / MIB)) : undefined;
    let lastMib = -1;
    const onBytes = bar
      ? (total: number) => {
          const mib = Math.floor(total / MIB);
          if (mib !== lastMib) bar.tick((lastMib = mib));
        }
      : undefined;
    let lineNumber = 0;
    const bad: number[] = [];
    let fileMalformed = 0;
    const malformedAt = () => {
      fileMalformed++;
      if (bad.length < MALFORMED_SHOWN) bad.push(lineNumber);
    };
    const source = file === '-' ? options.stdin : (createReadStream(path.resolve(options.cwd, file), { highWaterMark: MIB }) as Readable);
    try {
      await readLines(
        source,
        {
          line(text) {
            lineNumber++;
            if (!text) return;
            lines++;
            const parsed = parseLine(text);
            if (parsed) scanner.add(parsed);
            else malformedAt();
          },
          overlong() {
            lineNumber++;
            lines++;
            malformedAt();
          },
        },
        onBytes,
      );
    } catch (error) {
      throw readError(file, error);
    }
    bar?.done();
    malformed += fileMalformed;
    if (fileMalformed) {
      options.warn(
        `peringatan: ${fileMalformed} baris di ${name} bukan baris log combined dan dilewati (baris ${bad.join(', ')}${fileMalformed > bad.length ? ', …' : ''}); periksa format log_format di nginx (lihat docs/logscan.md)`,
      );
    }
  }
  const totals: ScanTotals = scanner.totals();
  const report: LogscanReport = {
    at: options.now.toISOString(),
    files: options.files.map(displayName),
    lines,
    malformed,
    ...(totals.from !== undefined && totals.to !== undefined ? { from: new Date(totals.from).toISOString(), to: new Date(totals.to).toISOString() } : {}),
    detections: totals.detections,
    topSources: totals.topSources,
  };
  return { report, skipped: totals.skipped, evictedSources: totals.evictedSources };
}
