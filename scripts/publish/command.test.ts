// `laman publish` refuses a wrong call before it builds or touches anything.
import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { publishCommand } from '../cli/commands/publish.ts';
import { main } from '../cli/main.ts';
import { PROJECT_ROOT } from '../lib/project.ts';

async function laman(args: string[], env: Record<string, string | undefined> = {}) {
  let stderr = '';
  const sink = (append: (s: string) => void) => new Writable({ write: (chunk, _enc, done) => (append(chunk.toString()), done()) });
  const code = await main(['publish', ...args], { cwd: PROJECT_ROOT, env, stdout: sink(() => {}), stderr: sink((s) => (stderr += s)), now: () => new Date(0) }, [
    { name: publishCommand.name, summary: publishCommand.summary, load: async () => publishCommand },
  ]);
  return { code, stderr };
}

it('explains a wrong target, contradictory options, a bad --before and a directory target without its folder (exit 2)', async () => {
  expect(await laman(['--target', 'ftp'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--target harus salah satu dari pages, ssh, directory, none') });
  expect((await laman(['--no-archive', '--archive-only'])).stderr).toContain('tidak dapat digabung');
  expect((await laman(['--before', 'HEAD~1'])).stderr).toContain('--before harus id commit');
  expect(await laman(['--target', 'directory'])).toMatchObject({ code: 2, stderr: expect.stringContaining('target directory memerlukan folder tujuan') });
});
