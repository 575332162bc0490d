// `laman publish` end to end: a content pull request passes the editorial chain on the fake
// GitHub and is merged; publishing the merged commit checks, builds (the real Astro site),
// writes the manifest, deploys atomically into a release layout, and archives the item with
// the approvers and their times. Tampering with the archive is caught, and a publish whose
// content check fails changes nothing that was live.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendToArchive, pushArchive } from '../../scripts/archive/store.ts';
import { verifyArchive } from '../../scripts/archive/verify.ts';
import { LABEL } from '../../scripts/gate/snapshot-builder.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';
import { lastArchivedCommit } from '../../scripts/publish/before.ts';
import { directoryTarget } from '../../scripts/publish/deploy/directory.ts';
import { publish, type Archiver, type PublishResult } from '../../scripts/publish/publish.ts';
import { releaseRecorder } from '../../scripts/publish/release.ts';
import { readReleasedManifest } from '../../scripts/records/read.ts';
import { GATE, REPO, startCourt, type Court, type Person } from '../gate/scenario.ts';

const exec = promisify(execFile);
const git = async (cwd: string, ...args: string[]) => (await exec('git', args, { cwd })).stdout.trim();

const ARTICLE = `---
judul: Sidang Terbuka untuk Umum Perkara Lingkungan
tanggal: 2026-11-19
ringkasan: Pengadilan Negeri Contoh menyidangkan perkara lingkungan hidup secara terbuka untuk umum.
kategori: Kegiatan
penulis: Tim Humas PN Contoh
perhatian_khusus: false
---

Sidang perkara lingkungan hidup digelar di ruang sidang utama dan terbuka untuk umum.
`;

let court: Court;
let tmp: string;
let work: string;
let www: string;
let contentEnv: Record<string, string | undefined>;

/** The content folder's own Astro cache (astro.config.mjs), removed after the test. */
const astroCache = (content: string) =>
  path.join(PROJECT_ROOT, 'node_modules', `.astro-${createHash('sha256').update(path.resolve(content)).digest('hex').slice(0, 12)}`);

function archiver(repoDir: string): Archiver {
  return {
    async append(items, log) {
      const result = await appendToArchive({ repoDir, items, now: court.now(), log });
      if (result.commit) await pushArchive({ repoDir });
      return { records: result.records.map((r) => r.record.nomor) };
    },
  };
}

async function publishWork(before: string): Promise<PublishResult> {
  let output = '';
  return publish({
    root: PROJECT_ROOT,
    repoDir: work,
    env: contentEnv,
    out: path.join(tmp, 'dist'),
    before,
    target: directoryTarget({ root: www, now: court.now }),
    archiver: archiver(work),
    release: releaseRecorder({ repoDir: work, env: {}, now: court.now, push: true }),
    github: { octokit: court.as(GATE), repo: REPO },
    now: court.now,
    write: (text) => (output += text),
    writeError: (text) => (output += text),
  }).catch((error: unknown) => {
    (error as Error).message += `\n${output}`;
    throw error;
  });
}

beforeAll(async () => {
  court = await startCourt({ repoDir: PROJECT_ROOT, start: '2026-11-20T01:00:00Z' });
  tmp = await mkdtemp(path.join(tmpdir(), 'laman-publish-'));
  work = path.join(tmp, 'clone');
  www = path.join(tmp, 'www');
  contentEnv = { ...process.env, LAMAN_CONTENT_DIR: path.join(work, 'content'), LAMAN_NOW: '2026-11-20T12:00:00Z' };
}, 60_000);

afterAll(async () => {
  court?.fake.assertNoViolations();
  await court?.close();
  if (tmp) {
    await rm(astroCache(path.join(work, 'content')), { recursive: true, force: true });
    await rm(tmp, { recursive: true, force: true });
  }
});

describe('laman publish after a merged pull request', { timeout: 240_000 }, () => {
  let mainBefore: string;
  let result: PublishResult;
  const chain: Array<[Person, string]> = [
    ['ani', LABEL.operator],
    ['rara', LABEL.redaktur],
    ['citra', LABEL.editor],
    ['dedi', LABEL.pj],
  ];
  const approvedAt: string[] = [];

  it('builds, writes the manifest, deploys atomically and archives the item with its approvers', async () => {
    mainBefore = (await court.as('ani').rest.git.getRef({ ...REPO, ref: 'heads/main' })).data.object.sha;
    const pr = await court.openPr({ author: 'ani', branch: 'cms/berita/sidang-terbuka', files: { 'content/berita/sidang-terbuka.md': ARTICLE }, decap: true });
    for (const [person, label] of chain) {
      await court.label(person, pr, label);
      approvedAt.push(court.fake.state.issues.get(pr)!.events.at(-1)!.created_at);
      await court.gate(pr);
    }
    expect((await court.status(pr))?.state).toBe('success');
    await court.as('ani').rest.pulls.merge({ ...REPO, pull_number: pr });

    await exec('git', ['clone', '--quiet', court.fake.dir, work]);
    result = await publishWork(mainBefore);

    // The manifest lists every built file with its hash, and the live release is this build.
    const manifest = JSON.parse(await readFile(path.join(tmp, 'dist', 'laman-manifest.json'), 'utf8')) as typeof result.manifest;
    expect(manifest).toEqual(result.manifest);
    expect(manifest.commit).toBe(await git(work, 'rev-parse', 'HEAD'));
    const page = 'berita/sidang-terbuka/index.html';
    const live = await readFile(path.join(www, 'current', page));
    expect(createHash('sha256').update(live).digest('hex')).toBe(manifest.berkas[page]?.sha256);
    expect(await readlink(path.join(www, 'current'))).toContain(manifest.build);
    expect(result.deploy).toMatchObject({ target: 'directory', build: manifest.build });
    // The monitor's reference for the integrity check: this release's manifest, pushed to origin's records branch.
    expect(await readReleasedManifest({ repoDir: court.fake.dir, env: {} })).toEqual(manifest);

    // One archive record, naming the right people at the right times.
    expect(result.items).toEqual([{ koleksi: 'berita', slug: 'sidang-terbuka', perubahan: 'ditambah', path: 'content/berita/sidang-terbuka.md' }]);
    expect(result.approvals?.pullRequest?.nomor).toBe(pr);
    expect(result.approvals?.persetujuan.map((a) => [a.nama, a.oleh, a.pada])).toEqual(
      chain.map(([person], i) => [['Operator', 'Redaktur', 'Editor', 'Penanggung Jawab Informasi'][i], person, approvedAt[i]]),
    );
    const record = JSON.parse(await git(court.fake.dir, 'show', 'arsip:catatan/000001.json')) as { item: { slug: string }; persetujuan: Array<{ oleh: string }>; build: string };
    expect(record.item.slug).toBe('sidang-terbuka');
    expect(record.persetujuan.map((a) => a.oleh)).toEqual(['ani', 'rara', 'citra', 'dedi']);
    expect(record.build).toBe(manifest.build);
    const verified = await verifyArchive({ repoDir: court.fake.dir });
    expect(verified.problems).toEqual([]);
    expect(verified.records).toBe(1);
    // The next publication compares against this one: the archive's last record names its commit.
    expect(await lastArchivedCommit(work, 'arsip')).toBe(manifest.commit);
  });

  it('catches one changed byte in an archived file', async () => {
    const copy = path.join(tmp, 'arsip-copy');
    await exec('git', ['clone', '--quiet', '--branch', 'arsip', court.fake.dir, copy]);
    const files = (await git(copy, 'ls-files', 'berkas')).split('\n');
    const target = path.join(copy, files[0]!);
    const bytes = await readFile(target);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 2) ^ 1, bytes.length - 2);
    await writeFile(target, bytes);
    await git(copy, '-c', 'user.name=Penyusup', '-c', 'user.email=x@x.invalid', 'commit', '--quiet', '-am', 'ubah');
    const altered = await verifyArchive({ repoDir: copy });
    expect(altered.problems.length).toBeGreaterThan(0);
    expect(JSON.stringify(altered.problems)).toContain(files[0]!.split('/').pop()!);
  });

  it('a publish whose content check fails changes nothing that was live, and archives nothing', async () => {
    const liveBefore = await readlink(path.join(www, 'current'));
    const head = await git(work, 'rev-parse', 'HEAD');
    await writeFile(path.join(work, 'content/berita/rusak.md'), ARTICLE.replace('judul: Sidang Terbuka untuk Umum Perkara Lingkungan\n', ''));
    await git(work, 'add', 'content/berita/rusak.md');
    await git(work, '-c', 'user.name=Operator', '-c', 'user.email=o@x.invalid', 'commit', '--quiet', '-m', 'Berita tanpa judul');
    await expect(publishWork(head)).rejects.toThrow(/kesalahan pada konten; situs tidak dibangun/);
    expect(await readlink(path.join(www, 'current'))).toBe(liveBefore);
    expect((await readReleasedManifest({ repoDir: court.fake.dir, env: {} }))?.commit).toBe(head);
    expect((await verifyArchive({ repoDir: court.fake.dir })).records).toBe(1);
  });
});
