import { readdir } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { COMMANDS } from './registry.ts';

it('lists every command module once, with the name and summary the command itself has', async () => {
  for (const entry of COMMANDS) {
    const command = await entry.load();
    expect({ name: command.name, summary: command.summary }).toEqual({ name: entry.name, summary: entry.summary });
  }
  const modules = (await readdir(new URL('./commands/', import.meta.url))).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  expect(modules.length).toBe(COMMANDS.length);
});
