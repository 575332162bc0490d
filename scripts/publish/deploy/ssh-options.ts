// The SSH target's options: validated once (each error names the option), then turned into
// the argument arrays for ssh and rsync (pure). Values that no quoting makes safe in every
// place they go are refused: ssh reads `-o UserKnownHostsFile=…` as a whitespace-separated
// list with %-tokens, and older rsync splits the remote path on spaces.
import path from 'node:path';
import { parseKeep } from './layout.ts';
import { rsyncShellQuote } from './shell-quote.ts';

export interface SshTargetOptions {
  /** "user@host": a host name or IPv4 address, e.g. "deploy@pn-contoh.go.id". */
  destination: string;
  /** SSH port (default 22). */
  port?: number;
  /** Absolute path of the layout's root on the server, e.g. "/var/www/laman". */
  root: string;
  /** Absolute path of the deploy key's private half (mode 600); default: ssh's own keys. */
  keyFile?: string;
  /** Absolute path of a known_hosts file that pins the server's host key; default: ~/.ssh/known_hosts. */
  knownHostsFile?: string;
  /** Releases to keep (default 5); the live one and the one before it are always kept. */
  keep?: number;
}

export interface SshSettings {
  user: string;
  host: string;
  port: number;
  root: string;
  keyFile?: string;
  knownHostsFile?: string;
  keep: number;
}

const USER = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,31}$/;
const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/;
// No spaces, quotes, backslashes, "%" (ssh expands %-tokens in key and known_hosts paths), "~" or ":".
const SAFE_PATH = /^\/[A-Za-z0-9._/+@,=-]*$/;

export class InvalidSshOption extends TypeError {
  override name = 'InvalidSshOption';
}

function safePath(option: string, value: unknown, example: string): string {
  if (typeof value !== 'string' || !SAFE_PATH.test(value) || value.split('/').includes('..')) {
    throw new InvalidSshOption(
      `${option}: ${JSON.stringify(value)} harus path absolut yang hanya berisi huruf, angka, dan . _ / + @ , = - (tanpa spasi, tanda kutip, %, atau ..), mis. "${example}"`,
    );
  }
  return path.posix.normalize(value).replace(/(.)\/$/, '$1');
}

export function parseSshOptions(options: SshTargetOptions): SshSettings {
  const at = typeof options.destination === 'string' ? options.destination.lastIndexOf('@') : -1;
  const user = at > 0 ? options.destination.slice(0, at) : '';
  const host = at > 0 ? options.destination.slice(at + 1) : '';
  if (!USER.test(user) || !HOST.test(host)) {
    throw new InvalidSshOption(
      `destination: ${JSON.stringify(options.destination)} harus berbentuk pengguna@host, mis. "deploy@pn-contoh.go.id" (nama host atau alamat IPv4; tidak boleh diawali "-")`,
    );
  }
  const port = options.port ?? 22;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new InvalidSshOption(`port: ${JSON.stringify(options.port)} bukan nomor port (1–65535)`);
  const root = safePath('root', options.root, '/var/www/laman');
  if (root === '/') throw new InvalidSshOption('root: "/" tidak boleh menjadi root situs; pakai folder khusus, mis. "/var/www/laman"');
  return {
    user,
    host,
    port,
    root,
    ...(options.keyFile === undefined ? {} : { keyFile: safePath('keyFile', options.keyFile, '/home/runner/work/_temp/laman-deploy-key') }),
    ...(options.knownHostsFile === undefined ? {} : { knownHostsFile: safePath('knownHostsFile', options.knownHostsFile, '/home/runner/work/_temp/laman-known-hosts') }),
    keep: parseKeep(options.keep),
  };
}

/** ssh's options, shared by every ssh call and rsync's `-e`: the pinned host key, the deploy key, no prompts. */
export function sshOptions(s: SshSettings): string[] {
  return [
    '-p',
    String(s.port),
    ...(s.keyFile ? ['-i', s.keyFile, '-o', 'IdentitiesOnly=yes'] : []),
    // With a known_hosts file, only that file counts: the host key is pinned to what the court configured.
    ...(s.knownHostsFile ? ['-o', `UserKnownHostsFile=${s.knownHostsFile}`, '-o', 'GlobalKnownHostsFile=/dev/null'] : []),
    '-o',
    'StrictHostKeyChecking=yes',
    '-o',
    'BatchMode=yes',
    '-o',
    'ConnectTimeout=30',
  ];
}

/** `ssh … -- user@host COMMAND`: COMMAND is one string the remote login shell runs; quote every value in it with shQuote. */
export function sshArgs(s: SshSettings, command: string): string[] {
  return [...sshOptions(s), '--', `${s.user}@${s.host}`, command];
}

/** rsync's `-e` value: one string rsync splits itself, so every word is quoted for rsync. */
export function rsyncShell(s: SshSettings): string {
  return ['ssh', ...sshOptions(s)].map(rsyncShellQuote).join(' ');
}

/**
 * Uploads `siteDir` into `partial` on the server. Files equal to the release in `linkDest`
 * (a sibling folder) become hard links to it. No times, owner or group: a fresh build's
 * mtimes would stop rsync from linking unchanged files, and the deploy user owns what it
 * writes; fixed modes keep files readable by nginx and linkable across builds.
 */
export function rsyncArgs(s: SshSettings, upload: { siteDir: string; partial: string; linkDest?: string | undefined }): string[] {
  return [
    '-a',
    '--no-times',
    '--no-owner',
    '--no-group',
    '--chmod=D755,F644',
    '--delete',
    '--checksum',
    ...(upload.linkDest ? [`--link-dest=../${upload.linkDest}`] : []),
    '-e',
    rsyncShell(s),
    '--',
    `${upload.siteDir.replace(/\/+$/, '')}/`,
    `${s.user}@${s.host}:${upload.partial}/`,
  ];
}
