// An rclone target for real: Debian's sshd on 127.0.0.1 (the publish tests' helper), an rclone
// SFTP remote configured only through RCLONE_CONFIG_* variables, and create → verify → restore
// against rclone:<remote>:<path>.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSshd, type Sshd } from '../../scripts/publish/deploy/test-sshd.ts';
import { git, laman, makeSite, makeSourceRepo, refsAndObjects, writeConfig } from './support.ts';

let work: string;
let repo: string;
let sshd: Sshd;
let env: Record<string, string>;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'laman-uji-sftp-'));
  repo = path.join(work, 'situs');
  await makeSourceRepo(repo);
  await makeSite(path.join(repo, 'dist'), git(repo, 'rev-parse', 'HEAD').trim());
  sshd = await startSshd(await mkdtemp(path.join(work, 'sshd-')));
  env = {
    RCLONE_CONFIG_UJISFTP_TYPE: 'sftp',
    RCLONE_CONFIG_UJISFTP_HOST: '127.0.0.1',
    RCLONE_CONFIG_UJISFTP_PORT: String(sshd.port),
    RCLONE_CONFIG_UJISFTP_USER: userInfo().username,
    RCLONE_CONFIG_UJISFTP_KEY_FILE: sshd.keyFile,
    RCLONE_CONFIG_UJISFTP_SHELL_TYPE: 'unix',
    // The shared test sshd declares no sftp subsystem; rclone starts Debian's sftp-server itself.
    RCLONE_CONFIG_UJISFTP_SERVER_COMMAND: '/usr/lib/openssh/sftp-server',
    RCLONE_CONFIG_UJISFTP_KNOWN_HOSTS_FILE: sshd.knownHostsFile,
  };
});

afterAll(async () => {
  await sshd?.stop();
  await rm(work, { recursive: true, force: true });
});

describe('rclone target over SFTP (real sshd)', () => {
  it('creates, verifies and restores through rclone:ujisftp:…', { timeout: 45_000 }, async () => {
    const remoteDir = path.join(work, 'server', 'cadangan');
    const config = path.join(work, 'backup.json');
    await writeConfig(config, [{ name: 'kantor', type: 'rclone', remote: `ujisftp:${remoteDir}` }]);

    const created = await laman(['backup', 'create', '--config', config, '--no-github'], { cwd: repo, env });
    expect(created.code, created.stdout + created.stderr).toBe(0);
    expect(created.stdout).toContain(`kantor (rclone:ujisftp:${remoteDir}): snapshot`);
    // The repository is really on the server side, encrypted.
    expect(await readFile(path.join(remoteDir, 'config'))).toBeTruthy();

    const verified = await laman(['backup', 'verify', '--config', config], { cwd: repo, env });
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);

    const out = path.join(work, 'pulih');
    const restored = await laman(['backup', 'restore', '--config', config, '--to', out], { cwd: repo, env });
    expect(restored.code, restored.stdout + restored.stderr).toBe(0);
    expect(refsAndObjects(path.join(out, 'repo.git'))).toEqual(refsAndObjects(repo));
    expect((await readFile(path.join(out, 'site/dokumen/laporan.pdf'))).equals(await readFile(path.join(repo, 'dist/dokumen/laporan.pdf')))).toBe(true);
  });
});
