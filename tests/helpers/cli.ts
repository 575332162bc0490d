// Runs `laman` in-process with captured output and a pinned clock.
import { Writable } from 'node:stream';
import { main } from '../../scripts/cli/main.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function capture() {
  let text = '';
  const stream = new Writable({ write: (chunk, _enc, done) => ((text += chunk.toString()), done()) });
  return { stream, text: () => text };
}

export async function laman(args: string[], env: Record<string, string | undefined> = {}, cwd = PROJECT_ROOT): Promise<CliResult> {
  const out = capture();
  const err = capture();
  const code = await main(args, {
    cwd,
    env: { LAMAN_NOW: '2026-11-21T12:00:00Z', ...env },
    stdout: out.stream,
    stderr: err.stream,
    now: () => new Date('2026-11-21T12:00:00Z'),
  });
  return { code, stdout: out.text(), stderr: err.text() };
}
