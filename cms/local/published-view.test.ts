// The local site shows only the published branch of the CMS clone: a draft checked out by
// decap-server never appears, a publish (merge) appears on the next refresh.
import { execFileSync } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { followPublished, openPublishedView, type PublishedView } from './published-view.ts';

const ENV = { ...process.env, GIT_AUTHOR_NAME: 'Uji', GIT_AUTHOR_EMAIL: 'uji@pn-contoh.go.id', GIT_COMMITTER_NAME: 'Uji', GIT_COMMITTER_EMAIL: 'uji@pn-contoh.go.id' };
let dir: string;
let clone: string;
let view: PublishedView;
const git = (...args: string[]) => execFileSync('git', args, { cwd: clone, env: ENV, stdio: 'pipe' }).toString().trim();
const present = (file: string) => access(path.join(view.dir, file)).then(() => true, () => false);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'laman-view-'));
  clone = path.join(dir, 'cms');
  execFileSync('git', ['init', '-q', '-b', 'main', clone]);
  await writeFile(path.join(clone, 'lama.md'), 'lama\n');
  git('add', '.');
  git('commit', '-q', '-m', 'awal');
  view = await openPublishedView(clone, 'main', path.join(dir, 'cms-terbit'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it('shows the published branch', async () => {
  expect(await view.refresh()).toMatch(/^[0-9a-f]{40}$/);
  expect(await readFile(path.join(view.dir, 'lama.md'), 'utf8')).toBe('lama\n');
  expect(await view.refresh()).toBeUndefined();
});

it('does not show a draft that is checked out in the clone', async () => {
  git('checkout', '-q', '-b', 'cms/berita/draf');
  await writeFile(path.join(clone, 'draf.md'), 'draf\n');
  git('add', '.');
  git('commit', '-q', '-m', 'draf');
  expect(await view.refresh()).toBeUndefined();
  expect(await present('draf.md')).toBe(false);
});

it('shows the draft once it is published (merged), and follows by polling', async () => {
  git('checkout', '-q', 'main');
  const changes: string[] = [];
  const stop = followPublished(view, 50, (c) => changes.push(c), (e) => changes.push(`galat ${e.message}`));
  git('merge', '-q', '--no-ff', '-m', 'terbit', 'cms/berita/draf');
  // The view reports a change after it has updated the files: wait for the report.
  await expect.poll(() => changes.length, { timeout: 5000 }).toBe(1);
  stop();
  expect(changes).toEqual([git('rev-parse', 'main')]);
  expect(await present('draf.md')).toBe(true);
});
