import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { UserError, type Command, type Context } from './context.ts';
import type { CommandEntry } from './registry.ts';

function capture() {
  let text = '';
  const stream = new Writable({ write: (chunk, _enc, done) => ((text += chunk.toString()), done()) });
  return { stream, text: () => text };
}

function context() {
  const out = capture();
  const err = capture();
  const ctx: Context = { cwd: '/', env: {}, stdout: out.stream, stderr: err.stream, now: () => new Date(0) };
  return { ctx, out, err };
}

const fake = (name: string, run: Command['run']): CommandEntry => {
  const command: Command = { name, summary: `${name} summary`, usage: `Usage: laman ${name}`, run };
  return { name, summary: command.summary, load: async () => command };
};

describe('laman CLI', () => {
  const commands = [
    fake('bench', async () => 10),
    fake('bench build', async (args) => (args[0] === '--x' ? 11 : 12)),
    fake('fail', async () => {
      throw new UserError('konten tidak valid');
    }),
  ];

  it('prints the help text listing every command', async () => {
    const { ctx, out } = context();
    expect(await main([], ctx, commands)).toBe(0);
    expect(out.text()).toContain('bench build  bench build summary');
  });

  it('picks the longest matching command and passes the rest', async () => {
    expect(await main(['bench', 'build', '--x'], context().ctx, commands)).toBe(11);
    expect(await main(['bench'], context().ctx, commands)).toBe(10);
  });

  it('rejects an unknown command with exit code 2', async () => {
    const { ctx, err } = context();
    expect(await main(['nope'], ctx, commands)).toBe(2);
    expect(err.text()).toContain('unknown command "nope"');
  });

  it('prints a user error without a stack trace, exit code 1', async () => {
    const { ctx, err } = context();
    expect(await main(['fail'], ctx, commands)).toBe(1);
    expect(err.text()).toBe('laman fail: konten tidak valid\n');
  });

  it('shows a command’s usage with --help', async () => {
    const { ctx, out } = context();
    expect(await main(['bench', 'build', '--help'], ctx, commands)).toBe(0);
    expect(out.text()).toBe('Usage: laman bench build\n');
  });
});
