// The SSH target against Debian's real sshd and rsync on 127.0.0.1 (test-sshd.ts). The steps
// build on each other like a court's deploys do: A, then B, a failed C, a re-deploy and a
// rollback, then pruning. Missing sshd or rsync fails every server test ("apt-get install …"), never skips it.
import { spawnSync } from 'node:child_process';
import { chmod, readdir, readFile, readlink, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sshArgs, parseSshOptions, rsyncShell } from './ssh-options.ts';
import { sshTarget } from './ssh.ts';
import { rsyncShellQuote, shQuote } from './shell-quote.ts';
import { logSink, makeBuild, sampleSite, tempDir, type Build } from './test-support.ts';
import { startSshd, type Sshd } from './test-sshd.ts';

let tmp: Awaited<ReturnType<typeof tempDir>>;
let server: Sshd;
let root: string;
const builds: Record<'A' | 'B' | 'C' | 'D' | 'E', Build> = {} as never;
// A server that cannot start (sshd or rsync missing) fails every test that needs it, with the
// reason and the apt-get line: a skipped deploy test would hide exactly that.
let setupError: unknown;

beforeAll(async () => {
  tmp = await tempDir('laman-deploy-ssh-');
  try {
    server = await startSshd(tmp.path);
  } catch (error) {
    setupError = error;
    return;
  }
  root = path.join(tmp.path, 'srv', 'laman');
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 3, minute));
  builds.A = await makeBuild(tmp.path, sampleSite('A'), at(0));
  // B changes the home page only; every file has a new mtime, as after a real build.
  builds.B = await makeBuild(tmp.path, sampleSite('B'), at(1));
  builds.C = await makeBuild(tmp.path, sampleSite('C'), at(2));
  builds.D = await makeBuild(tmp.path, sampleSite('D'), at(3));
  builds.E = await makeBuild(tmp.path, sampleSite('E'), at(4));
}, 20_000);

afterAll(async () => {
  await server?.stop();
  await tmp?.remove();
});

const target = (keep = 5) =>
  sshTarget({ destination: server.destination, port: server.port, root, keyFile: server.keyFile, knownHostsFile: server.knownHostsFile, keep });
const id = (name: keyof typeof builds) => builds[name].manifest.build;
const live = () => readlink(path.join(root, 'current'));
const page = (file = 'index.html') => readFile(path.join(root, 'current', file), 'utf8');
const releases = async () => (await readdir(path.join(root, 'releases'))).sort();
const inode = async (name: keyof typeof builds, file: string) => (await stat(path.join(root, 'releases', id(name), file))).ino;
const unchanged = ['berita/index.html', 'berita/sidang-keliling/index.html', '_astro/situs.css', 'berkas/dokumen/laporan-2026.pdf'];

describe('sshTarget against a real sshd', { timeout: 20_000 }, () => {
  beforeEach(() => {
    if (setupError) throw setupError;
  });

  it('deploys build A and serves it through current', async () => {
    const { lines, log } = logSink();
    const result = await target().deploy(builds.A.dir, builds.A.manifest, log);
    expect(result).toEqual({ target: 'ssh', location: `${server.destination}:${root}/current`, build: id('A') });
    expect(await live()).toBe(`releases/${id('A')}`);
    expect(await page()).toBe('<h1>A</h1>');
    expect(await page('berkas/dokumen/laporan-2026.pdf')).toBe('%PDF-1.7 laporan');
    expect(await releases()).toEqual([id('A'), `${id('A')}.sha256`]);
    expect(lines).toContain('belum ada rilis yang tayang');
    expect(lines).toContain('6 berkas cocok dengan SHA-256 di manifes');
    // Uploaded files are readable by nginx whatever the build machine's umask was.
    expect((await stat(path.join(root, 'current', 'index.html'))).mode & 0o777).toBe(0o644);
  });

  it('deploys B: unchanged files are hard links to A, the switch happens, A is previous', async () => {
    const { lines, log } = logSink();
    const result = await target().deploy(builds.B.dir, builds.B.manifest, log);
    expect(result).toMatchObject({ build: id('B'), previous: id('A') });
    expect(lines).toContain(`mengunggah 6 berkas dengan rsync (berkas yang sama dengan rilis ${id('A')} menjadi hard link)`);
    expect(await live()).toBe(`releases/${id('B')}`);
    expect(await page()).toBe('<h1>B</h1>');
    for (const file of unchanged) expect(await inode('B', file), file).toBe(await inode('A', file));
    expect(await inode('B', 'index.html')).not.toBe(await inode('A', 'index.html'));
    const check = spawnSync('sha256sum', ['--check', '--strict', '--quiet', `../${id('B')}.sha256`], { cwd: path.join(root, 'releases', id('B')), encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('a deploy that fails verification on the server leaves B live and no partial upload', async () => {
    // The site changes after its manifest was made: the upload no longer matches what was built.
    await writeFile(path.join(builds.C.dir, 'berita/index.html'), '<h1>Diubah setelah build</h1>');
    const failed = target().deploy(builds.C.dir, builds.C.manifest, () => {});
    await expect(failed).rejects.toMatchObject({ name: 'DeployFailed', code: 'verify-failed' });
    await expect(failed).rejects.toThrow(/verifikasi gagal: .*berita\/index\.html: FAILED.*situs yang tayang tidak diubah/);
    expect(await live()).toBe(`releases/${id('B')}`);
    expect(await page()).toBe('<h1>B</h1>');
    expect(await releases()).toEqual([id('A'), `${id('A')}.sha256`, id('B'), `${id('B')}.sha256`]);
  });

  it('re-deploying B only switches; deploying A again rolls back', async () => {
    const before = await inode('B', 'index.html');
    const { lines, log } = logSink();
    expect(await target().deploy(builds.B.dir, builds.B.manifest, log)).toMatchObject({ build: id('B'), previous: id('B') });
    expect(lines).toContain(`rilis ${id('B')} sudah ada dan cocok dengan manifes: tidak perlu disalin ulang`);
    expect(lines.some((l) => l.startsWith('mengunggah'))).toBe(false);
    expect(await inode('B', 'index.html')).toBe(before);
    expect(await target().deploy(builds.A.dir, builds.A.manifest, () => {})).toMatchObject({ build: id('A'), previous: id('B') });
    expect(await page()).toBe('<h1>A</h1>');
  });

  it('keeps the newest N releases, never the live one or the previous one', async () => {
    // Most recently live: A, then B. With keep 2, D going live keeps D and A (previous): B goes.
    const { lines, log } = logSink();
    await target(2).deploy(builds.D.dir, builds.D.manifest, log);
    expect(lines).toContain(`rilis lama dihapus: ${id('B')}`);
    expect(await releases()).toEqual([id('A'), `${id('A')}.sha256`, id('D'), `${id('D')}.sha256`]);
    await target(2).deploy(builds.E.dir, builds.E.manifest, () => {});
    expect(await releases()).toEqual([id('D'), `${id('D')}.sha256`, id('E'), `${id('E')}.sha256`]);
    expect(await page()).toBe('<h1>E</h1>');
  });

  it('a release changed on the server is uploaded again when not live, and reported when live', async () => {
    await writeFile(path.join(root, 'releases', id('D'), 'index.html'), '<h1>diretas</h1>');
    const { lines, log } = logSink();
    expect(await target(2).deploy(builds.D.dir, builds.D.manifest, log)).toMatchObject({ build: id('D'), previous: id('E') });
    expect(lines).toContain(`rilis ${id('D')} yang sudah ada tidak cocok dengan manifes: disalin ulang`);
    expect(await page()).toBe('<h1>D</h1>');

    await writeFile(path.join(root, 'releases', id('D'), 'index.html'), '<h1>diretas lagi</h1>');
    const failed = target(2).deploy(builds.D.dir, builds.D.manifest, () => {});
    await expect(failed).rejects.toMatchObject({ code: 'live-release-damaged' });
    await expect(failed).rejects.toThrow(/index\.html: FAILED/);
    expect(await live()).toBe(`releases/${id('D')}`);
    expect(await releases()).toEqual([id('D'), `${id('D')}.sha256`, id('E'), `${id('E')}.sha256`]);
  });

  it('refuses a server whose host key is not the pinned one, changing nothing', async () => {
    const impostor = sshTarget({ destination: server.destination, port: server.port, root, keyFile: server.keyFile, knownHostsFile: server.wrongKnownHostsFile });
    const failed = impostor.deploy(builds.A.dir, builds.A.manifest, () => {});
    await expect(failed).rejects.toMatchObject({ code: 'connection' });
    await expect(failed).rejects.toThrow(/Host key verification failed/);
    expect(await live()).toBe(`releases/${id('D')}`);
  });

  it('quotes hostile names for the remote shell; newlines are refused', async () => {
    const hostile = [`'; rm -rf /`, 'dua  spasi ', `"$(id)"`, 'tanda`id`', "it's", 'a\\b', '*', '-n', '$HOME', ''];
    for (const value of hostile) {
      const local = spawnSync('sh', ['-c', `printf '%s' ${shQuote(value)}`], { encoding: 'utf8' });
      expect(local.stdout).toBe(value);
    }
    // Through the real ssh and the server's login shell, in one connection.
    const command = `printf '%s\\0' ${hostile.map(shQuote).join(' ')}`;
    const settings = parseSshOptions({ destination: server.destination, port: server.port, root, keyFile: server.keyFile, knownHostsFile: server.knownHostsFile });
    const remote = spawnSync('ssh', sshArgs(settings, command), { encoding: 'utf8' });
    expect(remote.status, remote.stderr).toBe(0);
    expect(remote.stdout.split('\0').slice(0, -1)).toEqual(hostile);
    for (const bad of ['satu\ndua', 'tab\there', 'nul\0']) {
      expect(() => shQuote(bad)).toThrow(/baris baru atau karakter kendali/);
      expect(() => rsyncShellQuote(bad)).toThrow(/baris baru atau karakter kendali/);
    }
  });

  it("quotes rsync's -e value the way rsync splits it", async () => {
    // A stand-in for ssh that records the arguments rsync gives it.
    const fake = path.join(tmp.path, 'fake-ssh');
    const seen = path.join(tmp.path, 'fake-ssh.args');
    await writeFile(fake, `#!/bin/sh\nfor a in "$@"; do printf '%s\\0' "$a"; done > ${shQuote(seen)}\nexit 1\n`);
    await chmod(fake, 0o755);
    const words = ['-i', '/tmp/kunci saya', "it's", '"dikutip"', `'; rm -rf /`];
    spawnSync('rsync', ['-e', [fake, ...words].map(rsyncShellQuote).join(' '), '--', `${builds.A.dir}/`, 'deploy@127.0.0.1:/tmp/x/'], { encoding: 'utf8' });
    expect((await readFile(seen, 'utf8')).split('\0').slice(0, words.length)).toEqual(words);
    const settings = parseSshOptions({ destination: 'deploy@pn-contoh.go.id', port: 2222, root: '/var/www/laman', keyFile: '/run/kunci', knownHostsFile: '/run/known_hosts' });
    expect(rsyncShell(settings)).toBe(
      "'ssh' '-p' '2222' '-i' '/run/kunci' '-o' 'IdentitiesOnly=yes' '-o' 'UserKnownHostsFile=/run/known_hosts' '-o' 'GlobalKnownHostsFile=/dev/null' '-o' 'StrictHostKeyChecking=yes' '-o' 'BatchMode=yes' '-o' 'ConnectTimeout=30'",
    );
  });
});

describe('sshTarget options', () => {
  it('refuses option-like and unquotable settings, naming the option', () => {
    const ok = { destination: 'deploy@pn-contoh.go.id', root: '/var/www/laman' };
    const refused: Array<[Record<string, unknown>, RegExp]> = [
      [{ destination: '-oProxyCommand=touch /tmp/x' }, /^destination: /],
      [{ destination: 'deploy@-oProxyCommand=x' }, /^destination: /],
      [{ destination: 'deploy@host; rm -rf /' }, /^destination: /],
      [{ destination: 'pn-contoh.go.id' }, /^destination: .*pengguna@host/],
      [{ port: 0 }, /^port: /],
      [{ port: 22.5 }, /^port: /],
      [{ root: 'var/www/laman' }, /^root: .*path absolut/],
      [{ root: '/var/www/situs lama' }, /^root: /],
      [{ root: `/var/www/'; rm -rf /` }, /^root: /],
      [{ root: '/var/www/../../etc' }, /^root: /],
      [{ root: '/' }, /^root: "\/" tidak boleh/],
      [{ keyFile: '/home/runner/kunci deploy' }, /^keyFile: /],
      [{ keyFile: '-oProxyCommand=x' }, /^keyFile: /],
      [{ knownHostsFile: '/tmp/%d/known_hosts' }, /^knownHostsFile: /],
      [{ knownHostsFile: '/tmp/known\nhosts' }, /^knownHostsFile: /],
      [{ keep: 0 }, /^keep: /],
    ];
    for (const [change, message] of refused) expect(() => sshTarget({ ...ok, ...change } as never), JSON.stringify(change)).toThrow(message);
    expect(() => sshTarget({ ...ok, root: '/var/www/laman/', port: 2222, keep: 3 })).not.toThrow();
  });
});
