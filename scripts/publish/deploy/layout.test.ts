// The pure parts of a deploy: the layout's decisions, the manifest rules, and the commands
// and scripts the SSH target sends (their behaviour is tested for real in ssh.test.ts).
import { describe, expect, it } from 'vitest';
import type { BuildManifest } from '../types.ts';
import { buildIdFromLinkTarget, checksumList, isBuildId, planPrune, releasePaths } from './layout.ts';
import { manifestProblems } from './manifest-rules.ts';
import { finalizeScript, parseFinalize, parseInspection } from './remote-scripts.ts';
import { parseSshOptions, rsyncArgs, sshArgs } from './ssh-options.ts';

const ID = '3f2a9c1d0b7e-20261122T031500Z';
const SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('planPrune', () => {
  const newestFirst = ['e', 'd', 'c', 'b', 'a'];
  it.each([
    { keep: 5, live: 'e', previous: 'd', doomed: [] },
    { keep: 3, live: 'e', previous: 'd', doomed: ['b', 'a'] },
    { keep: 1, live: 'e', previous: 'd', doomed: ['c', 'b', 'a'] },
    // After a rollback the live release can be an old one: it and the one before stay.
    { keep: 2, live: 'a', previous: 'e', doomed: ['c', 'b'] },
    { keep: 1, live: 'e', previous: undefined, doomed: ['d', 'c', 'b', 'a'] },
  ])('keep $keep, live $live, previous $previous → delete $doomed', ({ keep, live, previous, doomed }) => {
    expect(planPrune({ newestFirst, live, previous, keep })).toEqual(doomed);
  });

  it('ignores partial uploads, checksum lists and anything else in releases/', () => {
    const entries = ['c', 'c.sha256', 'b.partial', 'b', 'a.sha256', 'a', 'catatan.txt', '.lock'];
    expect(planPrune({ newestFirst: entries, live: 'c', previous: 'b', keep: 1 })).toEqual(['a']);
  });
});

describe('the release layout', () => {
  it('names the folders under the root', () => {
    const p = releasePaths('/var/www/laman');
    expect([p.current, p.currentNew, p.release(ID), p.partial(ID), p.checksums(ID)]).toEqual([
      '/var/www/laman/current',
      '/var/www/laman/current.new',
      `/var/www/laman/releases/${ID}`,
      `/var/www/laman/releases/${ID}.partial`,
      `/var/www/laman/releases/${ID}.sha256`,
    ]);
  });

  it('reads the build id from the current symlink, relative or absolute', () => {
    expect(buildIdFromLinkTarget(`releases/${ID}`)).toBe(ID);
    expect(buildIdFromLinkTarget(`/var/www/laman/releases/${ID}/`)).toBe(ID);
    expect(buildIdFromLinkTarget('/srv/situs-lama')).toBeUndefined();
    expect(buildIdFromLinkTarget(`releases/${ID}.partial`)).toBeUndefined();
  });

  it('accepts build ids that are safe folder names only', () => {
    expect(isBuildId(ID)).toBe(true);
    for (const bad of ['', '..', '.x', 'a/b', 'a.partial', '-rf', 'a b', "a'b", 'x'.repeat(129)]) expect(isBuildId(bad), bad).toBe(false);
  });

  it('writes the checksum list sorted, the manifest file included', () => {
    expect(checksumList({ 'index.html': { sha256: SHA }, 'a b/c.pdf': { sha256: SHA } }, { path: 'laman-manifest.json', sha256: SHA })).toBe(
      `${SHA}  a b/c.pdf\n${SHA}  index.html\n${SHA}  laman-manifest.json\n`,
    );
  });
});

describe('manifestProblems', () => {
  const manifest = (berkas: BuildManifest['berkas'], build = ID): BuildManifest => ({ versi: 1, build, commit: 'c'.repeat(40), dibuat: '2026-11-22T03:15:00.000Z', berkas });

  it('accepts a manifest as laman publish writes it', () => {
    expect(manifestProblems(manifest({ 'index.html': { sha256: SHA, bytes: 0 }, 'berkas/surat edaran.pdf': { sha256: SHA, bytes: 10 } }))).toEqual([]);
  });

  it('names every path a release cannot hold and every bad hash', () => {
    const problems = manifestProblems(
      manifest({ '../etc/passwd': { sha256: SHA, bytes: 1 }, '/abs': { sha256: SHA, bytes: 1 }, 'a\nb': { sha256: SHA, bytes: 1 }, 'x.html': { sha256: 'abc', bytes: 1 } }, 'a/b'),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^build: "a\/b" bukan id build/),
      'berkas "../etc/passwd": berisi bagian kosong, "." atau ".."',
      'berkas "/abs": path absolut',
      'berkas "a\\nb": berisi karakter kendali atau garis miring terbalik',
      'berkas "x.html": sha256 bukan 64 digit heksadesimal',
    ]);
  });
});

describe('the SSH commands', () => {
  const settings = parseSshOptions({ destination: 'deploy@pn-contoh.go.id', port: 2222, root: '/var/www/laman/', keyFile: '/run/kunci' });

  it('passes the remote command as one argument after "--" and the destination', () => {
    const args = sshArgs(settings, 'true');
    expect(args.slice(-3)).toEqual(['--', 'deploy@pn-contoh.go.id', 'true']);
    expect(args).toContain('StrictHostKeyChecking=yes');
    expect(args).toContain('BatchMode=yes');
  });

  it('uploads into the partial folder, linking against the previous release', () => {
    const args = rsyncArgs(settings, { siteDir: '/work/dist/', partial: `/var/www/laman/releases/${ID}.partial`, linkDest: 'sebelumnya' });
    expect(args.slice(0, 8)).toEqual(['-a', '--no-times', '--no-owner', '--no-group', '--chmod=D755,F644', '--delete', '--checksum', '--link-dest=../sebelumnya']);
    expect(args.slice(-3)).toEqual(['--', '/work/dist/', `deploy@pn-contoh.go.id:/var/www/laman/releases/${ID}.partial/`]);
  });

  it('quotes every path in the remote scripts and never renames over the live release', () => {
    const script = finalizeScript({ root: '/var/www/laman', id: ID, fileCount: 7, from: 'partial' });
    expect(script).toContain(`cd -- '/var/www/laman'`);
    expect(script).toContain(`if [ -L current ] && [ "$(readlink current)" = 'releases/${ID}' ]; then exit 5; fi`);
    expect(script).toContain(`mv -T -- 'releases/${ID}.partial' 'releases/${ID}'`);
    expect(script).toContain('mv -Tf -- current.new current');
  });

  it('parses what the scripts print, ignoring noise from the login shell', () => {
    expect(parseInspection(`selamat datang\ncurrent releases/${ID}\nlive-present\n`)).toEqual({
      current: `releases/${ID}`,
      currentNotSymlink: false,
      livePresent: true,
      releasePresent: false,
    });
    expect(parseFinalize(`motd\nlaman: switched\nb\nb.sha256\na\n`)).toEqual({ switched: true, newestFirst: ['b', 'b.sha256', 'a'] });
    expect(parseFinalize('')).toEqual({ switched: false, newestFirst: [] });
  });
});
