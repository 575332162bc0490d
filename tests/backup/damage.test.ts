// A damaged backup is reported, never half-restored: a pack with flipped bytes, a truncated
// pack, a wrong key, a missing target, no key at all. Each case works on its own copy of one
// real restic repository.
import { cp, mkdtemp, open, readdir, readFile, rm, stat, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, laman, makeSite, makeSourceRepo, writeConfig } from './support.ts';

let work: string;
let repo: string;
let pristine: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'laman-uji-rusak-'));
  repo = path.join(work, 'situs');
  await makeSourceRepo(repo);
  await makeSite(path.join(repo, 'dist'), git(repo, 'rev-parse', 'HEAD').trim());
  pristine = path.join(work, 'asli');
  const config = path.join(work, 'asli.json');
  await writeConfig(config, [{ name: 'asli', type: 'directory', path: pristine }]);
  const created = await laman(['backup', 'create', '--config', config, '--no-github'], { cwd: repo });
  expect(created.code, created.stdout + created.stderr).toBe(0);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A copy of the repository under `name`, with its config file. */
async function copyTarget(name: string): Promise<{ dir: string; config: string }> {
  const dir = path.join(work, name);
  await cp(pristine, dir, { recursive: true });
  const config = path.join(work, `${name}.json`);
  await writeConfig(config, [{ name, type: 'directory', path: dir }]);
  return { dir, config };
}

/** The largest data pack: the one holding the site's 1 MiB document. */
async function largestPack(dir: string): Promise<string> {
  const entries = await readdir(path.join(dir, 'data'), { recursive: true, withFileTypes: true });
  const files = await Promise.all(entries.filter((e) => e.isFile()).map(async (e) => ({ file: path.join(e.parentPath, e.name), size: (await stat(path.join(e.parentPath, e.name))).size })));
  return files.sort((a, b) => b.size - a.size)[0]!.file;
}

async function expectNothingRestored(config: string, name: string): Promise<string> {
  const to = path.join(work, `pulih-${name}`);
  const run = await laman(['backup', 'restore', '--config', config, '--to', to], { cwd: repo });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`Tujuan cadangan "${name}"`);
  expect(run.stderr).toContain('tidak ada yang dipulihkan');
  await expect(stat(to)).rejects.toMatchObject({ code: 'ENOENT' });
  expect((await readdir(work)).filter((f) => f.includes('pemulihan'))).toEqual([]);
  return run.stderr;
}

describe('damaged backups', () => {
  it('verify passes on the intact repository', async () => {
    const run = await laman(['backup', 'verify', '--config', path.join(work, 'asli.json')], { cwd: repo });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('semua 1 tujuan utuh');
  });

  it('a pack with flipped bytes: verify reports it, restore refuses and leaves no folder', async () => {
    const { dir, config } = await copyTarget('rusak');
    const pack = await largestPack(dir);
    const handle = await open(pack, 'r+');
    const middle = Math.floor((await handle.stat()).size / 2);
    const bytes = Buffer.alloc(64);
    await handle.read(bytes, 0, 64, middle);
    for (let i = 0; i < bytes.length; i++) bytes[i] = bytes[i]! ^ 0xff;
    await handle.write(bytes, 0, 64, middle);
    await handle.close();

    const verify = await laman(['backup', 'verify', '--config', config], { cwd: repo });
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain('restic check:');
    expect(verify.stdout).toContain('1 dari 1 tujuan bermasalah');
    const problems = await expectNothingRestored(config, 'rusak');
    expect(problems).toMatch(/site\/dokumen\/laporan\.pdf|restic restore/);
  });

  it('a truncated pack is detected and nothing is restored', async () => {
    const { dir, config } = await copyTarget('terpotong');
    const pack = await largestPack(dir);
    await truncate(pack, Math.floor((await stat(pack)).size / 3));
    const verify = await laman(['backup', 'verify', '--config', config], { cwd: repo });
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain('masalah');
    await expectNothingRestored(config, 'terpotong');
  });

  it('a wrong key is a clear error, and create never re-initialises the repository', async () => {
    const { dir, config } = await copyTarget('kunci');
    const before = await readFile(path.join(dir, 'config'));
    const env = { LAMAN_BACKUP_KEY: 'kunci-yang-salah' };
    const verify = await laman(['backup', 'verify', '--config', config], { cwd: repo, env });
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain('Tujuan cadangan "kunci"');
    expect(verify.stdout).toContain('kunci salah');
    const create = await laman(['backup', 'create', '--config', config, '--no-github'], { cwd: repo, env });
    expect(create.code).toBe(1);
    expect(create.stdout).toContain('kunci salah');
    expect((await readFile(path.join(dir, 'config'))).equals(before)).toBe(true);
    const restore = await laman(['backup', 'restore', '--config', config, '--to', path.join(work, 'pulih-kunci')], { cwd: repo, env });
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain('kunci salah');
  });

  it('a missing target and a missing key are clear errors', async () => {
    const config = path.join(work, 'hilang.json');
    await writeConfig(config, [{ name: 'hilang', type: 'directory', path: path.join(work, 'tidak-ada') }]);
    const verify = await laman(['backup', 'verify', '--config', config], { cwd: repo });
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain('Tujuan cadangan "hilang"');
    expect(verify.stdout).toContain('repositori cadangan tidak ditemukan');

    const noKey = await laman(['backup', 'verify', '--config', config], { cwd: repo, env: { LAMAN_BACKUP_KEY: undefined } });
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toContain('LAMAN_BACKUP_KEY tidak diisi');
  });
});
