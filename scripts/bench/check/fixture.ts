// The parent's side of fixture-child.ts: starts it, follows its progress, reads its result.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ChildFailedError, tail } from '../child.ts';
import type { BenchCounts } from './sizes.ts';

const CHILD = fileURLToPath(new URL('./fixture-child.ts', import.meta.url));

export interface Written {
  files: number;
  bytes: number;
}

export type ChildLine = { kind: 'progress'; done: number; total: number } | { kind: 'result'; written: Written } | { kind: 'other' };

export function parseChildLine(line: string): ChildLine {
  const progress = /^progress (\d+) (\d+)$/.exec(line);
  if (progress) return { kind: 'progress', done: Number(progress[1]), total: Number(progress[2]) };
  if (!line.startsWith('{')) return { kind: 'other' };
  let value: Partial<Written>;
  try {
    value = JSON.parse(line) as Partial<Written>;
  } catch (error) {
    if (error instanceof SyntaxError) return { kind: 'other' };
    throw error;
  }
  if (typeof value.files === 'number' && typeof value.bytes === 'number') return { kind: 'result', written: { files: value.files, bytes: value.bytes } };
  return { kind: 'other' };
}

export function generateInChild(
  counts: BenchCounts,
  out: string,
  options: { env: Record<string, string | undefined>; onProgress: (done: number, total: number) => void },
): Promise<Written> {
  const args = [CHILD, '--out', out, ...(['berita', 'dokumen', 'pengumuman', 'gambar'] as const).flatMap((k) => [`--${k}`, String(counts[k])])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let written: Written | undefined;
    let stdout = '';
    let stderr = '';
    createInterface({ input: child.stdout }).on('line', (line) => {
      const parsed = parseChildLine(line);
      if (parsed.kind === 'progress') options.onProgress(parsed.done, parsed.total);
      else if (parsed.kind === 'result') written = parsed.written;
      else stdout += line + '\n';
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0 && written) return resolve(written);
      const how = signal ? `was killed by ${signal}` : code === 0 ? 'printed no result' : `exited with code ${code}`;
      reject(new ChildFailedError(`fixture generation ${how}:\n${tail(stderr) || tail(stdout) || '(no output)'}`));
    });
  });
}
