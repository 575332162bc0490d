// The directory target against a real temporary folder: layout, switch, failures, pruning,
// and a reader in another process that must never see a missing or half-switched file.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directoryTarget } from './directory.ts';
import { makeBuild, sampleSite, tempDir, logSink, type Build } from './test-support.ts';

let tmp: Awaited<ReturnType<typeof tempDir>>;
let root: string;
let clock: number;
// Each deploy goes live one second after the one before (pruning orders releases by that).
const now = () => new Date((clock += 1000));

beforeEach(async () => {
  tmp = await tempDir('laman-deploy-dir-');
  root = path.join(tmp.path, 'www', 'laman');
  clock = Date.parse('2026-11-22T03:00:00Z');
});
afterEach(() => tmp.remove());

let builds = 0;
function build(home: string, extra: Record<string, string> = {}): Promise<Build> {
  builds += 1;
  return makeBuild(tmp.path, { ...sampleSite(home), ...extra }, new Date(Date.UTC(2026, 10, 22, 3, builds)));
}

const live = () => readlink(path.join(root, 'current'));
const page = (file = 'index.html') => readFile(path.join(root, 'current', file), 'utf8');
const releases = async () => (await readdir(path.join(root, 'releases'))).sort();
const inode = async (id: string, file: string) => (await stat(path.join(root, 'releases', id, file))).ino;

describe('directoryTarget', () => {
  it('copies a build into releases/<id>, with its checksum list, and points current at it', async () => {
    const a = await build('A');
    const { lines, log } = logSink();
    const result = await directoryTarget({ root, now }).deploy(a.dir, a.manifest, log);
    expect(result).toEqual({ target: 'directory', location: path.join(root, 'current'), build: a.manifest.build });
    expect(await live()).toBe(`releases/${a.manifest.build}`);
    expect(await page()).toBe('<h1>A</h1>');
    expect(await page('berkas/dokumen/laporan-2026.pdf')).toBe('%PDF-1.7 laporan');
    expect(await releases()).toEqual([a.manifest.build, `${a.manifest.build}.sha256`]);
    expect(lines).toContain('belum ada rilis yang tayang');
    expect(lines).toContain(`current → releases/${a.manifest.build}`);
    // The list checks the live release with the standard tool, manifest included.
    const check = spawnSync('sha256sum', ['--check', '--strict', `../${a.manifest.build}.sha256`], { cwd: path.join(root, 'releases', a.manifest.build), encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout.trim().split('\n')).toHaveLength(Object.keys(a.manifest.berkas).length + 1);
  });

  it('switches to the next build and reports the one before as previous', async () => {
    const [a, b] = [await build('A'), await build('B')];
    const target = directoryTarget({ root, now });
    await target.deploy(a.dir, a.manifest, () => {});
    const result = await target.deploy(b.dir, b.manifest, () => {});
    expect(result).toMatchObject({ build: b.manifest.build, previous: a.manifest.build });
    expect(await live()).toBe(`releases/${b.manifest.build}`);
    expect(await page()).toBe('<h1>B</h1>');
    expect(await readFile(path.join(root, 'releases', a.manifest.build, 'index.html'), 'utf8')).toBe('<h1>A</h1>');
  });

  it('leaves current alone and removes the partial copy when a file disagrees with the manifest', async () => {
    const [a, b] = [await build('A'), await build('B')];
    const target = directoryTarget({ root, now });
    await target.deploy(a.dir, a.manifest, () => {});
    // index.html differs from the live release, so it is copied from the build folder, and checked.
    await writeFile(path.join(b.dir, 'index.html'), '<h1>Diubah setelah build</h1>');
    const failed = target.deploy(b.dir, b.manifest, () => {});
    await expect(failed).rejects.toMatchObject({ name: 'DeployFailed', code: 'verify-failed' });
    await expect(failed).rejects.toThrow(/\(isi berbeda: index\.html\); situs yang tayang tidak diubah/);
    expect(await live()).toBe(`releases/${a.manifest.build}`);
    expect(await page()).toBe('<h1>A</h1>');
    expect(await releases()).toEqual([a.manifest.build, `${a.manifest.build}.sha256`]);
  });

  it('refuses a site with a symlink, an unlisted file or a stale manifest before touching the target', async () => {
    const target = directoryTarget({ root, now });
    const linked = await build('A');
    await symlink('/etc/passwd', path.join(linked.dir, 'sandi.txt'));
    await expect(target.deploy(linked.dir, linked.manifest, () => {})).rejects.toThrow(/sandi\.txt yang bukan berkas biasa/);
    const extra = await build('B');
    await writeFile(path.join(extra.dir, 'cadangan.zip'), 'x');
    await expect(target.deploy(extra.dir, extra.manifest, () => {})).rejects.toThrow(/tidak ada di manifes: cadangan\.zip/);
    const stale = await build('C');
    const other = await build('D');
    await expect(target.deploy(stale.dir, other.manifest, () => {})).rejects.toMatchObject({ code: 'bad-site' });
    const hostile = await build('E');
    await expect(target.deploy(hostile.dir, { ...hostile.manifest, build: '../../etc' }, () => {})).rejects.toMatchObject({ code: 'bad-manifest' });
    expect(existsSync(root)).toBe(false);
  });

  it('shares unchanged files with the live release as hard links and copies only what changed', async () => {
    const [a, b] = [await build('A'), await build('B')];
    const target = directoryTarget({ root, now });
    await target.deploy(a.dir, a.manifest, () => {});
    const lines: string[] = [];
    await target.deploy(b.dir, b.manifest, (line) => lines.push(line));
    const inode = async (id: string, file: string) => (await stat(path.join(root, 'releases', id, file))).ino;
    expect(await inode(b.manifest.build, 'berita/index.html')).toBe(await inode(a.manifest.build, 'berita/index.html'));
    expect(await inode(b.manifest.build, 'index.html')).not.toBe(await inode(a.manifest.build, 'index.html'));
    expect(lines).toContain('2 berkas disalin, 4 berkas sama dengan rilis yang tayang (tautan keras)');
    expect(await page()).toBe('<h1>B</h1>');
  });

  it('re-deploys a build that is already there by switching only', async () => {
    const [a, b] = [await build('A'), await build('B')];
    const target = directoryTarget({ root, now });
    await target.deploy(a.dir, a.manifest, () => {});
    await target.deploy(b.dir, b.manifest, () => {});
    const before = await inode(b.manifest.build, 'index.html');
    const { lines, log } = logSink();
    expect(await target.deploy(b.dir, b.manifest, log)).toMatchObject({ build: b.manifest.build, previous: b.manifest.build });
    expect(lines).toContain(`rilis ${b.manifest.build} sudah ada dan cocok dengan manifes: tidak perlu disalin ulang`);
    expect(await inode(b.manifest.build, 'index.html')).toBe(before);
    // Going back to A (a rollback by deploying it again) is as quick.
    expect(await target.deploy(a.dir, a.manifest, () => {})).toMatchObject({ build: a.manifest.build, previous: b.manifest.build });
    expect(await page()).toBe('<h1>A</h1>');
  });

  it('copies a damaged release again unless it is live; a damaged live one is reported, not touched', async () => {
    const [a, b] = [await build('A'), await build('B')];
    const target = directoryTarget({ root, now });
    await target.deploy(a.dir, a.manifest, () => {});
    await target.deploy(b.dir, b.manifest, () => {});
    await writeFile(path.join(root, 'releases', a.manifest.build, 'index.html'), '<h1>diretas</h1>');
    const { lines, log } = logSink();
    await target.deploy(a.dir, a.manifest, log);
    expect(lines).toContain(`rilis ${a.manifest.build} yang sudah ada tidak cocok dengan manifes: disalin ulang`);
    expect(await page()).toBe('<h1>A</h1>');

    await writeFile(path.join(root, 'releases', a.manifest.build, 'index.html'), '<h1>diretas lagi</h1>');
    await expect(target.deploy(a.dir, a.manifest, () => {})).rejects.toMatchObject({ code: 'live-release-damaged' });
    expect(await live()).toBe(`releases/${a.manifest.build}`);
  });

  it('keeps the newest releases, never the live one or the one before it', async () => {
    const sites = [await build('A'), await build('B'), await build('C'), await build('D')];
    const ids = sites.map((s) => s.manifest.build);
    const { lines, log } = logSink();
    for (const site of sites) await directoryTarget({ root, keep: 2, now }).deploy(site.dir, site.manifest, log);
    expect(await releases()).toEqual([ids[2], `${ids[2]}.sha256`, ids[3], `${ids[3]}.sha256`]);
    expect(lines).toContain(`rilis lama dihapus: ${ids[0]}`);
    // keep: 1 still keeps the previous release, so a rollback always has somewhere to go.
    const e = await build('E');
    await directoryTarget({ root, keep: 1, now }).deploy(e.dir, e.manifest, () => {});
    expect((await releases()).filter((n) => !n.endsWith('.sha256'))).toEqual([ids[3], e.manifest.build]);
  });

  it('refuses to replace a current that is a real folder', async () => {
    const a = await build('A');
    await mkdir(path.join(root, 'current'), { recursive: true });
    await writeFile(path.join(root, 'current', 'index.html'), 'situs lama');
    await expect(directoryTarget({ root, now }).deploy(a.dir, a.manifest, () => {})).rejects.toMatchObject({ code: 'current-not-symlink' });
    expect(await page()).toBe('situs lama');
    expect(await releases()).toEqual([]);
  });

  it('rejects bad options by name', () => {
    expect(() => directoryTarget({ root: 'relatif/laman' })).toThrow(/^root: "relatif\/laman" harus path absolut/);
    expect(() => directoryTarget({ root, keep: 0 })).toThrow(/^keep: 0 bukan jumlah rilis/);
  });

  it('switches atomically: a reader in another process never misses a page or sees a mix', async () => {
    const [a, b] = [await build('A'), await build('B')];
    const target = directoryTarget({ root, now });
    await target.deploy(a.dir, a.manifest, () => {});
    const stop = path.join(tmp.path, 'stop');
    // Reads the home page and the news page through `current` as fast as it can: each must be
    // one build's, and every read must succeed.
    const reader = spawn(
      process.execPath,
      [
        '-e',
        `const fs = require('node:fs'); const [root, stop] = process.argv.slice(1);
         const seen = {}; let reads = 0;
         while (!fs.existsSync(stop)) {
           for (const f of ['index.html', 'berita/index.html']) {
             let text; try { text = fs.readFileSync(root + '/current/' + f, 'utf8'); } catch (e) { text = e.code; }
             seen[text] = (seen[text] ?? 0) + 1; reads++;
           }
         }
         process.stdout.write(JSON.stringify({ reads, seen }));`,
        root,
        stop,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    reader.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    const exited = new Promise((resolve) => reader.once('close', resolve));
    for (let i = 0; i < 40; i++) await target.deploy((i % 2 ? a : b).dir, (i % 2 ? a : b).manifest, () => {});
    await writeFile(stop, '');
    await exited;
    const { reads, seen } = JSON.parse(out) as { reads: number; seen: Record<string, number> };
    expect(reads).toBeGreaterThan(100);
    expect(Object.keys(seen).sort()).toEqual(['<h1>A</h1>', '<h1>B</h1>', '<h1>Berita</h1>']);
  });
});
