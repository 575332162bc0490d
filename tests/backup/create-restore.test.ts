// `laman backup create` and `restore` against a directory target with real restic and git:
// the restored mirror has exactly the source's refs and objects, the site is byte-identical,
// and a second backup with one changed file adds little (deduplication).
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBackupRecords } from '../../scripts/records/read.ts';
import { computeManifest, writeManifest } from '../../scripts/publish/manifest.ts';
import { git, laman, makeSite, makeSourceRepo, refsAndObjects, writeConfig } from './support.ts';

let work: string;
let repo: string;
let config: string;
let target: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'laman-uji-cadangan-'));
  repo = path.join(work, 'situs');
  await makeSourceRepo(repo);
  await makeSite(path.join(repo, 'dist'), git(repo, 'rev-parse', 'HEAD').trim());
  target = path.join(work, 'tujuan');
  config = path.join(work, 'backup.json');
  await writeConfig(config, [{ name: 'lokal', type: 'directory', path: target }]);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('laman backup create → restore (directory target)', () => {
  let firstBytes = 0;

  it('restores a mirror with the same refs and objects and a byte-identical site', async () => {
    const created = await laman(['backup', 'create', '--config', config, '--no-github', '--json'], { cwd: repo, now: new Date('2026-11-20T01:00:00Z') });
    expect(created.stderr).toContain('membuat repositori terenkripsi baru');
    expect(created.code, created.stdout + created.stderr).toBe(0);
    const result = JSON.parse(created.stdout) as { ok: boolean; refs: number; targets: Array<{ snapshot: string; bytes: number; newBytes: number; target: string }> };
    expect(result.ok).toBe(true);
    expect(result.targets[0]!.target).toBe(`directory:${target}`);
    firstBytes = result.targets[0]!.bytes;

    const out = path.join(work, 'pulih');
    const restored = await laman(['backup', 'restore', '--config', config, '--to', out], { cwd: repo });
    expect(restored.code, restored.stdout + restored.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['MANIFEST.json', 'repo.git', 'settings', 'site']);

    const source = refsAndObjects(repo);
    const mirror = refsAndObjects(path.join(out, 'repo.git'));
    expect(mirror.refs).toBe(source.refs);
    expect(mirror.objects).toBe(source.objects);
    expect(source.refs).toMatch(/refs\/heads\/cms\/berita\/draf-baru/);
    expect(source.refs).toMatch(/refs\/heads\/arsip[\s\S]*refs\/heads\/pemantauan[\s\S]*refs\/tags\/rilis-1/);

    for (const file of ['index.html', 'berita/sidang/index.html', 'assets/situs.css', 'dokumen/laporan.pdf', 'laman-manifest.json']) {
      expect((await readFile(path.join(out, 'site', file))).equals(await readFile(path.join(repo, 'dist', file))), file).toBe(true);
    }
    expect(await readFile(path.join(out, 'settings/content/pengaturan/situs.json'), 'utf8')).toContain('Pengadilan Negeri Contoh');
    const manifest = JSON.parse(await readFile(path.join(out, 'MANIFEST.json'), 'utf8')) as { created: string; source: { head: string } };
    expect(manifest.created).toBe('2026-11-20T01:00:00.000Z');
    expect(manifest.source.head).toBe(git(repo, 'rev-parse', 'HEAD').trim());
    // Nothing left beside the destination.
    expect((await readdir(work)).filter((f) => f.includes('pemulihan'))).toEqual([]);
  });

  it('refuses to restore into a folder that is not empty, and leaves it alone', async () => {
    const busy = path.join(work, 'terisi');
    await mkdir(busy);
    await writeFile(path.join(busy, 'catatan.txt'), 'jangan ditimpa');
    const run = await laman(['backup', 'restore', '--config', config, '--to', busy], { cwd: repo });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('tidak kosong');
    expect(await readdir(busy)).toEqual(['catatan.txt']);
  });

  it('deduplicates: a second backup with one changed page adds a small fraction of the bytes, and is recorded', async () => {
    const site = path.join(repo, 'dist');
    await writeFile(path.join(site, 'index.html'), '<!doctype html><title>PN Contoh</title><h1>Beranda baru</h1>\n');
    await writeManifest(site, await computeManifest(site, git(repo, 'rev-parse', 'HEAD').trim(), new Date('2026-11-21T03:00:00Z')));
    const second = await laman(['backup', 'create', '--config', config, '--no-github', '--json', '--record'], { cwd: repo, now: new Date('2026-11-21T01:00:00Z') });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    const [record] = (JSON.parse(second.stdout) as { targets: Array<{ bytes: number; newBytes: number }> }).targets;
    expect(record!.bytes).toBeGreaterThanOrEqual(firstBytes - 100);
    expect(record!.bytes).toBeGreaterThan(1024 * 1024);
    expect(record!.newBytes).toBeLessThan(record!.bytes * 0.05);

    const records = await readBackupRecords({ repoDir: repo, env: process.env, from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') });
    expect(records).toMatchObject([{ kind: 'create', ok: true, at: '2026-11-21T01:00:00.000Z', target: `directory:${target}` }]);
    expect(records[0]!.snapshot).toMatch(/^[0-9a-f]{8,}$/);
  });

  it('restore-test restores the latest snapshot, runs git fsck, compares refs and records the result', async () => {
    const run = await laman(['backup', 'restore-test', '--config', config, '--record', '--json'], { cwd: repo, now: new Date('2026-11-22T01:00:00Z') });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stderr).toContain('git fsck');
    const records = await readBackupRecords({ repoDir: repo, env: process.env, from: new Date('2026-11-22T00:00:00Z'), to: new Date('2026-11-23T00:00:00Z') });
    expect(records).toMatchObject([{ kind: 'restore-test', ok: true, problems: [] }]);
  });
});
