// Where the status page lives beside the site's releases (pure: names and the POSIX sh
// scripts the SSH target runs; strings in, strings out):
//
//   <root>/current -> releases/<build-id>     the site (scripts/publish/deploy/layout.ts)
//   <root>/status  -> status.<version>        the status page nginx serves at /status/
//   <root>/status.<version>/                  one folder per published version
//   <root>/status.tmp-<version>/              a version being written; never served
//
// A site release never touches `status`, and the status page never touches a release. The
// switch renames a fresh `status.new` symlink over `status` (rename(2), `mv -T`), so a
// visitor gets the old page or the new one, never a mix; older versions are removed after.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { shQuote as q } from '../publish/deploy/shell-quote.ts';

export const STATUS_LINK = 'status';
export const STATUS_LINK_NEW = 'status.new';
const VERSION = /^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{6,32}$/;

/** "20261203T070500Z-a1b2c3": sorts by time, unique with the random suffix. */
export function statusVersion(now: Date, suffix: string): string {
  const version = `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${suffix}`;
  if (!VERSION.test(version)) throw new TypeError(`versi halaman status tidak valid: ${version}`);
  return version;
}

export interface StatusPaths {
  root: string;
  link: string;
  linkNew: string;
  version: string;
  /** status.<version>: the folder the link points at, relative to root. */
  versionName: string;
  versionDir: string;
  tmpName: string;
  tmpDir: string;
  /** An existing real folder `status` (made by hand or an older tool) moved aside for the switch. */
  asideDir: string;
}

/** "/"-separated paths: the same names serve a local folder and the SSH server. */
export function statusPaths(root: string, version: string): StatusPaths {
  return {
    root,
    link: path.posix.join(root, STATUS_LINK),
    linkNew: path.posix.join(root, STATUS_LINK_NEW),
    version,
    versionName: `${STATUS_LINK}.${version}`,
    versionDir: path.posix.join(root, `${STATUS_LINK}.${version}`),
    tmpName: `${STATUS_LINK}.tmp-${version}`,
    tmpDir: path.posix.join(root, `${STATUS_LINK}.tmp-${version}`),
    asideDir: path.posix.join(root, `${STATUS_LINK}.lama-${version}`),
  };
}

/** The page's files keyed "status/…" → paths inside the version folder; anything else is refused. */
export function pageEntries(files: ReadonlyMap<string, string | Uint8Array>): Array<{ name: string; content: string | Uint8Array }> {
  const entries: Array<{ name: string; content: string | Uint8Array }> = [];
  for (const [key, content] of files) {
    const name = key.startsWith(`${STATUS_LINK}/`) ? key.slice(STATUS_LINK.length + 1) : '';
    if (!name || name.split('/').some((part) => part === '' || part === '.' || part === '..') || !/^[A-Za-z0-9._/-]+$/.test(name)) {
      throw new TypeError(`berkas halaman status "${key}" tidak valid: harus di bawah status/ dan hanya berisi huruf, angka, . _ / -`);
    }
    entries.push({ name, content });
  }
  if (!entries.some((f) => f.name === 'index.html')) throw new TypeError('halaman status tanpa status/index.html: tidak dipasang');
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}

/** `sha256sum -c` input for the version folder. */
export function checksumList(entries: ReadonlyArray<{ name: string; content: string | Uint8Array }>): string {
  return entries.map((f) => `${createHash('sha256').update(f.content).digest('hex')}  ${f.name}\n`).join('');
}

/** Exit codes of the remote scripts (ssh itself exits 255 when it cannot connect). */
export const STATUS_EXIT = { checksum: 3, count: 4, notLink: 6 } as const;
export const SWITCHED = 'laman: status switched';

/** Creates root (before the first site deploy) and refuses a `status` that is a plain file. */
export function prepareScript(p: StatusPaths): string {
  return [
    'set -eu',
    `mkdir -p -- ${q(p.root)}`,
    `cd -- ${q(p.root)}`,
    `if [ -e ${STATUS_LINK} ] && [ ! -d ${STATUS_LINK} ]; then echo "laman: ${p.link} bukan folder atau tautan folder" >&2; exit ${STATUS_EXIT.notLink}; fi`,
  ].join('\n');
}

/** Verifies the upload against the checksum list on standard input, renames it, switches `status`, removes older versions and uploads left by runs that died more than an hour ago. */
export function switchScript(p: StatusPaths, fileCount: number): string {
  return [
    'set -eu',
    `cd -- ${q(p.root)}`,
    `if [ -e ${STATUS_LINK} ] && [ ! -d ${STATUS_LINK} ]; then echo "laman: ${p.link} bukan folder atau tautan folder" >&2; exit ${STATUS_EXIT.notLink}; fi`,
    `cd -- ${q(p.tmpDir)}`,
    `if ! sha256sum --check --strict --quiet >&2; then exit ${STATUS_EXIT.checksum}; fi`,
    'found=$(find . ! -type d -print | wc -l)',
    `if [ "$found" -ne ${fileCount} ]; then echo "laman: $found berkas, seharusnya ${fileCount}" >&2; exit ${STATUS_EXIT.count}; fi`,
    `cd -- ${q(p.root)}`,
    `rm -rf -- ${q(p.versionName)}`,
    `mv -T -- ${q(p.tmpName)} ${q(p.versionName)}`,
    `ln -sfn -- ${q(p.versionName)} ${STATUS_LINK_NEW}`,
    `if [ -d ${STATUS_LINK} ] && [ ! -L ${STATUS_LINK} ]; then mv -T -- ${STATUS_LINK} ${q(path.posix.basename(p.asideDir))}; fi`,
    `mv -Tf -- ${STATUS_LINK_NEW} ${STATUS_LINK}`,
    `echo ${q(SWITCHED)}`,
    `find . -maxdepth 1 -name '${STATUS_LINK}.*' ! -name ${q(p.versionName)} ! -name '${STATUS_LINK}.tmp-*' -exec rm -rf -- {} +`,
    `find . -maxdepth 1 -name '${STATUS_LINK}.tmp-*' -mmin +60 -exec rm -rf -- {} +`,
  ].join('\n');
}

export function cleanupScript(p: StatusPaths): string {
  return ['set -eu', `rm -rf -- ${q(p.tmpDir)}`].join('\n');
}
