// `laman check --changed-since`: a real git repository with a base branch and a change.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedContentFiles, GitDiffFailed } from '../../../scripts/check/changed.ts';

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'Uji', GIT_AUTHOR_EMAIL: 'uji@pn-contoh.go.id', GIT_COMMITTER_NAME: 'Uji', GIT_COMMITTER_EMAIL: 'uji@pn-contoh.go.id' };

describe('changedContentFiles', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: GIT_ENV, stdio: 'pipe' }).toString();
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
    await writeFile(path.join(repo, file), text);
  };

  beforeAll(async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'laman-changed-'));
    git('init', '-q', '-b', 'main');
    await write('content/berita/lama.md', 'lama\n');
    await write('content/berita/hapus.md', 'hapus\n');
    await write('README.md', 'x\n');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'cms/berita/baru');
    await write('content/berita/lama.md', 'diubah\n');
    await write('content/berita/baru dengan spasi.md', 'baru\n');
    await write('README.md', 'y\n');
    git('rm', '-q', 'content/berita/hapus.md');
    git('add', '.');
    git('commit', '-q', '-m', 'change');
  });
  afterAll(() => rm(repo, { recursive: true, force: true }));

  it('lists changed and added content files, not deleted ones or files outside content', async () => {
    expect(await changedContentFiles(repo, 'main', 'content')).toEqual(['content/berita/baru dengan spasi.md', 'content/berita/lama.md']);
  });

  it('says what to do when the base branch is unknown', async () => {
    await expect(changedContentFiles(repo, 'origin/tidak-ada', 'content')).rejects.toThrow(GitDiffFailed);
    await expect(changedContentFiles(repo, 'origin/tidak-ada', 'content')).rejects.toThrow(/git fetch/);
    await expect(changedContentFiles(repo, '--output=/tmp/x', 'content')).rejects.toThrow('bukan nama cabang');
  });
});
