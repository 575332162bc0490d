// The status page published over SSH to a real OpenSSH server on 127.0.0.1 (the deploy
// tests' sshd): rsync into status.tmp-<version>/, verified and switched by one remote
// script; a second publication replaces it, `current` and the releases stay untouched, and
// a server that is not the pinned one gets nothing.
import { lstat, mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishConfig } from '../../scripts/publish/config.ts';
import { startSshd, type Sshd } from '../../scripts/publish/deploy/test-sshd.ts';
import { publishStatusPage } from '../../scripts/status/publish.ts';
import { renderStatusPage } from '../../scripts/status/render.ts';
import { makeRelease, switchCurrent } from '../nginx/serve.ts';

let work: string;
let root: string;
let server: Sshd;

const page = (now: Date, title: string) =>
  renderStatusPage({
    runs: [{ at: now.toISOString(), findings: [{ check: 'availability', subject: 'https://pn-contoh.go.id/', status: 'ok', summary: 'HTTP 200', evidence: [], responseMs: 120 }] }],
    incidents: [{ number: 1, url: 'https://github.com/pn-contoh/situs/issues/1', title, key: 'availability:x', check: 'availability', openedAt: '2026-12-01T00:00:00Z', closedAt: '2026-12-01T00:30:00Z', durationMinutes: 30 }],
    now,
    siteName: 'Pengadilan Negeri Contoh',
    siteUrl: 'https://pn-contoh.go.id',
  });

const config = (): PublishConfig => ({ target: 'ssh', ssh: { destination: server.destination, port: server.port, root }, keep_releases: 5, archive_branch: 'arsip' });
const env = (knownHosts = server.knownHostsFile) => ({ PATH: process.env.PATH, HOME: process.env.HOME, LAMAN_SSH_KEY_FILE: server.keyFile, LAMAN_SSH_KNOWN_HOSTS: knownHosts });

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'laman-status-ssh-'));
  server = await startSshd(work);
  root = path.join(work, 'srv', 'laman');
}, 20_000);

afterAll(async () => {
  await server?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('publishing the status page over SSH', { timeout: 20_000 }, () => {
  it('uploads, verifies and switches <root>/status, making the root before the first site deploy', async () => {
    const logs: string[] = [];
    const first = await publishStatusPage(page(new Date('2026-12-03T07:05:00Z'), 'Gangguan pertama'), config(), { log: (l) => logs.push(l), cwd: work, env: env(), now: new Date('2026-12-03T07:05:00Z'), tmpDir: work });
    expect(first).toMatchObject({ published: true, target: 'ssh', location: `${server.destination}:${root}/status` });
    expect(await readFile(path.join(root, 'status', 'index.html'), 'utf8')).toContain('Gangguan pertama');
    expect(logs.join('\n')).toContain('mengunggah 4 berkas halaman status');
  });

  it('replaces it on the next publication, without touching the site', async () => {
    await makeRelease(root, 'A', new Date());
    await switchCurrent(root, 'A');
    const logs: string[] = [];
    const second = await publishStatusPage(page(new Date('2026-12-03T07:20:00Z'), 'Gangguan kedua'), config(), { log: (l) => logs.push(l), cwd: work, env: env(), now: new Date('2026-12-03T07:20:00Z'), tmpDir: work });
    expect(second.published).toBe(true);
    expect(await readFile(path.join(root, 'status', 'index.html'), 'utf8')).toContain('Gangguan kedua');
    expect((await lstat(path.join(root, 'status'))).isSymbolicLink()).toBe(true);
    const link = await readlink(path.join(root, 'status'));
    expect(link).toMatch(/^status\.20261203T072000Z-[0-9a-f]{6}$/);
    expect((await readdir(root)).filter((n) => n.startsWith('status')).sort()).toEqual(['status', link]);
    expect((await readdir(path.join(root, 'status'))).sort()).toEqual(['index.html', 'respons.svg', 'status.css', 'status.json']);
    expect(await readlink(path.join(root, 'current'))).toBe('releases/A');
    expect(await readdir(path.join(root, 'releases'))).toEqual(['A']);
    // The local staging folder is gone.
    expect((await readdir(work)).filter((n) => n.startsWith('laman-status-'))).toEqual([]);
    expect(logs.join('\n')).toContain(`halaman status dipasang: 127.0.0.1:${root}/status → ${link}`);
  });

  it('sends nothing to a server whose host key is not the pinned one', async () => {
    const before = await readlink(path.join(root, 'status'));
    const failed = publishStatusPage(page(new Date('2026-12-03T07:35:00Z'), 'Tidak terkirim'), config(), { log: () => {}, cwd: work, env: env(server.wrongKnownHostsFile), now: new Date('2026-12-03T07:35:00Z'), tmpDir: work });
    await expect(failed).rejects.toThrow(/tidak dapat terhubung ke .*Host key verification failed.*halaman status yang tayang tidak berubah/);
    expect(await readlink(path.join(root, 'status'))).toBe(before);
    expect(await readFile(path.join(root, 'status', 'index.html'), 'utf8')).toContain('Gangguan kedua');
  });

  it('says what it would upload under --dry-run and connects to nothing', async () => {
    const lines: string[] = [];
    const result = await publishStatusPage(page(new Date('2026-12-03T07:35:00Z'), 'Uji'), config(), { log: (l) => lines.push(l), cwd: work, env: env(server.wrongKnownHostsFile), now: new Date('2026-12-03T07:35:00Z'), dryRun: true });
    expect(result).toMatchObject({ published: false, target: 'ssh' });
    expect(lines).toEqual([`uji coba: 4 berkas halaman status akan diunggah ke ${server.destination}:${root}/status/ (tidak ada yang dikirim)`]);
  });
});
