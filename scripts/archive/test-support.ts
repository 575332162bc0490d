// Helpers for the archive tests: real git repositories in temporary folders, isolated from
// the machine's git configuration, and a way to tamper with an archive branch the way a
// person with push access could.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../lib/project.ts';
import type { ArchiveItemInput, ApprovalRecord } from '../publish/types.ts';

export const TEST_ENV: Record<string, string | undefined> = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Uji',
  GIT_AUTHOR_EMAIL: 'uji@pn-contoh.go.id',
  GIT_COMMITTER_NAME: 'Uji',
  GIT_COMMITTER_EMAIL: 'uji@pn-contoh.go.id',
  TZ: 'UTC',
};

export function gitSync(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { env: TEST_ENV, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8');
}

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `laman-${prefix}-`));
}

export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
}

export const PHOTO = Buffer.from('foto sidang keliling (bukan JPEG sungguhan, cukup untuk hash)\n');
export const BERITA = '---\njudul: Pelayanan Sidang Keliling\n---\nIsi berita.\n';
export const BERITA_DIUBAH = '---\njudul: Pelayanan Sidang Keliling di Kecamatan Timur\n---\nIsi berita yang diperbaiki.\n';

/** A site repository with the sample court's settings, logo and policy, and one berita. Returns its folder and commit. */
export async function makeSiteRepo(): Promise<{ dir: string; commit: string }> {
  const dir = await tempDir('situs');
  gitSync(dir, 'init', '-q', '-b', 'main');
  await writeFiles(dir, {
    'content/pengaturan/situs.yml': await readFile(path.join(PROJECT_ROOT, 'content/pengaturan/situs.yml')),
    'content/pengaturan/logo.svg': await readFile(path.join(PROJECT_ROOT, 'content/pengaturan/logo.svg')),
    'cms/editorial.yml': await readFile(path.join(PROJECT_ROOT, 'cms/editorial.yml')),
    'content/berita/pelayanan-sidang-keliling.md': BERITA,
    'content/berita/gambar/sidang-keliling.jpg': PHOTO,
  });
  gitSync(dir, 'add', '.');
  gitSync(dir, 'commit', '-q', '-m', 'konten');
  return { dir, commit: gitSync(dir, 'rev-parse', 'HEAD').trim() };
}

export const APPROVALS: ApprovalRecord[] = [
  { tahap: 'operator', nama: 'Operator', label: 'review/operator', oleh: 'ani', pada: '2026-11-23T01:10:00Z' },
  { tahap: 'redaktur', nama: 'Redaktur', label: 'review/redaktur', oleh: 'budi', pada: '2026-11-23T01:40:00Z' },
  { tahap: 'editor', nama: 'Editor', label: 'review/editor', oleh: 'citra', pada: '2026-11-23T02:05:00Z' },
  { tahap: 'penanggung-jawab', nama: 'Penanggung Jawab Informasi', label: 'review/penanggung-jawab', oleh: 'dewi', pada: '2026-11-23T02:30:00Z' },
];

export function item(commit: string, overrides: Partial<ArchiveItemInput> = {}): ArchiveItemInput {
  return {
    koleksi: 'berita',
    slug: 'pelayanan-sidang-keliling',
    judul: 'Pelayanan Sidang Keliling',
    perubahan: 'ditambah',
    path: 'content/berita/pelayanan-sidang-keliling.md',
    isi: Buffer.from(BERITA),
    lampiran: [{ path: 'content/berita/gambar/sidang-keliling.jpg', isi: PHOTO }],
    commit,
    pullRequest: { nomor: 7, judul: 'Berita: Pelayanan Sidang Keliling', penulis: 'ani', url: 'https://github.com/pengadilan/situs/pull/7', digabung: '2026-11-23T02:45:00Z' },
    persetujuan: APPROVALS,
    build: `${commit.slice(0, 12)}-20261123T030000Z`,
    url: 'https://pn-contoh.go.id/berita/pelayanan-sidang-keliling/',
    ...overrides,
  };
}

/**
 * Copies `from` to a new branch and commits `change` on it in a checkout, as someone with
 * push access could; returns the new branch's name.
 */
export async function tamperedCopy(repoDir: string, from: string, name: string, change: (dir: string) => Promise<void>): Promise<string> {
  gitSync(repoDir, 'branch', name, from);
  const dir = await tempDir('ubah');
  const checkout = path.join(dir, 'wt');
  gitSync(repoDir, 'worktree', 'add', '-q', checkout, name);
  try {
    await change(checkout);
    gitSync(checkout, 'add', '-A');
    gitSync(checkout, 'commit', '-q', '-m', 'ubah arsip');
  } finally {
    gitSync(repoDir, 'worktree', 'remove', '--force', checkout);
    await rm(dir, { recursive: true, force: true });
  }
  return name;
}

/** Flips one bit of the byte at `index` (or of the first byte of `needle`). */
export async function flipByte(file: string, at: number | string): Promise<void> {
  const bytes = await readFile(file);
  const index = typeof at === 'number' ? at : bytes.indexOf(at);
  if (index < 0) throw new Error(`${at} tidak ada di ${file}`);
  bytes[index]! ^= 1;
  await writeFile(file, bytes);
}
