// The CMS's own clone: made once from the checkout, kept with its drafts afterwards, and
// never the developer's working tree.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { decapServerEnv } from './decap-server.ts';
import { draftBranches, ensureWorkingCopy } from './working-copy.ts';

const ENV = { ...process.env, GIT_AUTHOR_NAME: 'Uji', GIT_AUTHOR_EMAIL: 'uji@pn-contoh.go.id', GIT_COMMITTER_NAME: 'Uji', GIT_COMMITTER_EMAIL: 'uji@pn-contoh.go.id' };
let dir: string;
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: ENV, stdio: 'pipe' }).toString().trim();

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'laman-copy-'));
  git(dir, 'init', '-q', '-b', 'main', 'asal');
  await writeFile(path.join(dir, 'asal', 'a.md'), 'a\n');
  git(path.join(dir, 'asal'), 'add', '.');
  git(path.join(dir, 'asal'), 'commit', '-q', '-m', 'awal');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it('clones the checkout once, on its current branch, with a committer identity', async () => {
  const copy = await ensureWorkingCopy(path.join(dir, 'asal'), path.join(dir, 'cms'));
  expect(copy).toMatchObject({ branch: 'main', created: true });
  expect(await readFile(path.join(dir, 'cms', 'a.md'), 'utf8')).toBe('a\n');
  expect(git(path.join(dir, 'cms'), 'config', 'user.name')).not.toBe('');
});

it('keeps the clone and its draft branches on the next start', async () => {
  const cms = path.join(dir, 'cms');
  git(cms, 'checkout', '-q', '-b', 'cms/berita/draf-uji');
  git(cms, 'checkout', '-q', 'main');
  const again = await ensureWorkingCopy(path.join(dir, 'asal'), cms);
  expect(again.created).toBe(false);
  expect(await draftBranches(cms)).toEqual(['cms/berita/draf-uji']);
  // The developer's checkout never sees the draft.
  expect(git(path.join(dir, 'asal'), 'branch', '--list', 'cms/*')).toBe('');
});

it('explains what to do when the project is not a git checkout', async () => {
  const plain = path.join(dir, 'bukan-git');
  await rm(plain, { recursive: true, force: true });
  await mkdir(plain);
  await expect(ensureWorkingCopy(plain, path.join(dir, 'cms-2'))).rejects.toThrow(/memerlukan repositori git .* --no-cms/);
});

it('runs decap-server in git mode on 127.0.0.1 only', () => {
  expect(decapServerEnv({ repoDir: '/x', port: 8081, env: { MODE: 'fs' } })).toMatchObject({ MODE: 'git', GIT_REPO_DIRECTORY: '/x', PORT: '8081', BIND_HOST: '127.0.0.1' });
});
