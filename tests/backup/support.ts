// Shared pieces of the backup tests: a source repository with every kind of ref, a built site
// with its manifest, a config file, and `laman` run in-process with a clock the test moves.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../scripts/cli/main.ts';
import { computeManifest, writeManifest } from '../../scripts/publish/manifest.ts';

export const KEY = 'kunci-uji-cadangan-yang-panjang';

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Uji', GIT_AUTHOR_EMAIL: 'uji@laman.invalid', GIT_COMMITTER_NAME: 'Uji', GIT_COMMITTER_EMAIL: 'uji@laman.invalid' },
  });
}

async function put(root: string, file: string, content: string | Buffer): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), content);
}

/** A site repository: main, a Decap draft branch, arsip, pemantauan, a lightweight and an annotated tag. */
export async function makeSourceRepo(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  git(dir, 'init', '--quiet', '-b', 'main');
  await put(dir, 'cms/config.yml', 'backend:\n  name: github\n');
  await put(dir, 'cms/editorial.yml', 'tahap: []\n');
  await put(dir, 'deploy/publish.json', '{ "target": "pages" }\n');
  await put(dir, 'content/pengaturan/situs.json', '{ "nama": "Pengadilan Negeri Contoh" }\n');
  await put(dir, 'content/berita/sidang.md', '---\njudul: Sidang\n---\nIsi berita.\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'awal');
  git(dir, 'tag', 'v1');
  git(dir, 'branch', 'cms/berita/draf-baru');
  git(dir, 'checkout', '--quiet', '--orphan', 'arsip');
  git(dir, 'rm', '--quiet', '-r', '--cached', '.');
  git(dir, 'commit', '--quiet', '--allow-empty', '-m', 'arsip');
  git(dir, 'checkout', '--quiet', '-f', 'main');
  git(dir, 'branch', 'pemantauan', 'arsip');
  await put(dir, 'content/berita/kedua.md', '---\njudul: Kedua\n---\nBerita kedua.\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'berita kedua');
  git(dir, 'tag', '-a', 'rilis-1', '-m', 'rilis pertama');
}

/** A built site (HTML, CSS and a 1 MiB "PDF" of random-looking bytes) with its laman-manifest.json. */
export async function makeSite(dir: string, commit: string): Promise<void> {
  await put(dir, 'index.html', '<!doctype html><title>PN Contoh</title><h1>Beranda</h1>\n');
  await put(dir, 'berita/sidang/index.html', '<!doctype html><h1>Sidang</h1>\n');
  await put(dir, 'assets/situs.css', 'body { font-family: sans-serif; }\n');
  const pdf = Buffer.alloc(1024 * 1024);
  let x = 12345;
  for (let i = 0; i < pdf.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    pdf[i] = x >>> 24;
  }
  await put(dir, 'dokumen/laporan.pdf', pdf);
  await writeManifest(dir, await computeManifest(dir, commit, new Date('2026-11-20T03:00:00Z')));
}

export async function writeConfig(file: string, targets: unknown[], extra: Record<string, unknown> = {}): Promise<void> {
  await writeFile(file, JSON.stringify({ targets, ...extra }, null, 2));
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `laman …` in-process; `now` is the injected clock. */
export async function laman(args: string[], options: { cwd: string; env?: Record<string, string | undefined>; now?: Date }): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = new Writable({ write: (c, _e, done) => ((stdout += c.toString()), done()) });
  const err = new Writable({ write: (c, _e, done) => ((stderr += c.toString()), done()) });
  const now = options.now ?? new Date('2026-11-21T12:00:00Z');
  const code = await main(args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC', LAMAN_BACKUP_KEY: KEY, ...options.env },
    stdout: out,
    stderr: err,
    now: () => now,
  });
  return { code, stdout, stderr };
}

/** `git for-each-ref` and `git rev-list --all --objects`, sorted: what must survive a restore. */
export function refsAndObjects(dir: string): { refs: string; objects: string } {
  return {
    refs: git(dir, 'for-each-ref', '--format=%(objectname) %(refname)'),
    objects: git(dir, 'rev-list', '--all', '--objects')
      .split('\n')
      .map((l) => l.split(' ')[0])
      .filter(Boolean)
      .sort()
      .join('\n'),
  };
}
