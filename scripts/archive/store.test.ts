// The archive on a real git branch: append, verify, tamper, refuse, push and fetch.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendToArchive, pushArchive, type AppendResult } from './store.ts';
import { verifyArchive } from './verify.ts';
import { BERITA_DIUBAH, PHOTO, flipByte, gitSync, item, makeSiteRepo, tamperedCopy, tempDir, TEST_ENV, writeFiles } from './test-support.ts';
import type { Problem } from './messages.ts';

const env = TEST_ENV;
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const codes = (problems: Problem[]) => problems.map((p) => `${p.code}${p.nomor !== undefined ? ` ${p.nomor}` : ''}`);

describe('archive on a branch', () => {
  let repo: string;
  let first: AppendResult;
  let second: AppendResult;
  const log: string[] = [];
  const cleanup: string[] = [];

  beforeAll(async () => {
    const site = await makeSiteRepo();
    repo = site.dir;
    cleanup.push(repo);
    first = await appendToArchive({
      repoDir: repo,
      items: [
        item(site.commit),
        item(site.commit, {
          koleksi: 'pengumuman',
          slug: 'jadwal-sidang-keliling',
          judul: 'Jadwal Sidang Keliling “Desember” → Kecamatan Timur',
          path: 'content/pengumuman/jadwal-sidang-keliling.md',
          isi: Buffer.from('---\njudul: Jadwal\n---\n'),
          url: 'https://pn-contoh.go.id/pengumuman/jadwal-sidang-keliling/',
        }),
      ],
      now: new Date('2026-11-23T03:00:00Z'),
      log: (l) => log.push(l),
      env,
    });
    await writeFiles(repo, { 'content/berita/pelayanan-sidang-keliling.md': BERITA_DIUBAH });
    gitSync(repo, 'commit', '-q', '-am', 'ubah berita');
    const commit = gitSync(repo, 'rev-parse', 'HEAD').trim();
    second = await appendToArchive({
      repoDir: repo,
      items: [item(commit, { perubahan: 'diubah', judul: 'Pelayanan Sidang Keliling di Kecamatan Timur', isi: Buffer.from(BERITA_DIUBAH), pullRequest: { nomor: 9, judul: 'Berita: perbaikan', penulis: 'ani', url: 'https://github.com/pengadilan/situs/pull/9', digabung: '2026-11-24T02:00:00Z' } })],
      now: new Date('2026-11-24T02:10:00Z'),
      log: (l) => log.push(l),
      env,
    });
  });
  afterAll(async () => {
    for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
  });

  it('appends two publications as a verified chain on an orphan branch', async () => {
    expect(first.records.map((r) => r.record.nomor)).toEqual([1, 2]);
    expect(second.records.map((r) => r.record.nomor)).toEqual([3]);
    expect(first.records[0]!.record.sebelumnya).toBeNull();
    expect(first.records[1]!.record.sebelumnya).toBe(first.records[0]!.hash);
    expect(second.records[0]!.record.sebelumnya).toBe(first.records[1]!.hash);
    expect(second.head).toEqual({ nomor: 3, sha256: second.records[0]!.hash });

    const result = await verifyArchive({ repoDir: repo, env });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ branch: 'arsip', ref: 'refs/heads/arsip', records: 3, sheets: 3, head: second.head });
    // Both berita versions, the pengumuman, and the photo once although three records name it.
    expect(result.files).toBe(4);
    expect(gitSync(repo, 'ls-tree', '-r', '--name-only', 'arsip').trim().split('\n')).toEqual([
      'README.md',
      `berkas/${sha256(PHOTO)}`,
      ...[`berkas/${sha256(BERITA_DIUBAH)}`, `berkas/${first.records[0]!.record.isi!.sha256}`, `berkas/${first.records[1]!.record.isi!.sha256}`].sort(),
      'catatan/000001.json',
      'catatan/000002.json',
      'catatan/000003.json',
      'lembar/000001.pdf',
      'lembar/000002.pdf',
      'lembar/000003.pdf',
    ].sort());
  });

  it('stores each record as its canonical bytes, so its hash is sha256 of the file', () => {
    const bytes = execBytes(repo, 'show', 'arsip:catatan/000001.json');
    expect(sha256(bytes)).toBe(first.records[0]!.hash);
    expect(bytes.toString('utf8')).toMatch(/^\{"build":"[0-9a-f]{12}-20261123T030000Z","commit":/);
    expect(sha256(execBytes(repo, 'show', 'arsip:lembar/000002.pdf'))).toBe(first.records[1]!.record.lembar.sha256);
  });

  it('commits as Laman Arsip at the archiving time, in the main repository untouched', () => {
    expect(gitSync(repo, 'log', '--format=%an <%ae>|%cn <%ce>|%cI|%s', 'arsip').trim().split('\n')).toEqual([
      'Laman Arsip <arsip@laman.invalid>|Laman Arsip <arsip@laman.invalid>|2026-11-24T02:10:00+00:00|arsip: 1 catatan untuk build ' + second.records[0]!.record.build,
      'Laman Arsip <arsip@laman.invalid>|Laman Arsip <arsip@laman.invalid>|2026-11-23T03:00:00+00:00|arsip: 2 catatan untuk build ' + first.records[0]!.record.build,
    ]);
    expect(gitSync(repo, 'rev-list', '--max-parents=0', 'arsip').trim()).toBe(gitSync(repo, 'rev-list', '--reverse', 'arsip').trim().split('\n')[0]);
    expect(gitSync(repo, 'symbolic-ref', 'HEAD').trim()).toBe('refs/heads/main');
    expect(gitSync(repo, 'status', '--porcelain')).toBe('');
    expect(gitSync(repo, 'worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
    expect(log).toContain('arsip: catatan 000003 berita/pelayanan-sidang-keliling (diubah)');
  });

  it('reports a changed byte in an archived file, naming each record that refers to it', async () => {
    const branch = await tamperedCopy(repo, 'arsip', 'uji-berkas', (dir) => flipByte(path.join(dir, 'berkas', sha256(PHOTO)), 10));
    const { problems } = await verifyArchive({ repoDir: repo, branch, env });
    expect(codes(problems)).toEqual(['altered-file 1', 'altered-file 2', 'altered-file 3', 'rewritten-history']);
    expect(problems[0]!.message).toMatch(/^catatan 1: lampiran content\/berita\/gambar\/sidang-keliling.jpg diubah: berkas\/[0-9a-f]{16}… tidak lagi sama dengan namanya/);
    expect(problems[3]!.message).toMatch(/^commit [0-9a-f]{12} mengubah berkas\/[0-9a-f]{64}: arsip hanya boleh ditambah/);
  });

  it('reports a changed byte in a record, and the next record whose link no longer holds', async () => {
    const branch = await tamperedCopy(repo, 'arsip', 'uji-catatan', (dir) => flipByte(path.join(dir, 'catatan/000002.json'), 'Kecamatan'));
    const { problems } = await verifyArchive({ repoDir: repo, branch, env });
    expect(codes(problems)).toEqual(['altered-record 2', 'rewritten-history 2', 'broken-link 3']);
    expect(problems[0]!.message).toMatch(/^catatan 2 diubah: SHA-256-nya sekarang [0-9a-f]{16}…, tetapi catatan 3 mencatat [0-9a-f]{16}… sebagai hash catatan sebelumnya$/);
    expect(problems[2]!.message).toMatch(/^tautan catatan 3 ke catatan 2 putus/);
  });

  it('reports a record that no longer parses', async () => {
    const branch = await tamperedCopy(repo, 'arsip', 'uji-rusak', (dir) => flipByte(path.join(dir, 'catatan/000001.json'), '"nomor":1'));
    const { problems } = await verifyArchive({ repoDir: repo, branch, env });
    expect(codes(problems)).toEqual(['unparsable-record 1', 'rewritten-history 1', 'broken-link 2']);
    expect(problems[0]!.message).toMatch(/^catatan 1 tidak dapat dibaca:\n {4}catatan\/000001.json: bukan JSON yang valid/);
  });

  it('reports a deleted record as a gap, and its sheet left behind', async () => {
    const branch = await tamperedCopy(repo, 'arsip', 'uji-hapus', (dir) => unlink(path.join(dir, 'catatan/000002.json')));
    const { problems } = await verifyArchive({ repoDir: repo, branch, env });
    expect(codes(problems)).toEqual(['missing-record 2', 'orphan-sheet 2', 'rewritten-history 2']);
    expect(problems[0]!.message).toBe('catatan 2 hilang: catatan/000002.json tidak ada, padahal ada catatan sesudahnya');
    expect(problems[2]!.message).toMatch(/menghapus catatan\/000002.json/);
  });

  it('reports two swapped records as reordered, without inventing broken links', async () => {
    const branch = await tamperedCopy(repo, 'arsip', 'uji-tukar', async (dir) => {
      const a = await readFile(path.join(dir, 'catatan/000002.json'));
      const b = await readFile(path.join(dir, 'catatan/000003.json'));
      await writeFile(path.join(dir, 'catatan/000002.json'), b);
      await writeFile(path.join(dir, 'catatan/000003.json'), a);
    });
    const { problems } = await verifyArchive({ repoDir: repo, branch, env });
    expect(codes(problems)).toEqual(['reordered 2', 'rewritten-history 2', 'reordered 3', 'rewritten-history 3']);
    expect(problems[0]!.message).toBe('urutan catatan berubah: catatan/000002.json berisi catatan nomor 3, bukan 2');
  });

  it('reports an altered or missing approval sheet and a stray file', async () => {
    const branch = await tamperedCopy(repo, 'arsip', 'uji-lembar', async (dir) => {
      await flipByte(path.join(dir, 'lembar/000001.pdf'), 200);
      await unlink(path.join(dir, 'lembar/000003.pdf'));
      await writeFile(path.join(dir, 'catatan/catatan-tambahan.txt'), 'x');
    });
    const { problems } = await verifyArchive({ repoDir: repo, branch, env });
    expect(codes(problems)).toEqual(['altered-sheet 1', 'rewritten-history 1', 'missing-sheet 3', 'rewritten-history 3', 'unknown-path']);
  });

  it('checks a published chain head', async () => {
    expect((await verifyArchive({ repoDir: repo, env, publishedHead: first.head!.sha256 })).problems).toEqual([]);
    const { problems } = await verifyArchive({ repoDir: repo, env, publishedHead: 'a'.repeat(64) });
    expect(codes(problems)).toEqual(['head-mismatch']);
  });

  it('refuses to append to a broken chain and leaves the branch as it was', async () => {
    const branch = await tamperedCopy(repo, 'arsip', 'uji-tolak', (dir) => flipByte(path.join(dir, 'catatan/000001.json'), 'Pelayanan'));
    const before = gitSync(repo, 'rev-parse', branch);
    const commit = gitSync(repo, 'rev-parse', 'main').trim();
    await expect(appendToArchive({ repoDir: repo, branch, items: [item(commit)], now: new Date('2026-11-25T00:00:00Z'), log: () => {}, env })).rejects.toThrow(
      /^arsip di cabang uji-tolak tidak utuh, jadi tidak ada catatan yang ditambahkan \(3 masalah;[^]*catatan 1 diubah/,
    );
    expect(gitSync(repo, 'rev-parse', branch)).toBe(before);
  });

  it('pushes the branch, and a fresh clone appends after the records it fetched', async () => {
    const remote = await tempDir('remote');
    cleanup.push(remote);
    gitSync(remote, 'init', '-q', '--bare', '-b', 'main');
    gitSync(repo, 'remote', 'add', 'origin', remote);
    gitSync(repo, 'push', '-q', 'origin', 'main');
    expect(await pushArchive({ repoDir: repo, env })).toEqual({ remote: 'origin', branch: 'arsip', commit: gitSync(repo, 'rev-parse', 'arsip').trim() });

    const clone = await tempDir('klon');
    cleanup.push(clone);
    gitSync(clone, 'clone', '-q', remote, '.');
    // No local branch: verify reads origin's copy.
    expect(await verifyArchive({ repoDir: clone, env })).toMatchObject({ ref: 'refs/remotes/origin/arsip', records: 3, problems: [] });
    const commit = gitSync(clone, 'rev-parse', 'HEAD').trim();
    const fourth = await appendToArchive({ repoDir: clone, items: [item(commit, { perubahan: 'dihapus', isi: undefined, lampiran: [], url: undefined })], now: new Date('2026-11-26T00:00:00Z'), log: () => {}, env });
    expect(fourth.records[0]!.record).toMatchObject({ nomor: 4, sebelumnya: second.head!.sha256, isi: null, lampiran: [] });
    await pushArchive({ repoDir: clone, env });

    // The first repository is behind now: appending fetches the fifth record's predecessor first.
    const fifth = await appendToArchive({ repoDir: repo, items: [item(commit)], now: new Date('2026-11-27T00:00:00Z'), log: () => {}, env });
    expect(fifth.records[0]!.record).toMatchObject({ nomor: 5, sebelumnya: fourth.head!.sha256 });
    await pushArchive({ repoDir: repo, env });
    expect(await verifyArchive({ repoDir: remote, env })).toMatchObject({ records: 5, problems: [], head: fifth.head });

    // A clone that appends without fetching the fifth record cannot push over it.
    gitSync(clone, 'update-ref', 'refs/heads/arsip', fourth.commit!);
    const stale = await appendToArchive({ repoDir: clone, remote: 'tidak-ada', items: [item(commit)], now: new Date('2026-11-28T00:00:00Z'), log: () => {}, env });
    expect(stale.records[0]!.record.nomor).toBe(5);
    await expect(pushArchive({ repoDir: clone, env })).rejects.toThrow(/^origin menolak cabang arsip: di sana ada catatan yang belum ada di sini/);
    expect(gitSync(remote, 'rev-parse', 'arsip').trim()).toBe(fifth.commit);
  });
});

function execBytes(dir: string, ...args: string[]): Buffer {
  return execFileSync('git', ['-C', dir, ...args], { env: TEST_ENV });
}
