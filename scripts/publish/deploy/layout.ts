// The release layout every Laman deploy target writes (pure: names and decisions, no I/O):
//
//   <root>/releases/<build-id>/          one folder per build, never changed once live
//   <root>/releases/<build-id>.sha256    its checksum list (`sha256sum -c` format)
//   <root>/releases/<build-id>.partial/  a build being copied; never served
//   <root>/current -> releases/<build-id>  the live site (nginx: root /var/www/laman/current)
//
// The switch writes `current.new` and renames it over `current` (rename(2), `mv -T`), so
// a visitor's request resolves either the old release or the new one, never a mix.
import path from 'node:path';

export const RELEASES = 'releases';
export const CURRENT = 'current';
export const CURRENT_NEW = 'current.new';
export const PARTIAL_SUFFIX = '.partial';
export const CHECKSUMS_SUFFIX = '.sha256';
export const DEFAULT_KEEP = 5;

// Letters, digits, "-" and "_": no dots, so a build id never collides with `<id>.partial`,
// `<id>.sha256` or `current.new`, and it is safe in a path and in a shell word.
const BUILD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export function isBuildId(value: string): boolean {
  return BUILD_ID.test(value);
}

/** The symlink text `current` holds for a release: relative, so the tree can be moved or mounted elsewhere. */
export function releaseLinkTarget(id: string): string {
  return `${RELEASES}/${id}`;
}

/** The build id a `current` symlink points at ("releases/<id>", or an absolute path ending so), or undefined. */
export function buildIdFromLinkTarget(target: string): string | undefined {
  const match = /(?:^|\/)releases\/([^/]+)\/?$/.exec(target);
  return match && isBuildId(match[1]!) ? match[1] : undefined;
}

export interface ReleasePaths {
  root: string;
  releases: string;
  current: string;
  currentNew: string;
  release(id: string): string;
  partial(id: string): string;
  checksums(id: string): string;
}

/** The paths of the layout under `root` ("/"-separated: the same helpers serve local folders and the SSH server). */
export function releasePaths(root: string): ReleasePaths {
  const releases = path.posix.join(root, RELEASES);
  return {
    root,
    releases,
    current: path.posix.join(root, CURRENT),
    currentNew: path.posix.join(root, CURRENT_NEW),
    release: (id) => path.posix.join(releases, id),
    partial: (id) => path.posix.join(releases, `${id}${PARTIAL_SUFFIX}`),
    checksums: (id) => path.posix.join(releases, `${id}${CHECKSUMS_SUFFIX}`),
  };
}

export interface PruneInput {
  /** The entries of `releases/`, most recently made live first (other names are ignored). */
  newestFirst: readonly string[];
  /** The release live after the switch, and the one live before it. */
  live: string;
  previous?: string | undefined;
  keep: number;
}

/** The releases to delete after a switch: all but the `keep` newest, never the live or the previous one. */
export function planPrune({ newestFirst, live, previous, keep }: PruneInput): string[] {
  const releases = [...new Set(newestFirst.filter(isBuildId))];
  const kept = new Set([live, ...(previous ? [previous] : []), ...releases.slice(0, keep)]);
  return releases.filter((id) => !kept.has(id));
}

/** `keep` from the configuration: an integer of at least 1 (5 when absent). */
export function parseKeep(value: unknown, option = 'keep'): number {
  if (value === undefined) return DEFAULT_KEEP;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new TypeError(`${option}: ${JSON.stringify(value)} bukan jumlah rilis yang disimpan; harus bilangan bulat ≥ 1 (bawaan ${DEFAULT_KEEP})`);
  }
  return value;
}

/** The "sha256sum -c" list of a release: every file of the manifest, plus the manifest file itself. */
export function checksumList(files: Record<string, { sha256: string }>, manifest: { path: string; sha256: string }): string {
  const lines = Object.entries(files).map(([file, { sha256 }]) => [file, sha256] as const);
  lines.push([manifest.path, manifest.sha256]);
  lines.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return lines.map(([file, sha256]) => `${sha256}  ${file}\n`).join('');
}
