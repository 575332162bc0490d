// A real OpenSSH server for the SSH deploy tests: Debian's /usr/sbin/sshd as the current
// user on 127.0.0.1 and a free port, with its own configuration, host key and authorized
// client key in a temporary folder, and a known_hosts file pinning that host key.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';

export const SSHD = '/usr/sbin/sshd';
const INSTALL = 'apt-get install openssh-server openssh-client rsync';

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(path.join(dir, command)));
}

/** Throws (so the tests fail, never skip) when a tool the SSH target or its tests need is missing. */
export function requireSshTools(): void {
  const missing = [existsSync(SSHD) ? '' : SSHD, ...['ssh', 'ssh-keygen', 'rsync', 'sha256sum'].filter((c) => !onPath(c))].filter(Boolean);
  if (missing.length) throw new Error(`the SSH deploy tests need ${missing.join(', ')} (missing on this machine): ${INSTALL}`);
}

function keygen(file: string, comment: string): void {
  const made = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', comment, '-f', file], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`ssh-keygen failed: ${made.stderr}`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Sshd {
  port: number;
  /** "user@127.0.0.1" for the user running the tests. */
  destination: string;
  keyFile: string;
  knownHostsFile: string;
  /** A known_hosts file naming another host key for the same address (a server that is not the pinned one). */
  wrongKnownHostsFile: string;
  stop(): Promise<void>;
}

export async function startSshd(dir: string): Promise<Sshd> {
  requireSshTools();
  const hostKey = path.join(dir, 'host_ed25519');
  const otherKey = path.join(dir, 'other_ed25519');
  const keyFile = path.join(dir, 'client_ed25519');
  keygen(hostKey, 'laman-test-host');
  keygen(otherKey, 'laman-test-other');
  keygen(keyFile, 'laman-test-client');
  const authorized = path.join(dir, 'authorized_keys');
  await writeFile(authorized, await readFile(`${keyFile}.pub`));

  // sshd started by root checks for its privilege-separation folder, which Debian's service
  // unit creates at boot (RuntimeDirectory=sshd); without the service, make it the same way.
  if (process.getuid?.() === 0 && !existsSync('/run/sshd')) mkdirSync('/run/sshd', { mode: 0o755 });

  const port = await freePort();
  const config = path.join(dir, 'sshd_config');
  await writeFile(
    config,
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${hostKey}`,
      `PidFile ${path.join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${authorized}`,
      'StrictModes no',
      'UsePAM no',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PubkeyAuthentication yes',
      // The tests run as root in CI; sshd admits root only with keys when told so.
      'PermitRootLogin prohibit-password',
      '',
    ].join('\n'),
  );
  const pin = async (file: string, key: string) => {
    const [type, body] = (await readFile(`${key}.pub`, 'utf8')).split(' ');
    await writeFile(file, `[127.0.0.1]:${port} ${type} ${body}\n`);
  };
  const knownHostsFile = path.join(dir, 'known_hosts');
  const wrongKnownHostsFile = path.join(dir, 'known_hosts_wrong');
  await pin(knownHostsFile, hostKey);
  await pin(wrongKnownHostsFile, otherKey);

  const child = spawn(SSHD, ['-f', config, '-D', '-e'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sshd did not start within 10 s:\n${log}`)), 10_000);
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      log += s;
      if (log.includes(`Server listening on 127.0.0.1 port ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', (error) => (clearTimeout(timer), reject(error)));
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`sshd exited (${code}):\n${log}`))));
  });
  child.removeAllListeners('exit');

  return {
    port,
    destination: `${userInfo().username}@127.0.0.1`,
    keyFile,
    knownHostsFile,
    wrongKnownHostsFile,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
