// Progress for long commands: a redrawn bar on a terminal, a plain line now and then
// elsewhere (CI logs). Hand-written: it is a dozen lines and needs no dependency.
import type { Writable } from 'node:stream';

export interface Progress {
  tick(done: number): void;
  done(message?: string): void;
}

export function progress(out: Writable & { isTTY?: boolean }, label: string, total: number): Progress {
  const started = Date.now();
  let lastLine = -1;
  const render = (done: number) => {
    const fraction = total === 0 ? 1 : Math.min(1, done / total);
    if (out.isTTY) {
      const width = 30;
      const filled = Math.round(fraction * width);
      out.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
      return;
    }
    // In CI: one line per 10 %.
    const step = Math.floor(fraction * 10);
    if (step !== lastLine) {
      lastLine = step;
      out.write(`${label}: ${done}/${total} (${Math.round(fraction * 100)}%)\n`);
    }
  };
  return {
    tick: render,
    done(message) {
      render(total);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      out.write(`${out.isTTY ? '\n' : ''}${label}: ${message ?? 'selesai'} (${seconds} s)\n`);
    },
  };
}
