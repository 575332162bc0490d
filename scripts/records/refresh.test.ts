// Taking origin's records branch before reading it, with real git: a workflow's fresh
// checkout gets the history, records not pushed yet are never dropped, and a branch that
// went two ways is read as it is here, with a warning.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveCommit } from '../archive/git.ts';
import { gitSync, tempDir, TEST_ENV, writeFiles } from '../archive/test-support.ts';
import { RECORDS_BRANCH } from './layout.ts';
import { refreshRecords } from './refresh.ts';
import { appendRecords, type RecordWrite } from './store.ts';

const env = TEST_ENV;
const NOW = new Date('2026-12-07T03:00:00Z');
const cleanup: string[] = [];
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

async function setup(): Promise<{ origin: string; clone: (name: string) => string }> {
  const root = await tempDir('segarkan');
  cleanup.push(root);
  const origin = path.join(root, 'origin.git');
  const seed = path.join(root, 'seed');
  gitSync(root, 'init', '-q', '--bare', '-b', 'main', origin);
  gitSync(root, 'init', '-q', '-b', 'main', seed);
  await writeFiles(seed, { 'README.md': '# Situs\n' });
  gitSync(seed, 'add', '.');
  gitSync(seed, 'commit', '-q', '-m', 'situs');
  gitSync(seed, 'push', '-q', origin, 'main');
  return {
    origin,
    clone: (name) => {
      const dir = path.join(root, name);
      gitSync(root, 'clone', '-q', origin, dir);
      return dir;
    },
  };
}

const write = (n: number): RecordWrite => ({ path: 'monitor/2026-12-07.jsonl', content: `{"n":${n}}\n`, mode: 'append' });
const append = (dir: string, n: number) => appendRecords({ repoDir: dir, env, files: [write(n)], message: `catatan ${n}`, now: NOW });
const tip = (dir: string) => resolveCommit(dir, `refs/heads/${RECORDS_BRANCH}`, env);

describe('refreshRecords', () => {
  it('without an origin, or before the branch exists there, changes nothing', async () => {
    const { clone } = await setup();
    const dir = clone('kerja');
    expect(await refreshRecords({ repoDir: dir, env, log: () => {}, remote: 'tidak-ada' })).toBe('no-remote');
    expect(await refreshRecords({ repoDir: dir, env, log: () => {} })).toBe('absent-on-remote');
    expect(await tip(dir)).toBeUndefined();
  });

  it("gives a fresh checkout origin's history, and fast-forwards one that is behind", async () => {
    const { clone } = await setup();
    const writer = clone('penulis');
    await append(writer, 1);
    gitSync(writer, 'push', '-q', 'origin', RECORDS_BRANCH);
    const reader = clone('pembaca');
    expect(await refreshRecords({ repoDir: reader, env, log: () => {} })).toBe('fast-forwarded');
    expect(await tip(reader)).toBe(await tip(writer));
    await append(writer, 2);
    gitSync(writer, 'push', '-q', 'origin', RECORDS_BRANCH);
    expect(await refreshRecords({ repoDir: reader, env, log: () => {} })).toBe('fast-forwarded');
    expect(await refreshRecords({ repoDir: reader, env, log: () => {} })).toBe('up-to-date');
    expect(gitSync(reader, 'cat-file', 'blob', `${RECORDS_BRANCH}:monitor/2026-12-07.jsonl`)).toBe('{"n":1}\n{"n":2}\n');
  });

  it('keeps records not pushed yet, and warns when the two went different ways', async () => {
    const { clone } = await setup();
    const a = clone('a');
    await append(a, 1);
    gitSync(a, 'push', '-q', 'origin', RECORDS_BRANCH);
    const b = clone('b');
    await refreshRecords({ repoDir: b, env, log: () => {} });
    await append(b, 2);
    const ahead = await tip(b);
    expect(await refreshRecords({ repoDir: b, env, log: () => {} })).toBe('local-ahead');
    expect(await tip(b)).toBe(ahead);

    await append(a, 3);
    gitSync(a, 'push', '-q', 'origin', RECORDS_BRANCH);
    const warnings: string[] = [];
    expect(await refreshRecords({ repoDir: b, env, log: (line) => warnings.push(line) })).toBe('diverged');
    expect(await tip(b)).toBe(ahead);
    expect(warnings).toEqual([expect.stringContaining('berbeda arah')]);
  });
});
