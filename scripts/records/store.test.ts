// The records branch with real git: a bare "origin" and clones of it in temporary folders,
// as the monitor, backup and log-scan workflows each have one. Concurrent writers are real
// clones pushing to the same origin; a push that loses the race is made deterministic with
// a reference-transaction hook that lets the other clone push first.
import { execFileSync } from 'node:child_process';
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveCommit } from '../archive/git.ts';
import { gitSync, tempDir, TEST_ENV, writeFiles } from '../archive/test-support.ts';
import { branchReadme, RECORDS_BRANCH } from './layout.ts';
import { appendAndPush, appendRecords, lostRace, readRecords, RecordsError, RECORDS_IDENTITY, syncRecords, type RecordWrite } from './store.ts';

const env = TEST_ENV;
const BRANCH = RECORDS_BRANCH;
const NOW = new Date('2026-12-03T07:15:00Z');
const cleanup: string[] = [];

afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

function gitBytes(dir: string, ...args: string[]): Buffer {
  return execFileSync('git', ['-C', dir, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The file on the branch as git stores it (in a clone or in the bare origin). */
function onBranch(dir: string, file: string): string {
  return gitSync(dir, 'cat-file', 'blob', `${BRANCH}:${file}`);
}

function branchFiles(dir: string): string[] {
  return gitSync(dir, 'ls-tree', '-r', '--name-only', BRANCH).trim().split('\n');
}

function tip(dir: string): Promise<string | undefined> {
  return resolveCommit(dir, `refs/heads/${BRANCH}`, env);
}

/** A bare origin whose main branch holds the site, and a way to clone it (as a workflow's checkout). */
async function makeOrigin(): Promise<{ root: string; origin: string; clone: (name: string) => string }> {
  const root = await tempDir('catatan');
  cleanup.push(root);
  const origin = path.join(root, 'origin.git');
  const seed = path.join(root, 'seed');
  gitSync(root, 'init', '-q', '--bare', '-b', 'main', origin);
  gitSync(root, 'init', '-q', '-b', 'main', seed);
  await writeFiles(seed, { 'content/berita/sidang-keliling.md': '---\njudul: Sidang Keliling\n---\n', 'README.md': '# Situs PN Contoh\n' });
  gitSync(seed, 'add', '.');
  gitSync(seed, 'commit', '-q', '-m', 'situs');
  gitSync(seed, 'push', '-q', origin, 'main');
  return {
    root,
    origin,
    clone: (name) => {
      const dir = path.join(root, name);
      gitSync(root, 'clone', '-q', origin, dir);
      return dir;
    },
  };
}

const line = (n: number) => `{"at":"2026-12-03T07:${String(n).padStart(2, '0')}:00.000Z","findings":[]}\n`;
const monitorWrite = (content: string): RecordWrite => ({ path: 'monitor/2026-12-03.jsonl', content, mode: 'append' });

describe('appendRecords', () => {
  it('creates the branch with its README on the first record, leaving main alone', async () => {
    const { clone } = await makeOrigin();
    const dir = clone('kerja');
    const mainBefore = gitSync(dir, 'rev-parse', 'main').trim();

    const commit = await appendRecords({ repoDir: dir, env, files: [monitorWrite(line(0))], message: 'Catatan pemantauan', now: NOW });

    expect(await tip(dir)).toBe(commit);
    expect(branchFiles(dir)).toEqual(['README.md', 'monitor/2026-12-03.jsonl']);
    expect(onBranch(dir, 'README.md')).toBe(branchReadme(BRANCH));
    expect(onBranch(dir, 'monitor/2026-12-03.jsonl')).toBe(line(0));
    // An orphan: no history of the site, a fixed identity, the time it was given.
    expect(gitSync(dir, 'rev-list', '--count', BRANCH).trim()).toBe('1');
    expect(gitSync(dir, 'log', '-1', '--format=%an <%ae>|%cn|%aI|%s', BRANCH).trim()).toBe(
      `${RECORDS_IDENTITY.name} <${RECORDS_IDENTITY.email}>|${RECORDS_IDENTITY.name}|2026-12-03T07:15:00+00:00|Catatan pemantauan`,
    );
    expect(gitSync(dir, 'rev-parse', 'main').trim()).toBe(mainBefore);
    expect(gitSync(dir, 'symbolic-ref', 'HEAD').trim()).toBe('refs/heads/main');
  });

  it('appends lines to a file, replaces files in replace mode and keeps every other file', async () => {
    const { clone } = await makeOrigin();
    const dir = clone('kerja');
    await appendRecords({ repoDir: dir, env, files: [monitorWrite(line(0)), { path: 'rilis/laman-manifest.json', content: '{"build":"lama"}', mode: 'replace' }], message: 'satu', now: NOW });
    const first = await tip(dir);
    await appendRecords({ repoDir: dir, env, files: [monitorWrite(line(15))], message: 'dua', now: NOW });
    // Two appends to one file in one call both land, in order.
    await appendRecords({ repoDir: dir, env, files: [monitorWrite(line(30)), monitorWrite(line(45)), { path: 'rilis/laman-manifest.json', content: '{"build":"baru"}', mode: 'replace' }], message: 'tiga', now: NOW });

    expect(onBranch(dir, 'monitor/2026-12-03.jsonl')).toBe(line(0) + line(15) + line(30) + line(45));
    expect(onBranch(dir, 'rilis/laman-manifest.json')).toBe('{"build":"baru"}');
    expect(onBranch(dir, 'README.md')).toBe(branchReadme(BRANCH));
    expect(branchFiles(dir)).toEqual(['README.md', 'monitor/2026-12-03.jsonl', 'rilis/laman-manifest.json']);
    // Each call is one commit on top of the previous one; nothing is rewritten.
    expect(gitSync(dir, 'log', '--format=%s', BRANCH).trim().split('\n')).toEqual(['tiga', 'dua', 'satu']);
    expect(gitSync(dir, 'merge-base', '--is-ancestor', first!, BRANCH)).toBe('');
  });

  it('keeps binary content byte for byte, in replace and append mode', async () => {
    const { clone } = await makeOrigin();
    const dir = clone('kerja');
    // Every byte value, CRLF and NUL included; core.autocrlf must not touch it either.
    gitSync(dir, 'config', 'core.autocrlf', 'true');
    const pdf = Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 256);
    const tail = new Uint8Array([13, 10, 0, 255, 13, 10]);
    await appendRecords({ repoDir: dir, env, files: [{ path: 'laporan/2026-11.pdf', content: pdf, mode: 'replace' }], message: 'laporan', now: NOW });
    expect(Buffer.compare(gitBytes(dir, 'cat-file', 'blob', `${BRANCH}:laporan/2026-11.pdf`), Buffer.from(pdf))).toBe(0);

    await appendRecords({ repoDir: dir, env, files: [{ path: 'laporan/2026-11.pdf', content: tail, mode: 'append' }], message: 'tambah', now: NOW });
    expect(Buffer.compare(gitBytes(dir, 'cat-file', 'blob', `${BRANCH}:laporan/2026-11.pdf`), Buffer.concat([pdf, tail]))).toBe(0);
  });

  it('leaves the checkout exactly as it was: working tree, index and HEAD', async () => {
    const { clone } = await makeOrigin();
    const dir = clone('kerja');
    // A workflow's checkout mid-job: a modified file, a staged change, an untracked file.
    await writeFiles(dir, { 'content/berita/sidang-keliling.md': 'diubah, belum disimpan\n', 'README.md': '# Situs PN Contoh (draf)\n' });
    gitSync(dir, 'add', 'README.md');
    await writeFiles(dir, { 'catatan-operator.txt': 'belum di-add\n' });
    const status = gitSync(dir, 'status', '--porcelain=v1', '--untracked-files=all');
    const staged = gitSync(dir, 'diff', '--cached');
    const index = await readFile(path.join(dir, '.git/index'));
    const head = gitSync(dir, 'rev-parse', 'HEAD').trim();

    await appendRecords({ repoDir: dir, env, files: [monitorWrite(line(0)), { path: 'README.md', content: 'bukan README situs', mode: 'replace' }], message: 'catatan', now: NOW });
    await appendRecords({ repoDir: dir, env, files: [monitorWrite(line(15))], message: 'catatan', now: NOW });

    expect(Buffer.compare(await readFile(path.join(dir, '.git/index')), index)).toBe(0);
    expect(gitSync(dir, 'status', '--porcelain=v1', '--untracked-files=all')).toBe(status);
    expect(status).toBe('M  README.md\n M content/berita/sidang-keliling.md\n?? catatan-operator.txt\n');
    expect(gitSync(dir, 'diff', '--cached')).toBe(staged);
    expect(await readFile(path.join(dir, 'README.md'), 'utf8')).toBe('# Situs PN Contoh (draf)\n');
    expect(await readFile(path.join(dir, 'content/berita/sidang-keliling.md'), 'utf8')).toBe('diubah, belum disimpan\n');
    expect(gitSync(dir, 'rev-parse', 'HEAD').trim()).toBe(head);
    expect(gitSync(dir, 'symbolic-ref', 'HEAD').trim()).toBe('refs/heads/main');
    // The record went to the branch, not to the checkout.
    expect(onBranch(dir, 'README.md')).toBe('bukan README situs');
  });

  it('refuses paths outside the branch and an empty write, committing nothing', async () => {
    const { clone } = await makeOrigin();
    const dir = clone('kerja');
    for (const bad of ['../luar.json', '/etc/passwd', 'monitor//2026-12-03.jsonl', 'monitor/./x.jsonl', 'monitor/', '']) {
      await expect(appendRecords({ repoDir: dir, env, files: [{ path: bad, content: 'x', mode: 'replace' }], message: 'x', now: NOW })).rejects.toThrow(
        new RecordsError(`path catatan tidak valid: "${bad}"`),
      );
    }
    await expect(appendRecords({ repoDir: dir, env, files: [], message: 'x', now: NOW })).rejects.toThrow(new RecordsError('tidak ada catatan untuk disimpan'));
    expect(await tip(dir)).toBeUndefined();
  });
});

describe('readRecords', () => {
  it('reads the files under a prefix in path order, filtered by path; nothing when the branch is absent', async () => {
    const { clone } = await makeOrigin();
    const dir = clone('kerja');
    expect(await readRecords({ repoDir: dir, env, prefix: '' })).toEqual([]);

    await appendRecords({
      repoDir: dir,
      env,
      files: [
        { path: 'backup/20261203T020000Z-verify.json', content: '{"kind":"verify"}', mode: 'replace' },
        { path: 'backup/20261202T020000Z-create.json', content: '{"kind":"create"}', mode: 'replace' },
        { path: 'backup-lama/catatan.json', content: '{}', mode: 'replace' },
        monitorWrite(line(0)),
      ],
      message: 'isi',
      now: NOW,
    });

    expect(await readRecords({ repoDir: dir, env, prefix: 'backup/' })).toEqual([
      { path: 'backup/20261202T020000Z-create.json', content: '{"kind":"create"}' },
      { path: 'backup/20261203T020000Z-verify.json', content: '{"kind":"verify"}' },
    ]);
    expect(await readRecords({ repoDir: dir, env, prefix: 'backup/', filter: (p) => p.endsWith('-verify.json') })).toEqual([
      { path: 'backup/20261203T020000Z-verify.json', content: '{"kind":"verify"}' },
    ]);
    expect((await readRecords({ repoDir: dir, env, prefix: '' })).map((f) => f.path)).toEqual([
      'README.md',
      'backup-lama/catatan.json',
      'backup/20261202T020000Z-create.json',
      'backup/20261203T020000Z-verify.json',
      'monitor/2026-12-03.jsonl',
    ]);
    expect(await readRecords({ repoDir: dir, env, prefix: 'logscan/' })).toEqual([]);
    // Another branch name is another record.
    expect(await readRecords({ repoDir: dir, env, prefix: '', branch: 'catatan-lain' })).toEqual([]);
  });
});

describe('syncRecords', () => {
  it("makes the local branch the remote's tip, and does nothing without a remote branch or a remote", async () => {
    const { clone, root } = await makeOrigin();
    const a = clone('a');
    const b = clone('b');

    await syncRecords({ repoDir: a, env });
    expect(await tip(a)).toBeUndefined();

    await appendAndPush({ repoDir: b, env, files: [monitorWrite(line(0))], message: 'dari b', now: NOW, push: true });
    await syncRecords({ repoDir: a, env });
    expect(await tip(a)).toBe(await tip(b));
    expect(await readRecords({ repoDir: a, env, prefix: 'monitor/' })).toEqual([{ path: 'monitor/2026-12-03.jsonl', content: line(0) }]);

    const alone = path.join(root, 'tanpa-remote');
    gitSync(root, 'init', '-q', '-b', 'main', alone);
    await appendRecords({ repoDir: alone, env, files: [monitorWrite(line(5))], message: 'lokal', now: NOW });
    const before = await tip(alone);
    await syncRecords({ repoDir: alone, env });
    expect(await tip(alone)).toBe(before);
  });
});

/**
 * After the first update of the records branch in `dir` (at the start of an appendAndPush),
 * `other` pushes the commit it has prepared: `dir`'s push then finds a tip it does not have.
 */
async function pushFirstFrom(dir: string, other: string): Promise<void> {
  const marker = path.join(path.dirname(dir), `${path.basename(dir)}-sudah`);
  const hook = path.join(dir, '.git/hooks/reference-transaction');
  await writeFile(
    hook,
    `#!/usr/bin/env node
const { execFileSync } = require('node:child_process');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const updates = readFileSync(0, 'utf8');
if (process.argv[2] !== 'committed' || !/ refs\\/heads\\/${BRANCH}$/m.test(updates) || existsSync(${JSON.stringify(marker)})) process.exit(0);
writeFileSync(${JSON.stringify(marker)}, '');
execFileSync('git', ['-C', ${JSON.stringify(other)}, 'push', '-q', 'origin', 'refs/heads/${BRANCH}:refs/heads/${BRANCH}'], { env: ${JSON.stringify(env)}, stdio: 'inherit' });
`,
  );
  await chmod(hook, 0o755);
}

describe('appendAndPush', () => {
  it('pushes the branch to origin, and commits locally only when push is false', async () => {
    const { clone, origin } = await makeOrigin();
    const a = clone('a');
    await appendAndPush({ repoDir: a, env, files: [monitorWrite(line(0))], message: 'kering', now: NOW, push: false });
    expect(await tip(origin)).toBeUndefined();

    const commit = await appendAndPush({ repoDir: a, env, files: [monitorWrite(line(15))], message: 'kirim', now: NOW, push: true });
    // Origin had no branch yet, so the local one went as it was, the unpushed record included.
    expect(await tip(origin)).toBe(commit);
    expect(onBranch(origin, 'monitor/2026-12-03.jsonl')).toBe(line(0) + line(15));
  });

  it('loses no record when two clones append at the same time', async () => {
    const { clone, origin } = await makeOrigin();
    const a = clone('a');
    const b = clone('b');
    const retries: string[] = [];
    // Three rounds of simultaneous appends, the first onto a branch neither clone has yet.
    for (const round of [0, 1, 2]) {
      await Promise.all(
        [a, b].map((dir, i) =>
          appendAndPush({
            repoDir: dir,
            env,
            files: [monitorWrite(`{"round":${round},"clone":"${'ab'[i]}"}\n`), { path: `backup/20261203T0${round}0000Z-${'ab'[i]}.json`, content: '{}', mode: 'replace' }],
            message: `ronde ${round}`,
            now: NOW,
            push: true,
            log: (l) => retries.push(l),
          }),
        ),
      );
    }
    const lines = onBranch(origin, 'monitor/2026-12-03.jsonl').trim().split('\n').sort();
    expect(lines).toEqual([0, 1, 2].flatMap((r) => [`{"round":${r},"clone":"a"}`, `{"round":${r},"clone":"b"}`]));
    expect(branchFiles(origin).filter((f) => f.startsWith('backup/'))).toHaveLength(6);
    // One straight line of six commits: one README, nothing forced, nothing merged.
    expect(gitSync(origin, 'rev-list', '--count', BRANCH).trim()).toBe('6');
    expect(gitSync(origin, 'rev-list', '--merges', '--count', BRANCH).trim()).toBe('0');
    expect(onBranch(origin, 'README.md')).toBe(branchReadme(BRANCH));
    // Every lost race was retried (how many depends on timing).
    for (const l of retries) expect(l).toMatch(/^catatan: origin menolak cabang pemantauan: di sana ada catatan yang lebih baru; mencoba lagi \(\d\/4\)$/);
  });

  it('retries a push rejected because another clone pushed first, on top of its records', async () => {
    const { clone, origin } = await makeOrigin();
    const a = clone('a');
    const b = clone('b');
    await appendAndPush({ repoDir: a, env, files: [monitorWrite(line(0))], message: 'awal', now: NOW, push: true });
    // b has a record ready; it reaches origin while a is appending.
    await syncRecords({ repoDir: b, env });
    const fromB = await appendRecords({ repoDir: b, env, files: [monitorWrite(line(15)), { path: 'logscan/20261203T071500Z.json', content: '{}', mode: 'replace' }], message: 'dari b', now: NOW });
    await pushFirstFrom(a, b);

    const log: string[] = [];
    const fromA = await appendAndPush({ repoDir: a, env, files: [monitorWrite(line(30))], message: 'dari a', now: NOW, push: true, log: (l) => log.push(l) });

    expect(log).toEqual(['catatan: origin menolak cabang pemantauan: di sana ada catatan yang lebih baru; mencoba lagi (2/4)']);
    expect(await tip(origin)).toBe(fromA);
    expect(gitSync(origin, 'rev-parse', `${fromA}^`).trim()).toBe(fromB);
    expect(onBranch(origin, 'monitor/2026-12-03.jsonl')).toBe(line(0) + line(15) + line(30));
    expect(branchFiles(origin)).toContain('logscan/20261203T071500Z.json');
  });

  it('gives up with a clear error when the attempts are used up', async () => {
    const { clone, origin } = await makeOrigin();
    const a = clone('a');
    const b = clone('b');
    await appendRecords({ repoDir: b, env, files: [monitorWrite(line(15))], message: 'dari b', now: NOW });
    await pushFirstFrom(a, b);

    await expect(appendAndPush({ repoDir: a, env, files: [monitorWrite(line(30))], message: 'dari a', now: NOW, push: true, attempts: 1 })).rejects.toThrow(
      new RecordsError('origin menolak cabang pemantauan: di sana ada catatan yang lebih baru'),
    );
    expect(onBranch(origin, 'monitor/2026-12-03.jsonl')).toBe(line(15));
  });

  it('does not retry a push the remote refuses for another reason, and says why', async () => {
    const { clone, origin } = await makeOrigin();
    const hook = path.join(origin, 'hooks/pre-receive');
    await writeFile(hook, `#!/usr/bin/env node\nprocess.stderr.write('cabang ${BRANCH} dilindungi: hanya alur kerja pemantauan yang boleh menulis\\n');\nprocess.exit(1);\n`);
    await chmod(hook, 0o755);
    const a = clone('a');
    const log: string[] = [];

    const error = await appendAndPush({ repoDir: a, env, files: [monitorWrite(line(0))], message: 'x', now: NOW, push: true, log: (l) => log.push(l) }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RecordsError);
    expect((error as Error).message).toMatch(/^cabang pemantauan tidak dapat dikirim ke origin: /);
    expect((error as Error).message).toContain('cabang pemantauan dilindungi: hanya alur kerja pemantauan yang boleh menulis');
    expect((error as Error).message).toContain('(pre-receive hook declined)');
    expect(log).toEqual([]);
    expect(await tip(origin)).toBeUndefined();
  });

  it('reports an unreachable origin as a records error naming the remote', async () => {
    const { clone, root } = await makeOrigin();
    const a = clone('a');
    gitSync(a, 'remote', 'set-url', 'origin', path.join(root, 'hilang.git'));

    const error = await appendAndPush({ repoDir: a, env, files: [monitorWrite(line(0))], message: 'x', now: NOW, push: true }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RecordsError);
    expect((error as Error).message).toMatch(/^cabang pemantauan tidak dapat diambil dari origin: fatal: '.*hilang\.git' does not appear to be a git repository/);
  });
});

describe('lostRace', () => {
  it.each([
    [' ! [rejected]        pemantauan -> pemantauan (fetch first)\nerror: failed to push some refs', true],
    [' ! [rejected]        pemantauan -> pemantauan (non-fast-forward)\nerror: failed to push some refs', true],
    ["remote: error: cannot lock ref 'refs/heads/pemantauan': is at 1 but expected 2\n ! [remote rejected] pemantauan -> pemantauan (failed to update ref)", true],
    [" ! [remote rejected] pemantauan -> pemantauan (cannot lock ref 'refs/heads/pemantauan': is at 1 but expected 2)", true],
    // GitHub's answer for a protected branch, and a hook: refusals, not races.
    ['remote: error: GH006: Protected branch update failed for refs/heads/pemantauan.\n ! [remote rejected] pemantauan -> pemantauan (protected branch hook declined)', false],
    [' ! [remote rejected] pemantauan -> pemantauan (pre-receive hook declined)', false],
    ["fatal: unable to access 'https://github.com/pn-contoh/situs/': Could not resolve host: github.com", false],
  ])('%j → %s', (stderr, expected) => {
    expect(lostRace(stderr)).toBe(expected);
  });
});
