// The POSIX sh scripts the SSH target runs on the server (pure: strings in, strings out), and
// the parsers for what they print. Every path is a shQuote'd word; build ids and the root are
// validated before they get here as well. Needs GNU coreutils on the server (mv -T, sha256sum).
import { RELEASES, releaseLinkTarget, releasePaths } from './layout.ts';
import { shQuote } from './shell-quote.ts';

/** Exit codes of the finalize script (ssh itself exits 255 when it cannot connect). */
export const EXIT = { checksum: 3, count: 4, live: 5 } as const;

const SWITCHED = 'laman: switched';
const q = shQuote;

/** Creates the layout's folders and reports what `current` points at and whether the release already exists. */
export function inspectScript(root: string, id: string): string {
  const p = releasePaths(root);
  return [
    'set -eu',
    `mkdir -p -- ${q(p.releases)}`,
    `cd -- ${q(root)}`,
    'if [ -L current ]; then',
    '  target=$(readlink current)',
    `  printf 'current %s\\n' "$target"`,
    `  if [ -d "$target" ]; then echo live-present; fi`,
    'elif [ -e current ]; then echo current-not-symlink; fi',
    `if [ -d ${q(`${RELEASES}/${id}`)} ]; then echo release-present; fi`,
  ].join('\n');
}

export interface Inspection {
  /** The text of the `current` symlink, when there is one. */
  current?: string;
  currentNotSymlink: boolean;
  /** Whether `current`'s target folder exists (rsync can link against it). */
  livePresent: boolean;
  releasePresent: boolean;
}

export function parseInspection(stdout: string): Inspection {
  const lines = stdout.split('\n');
  const current = lines.find((l) => l.startsWith('current '))?.slice('current '.length);
  return {
    ...(current === undefined ? {} : { current }),
    currentNotSymlink: lines.includes('current-not-symlink'),
    livePresent: lines.includes('live-present'),
    releasePresent: lines.includes('release-present'),
  };
}

export interface FinalizeInput {
  root: string;
  id: string;
  /** Files the release must hold: the manifest's plus the manifest itself. */
  fileCount: number;
  /** Verify the uploaded `<id>.partial` and rename it, or verify the release already in place. */
  from: 'partial' | 'release';
}

/**
 * Reads the checksum list on standard input into releases/<id>.sha256, verifies the files
 * with `sha256sum -c` and counts them (nothing extra), renames partial → release (never over
 * the live one), stamps it, switches `current` atomically, and lists releases newest first.
 */
export function finalizeScript({ root, id, fileCount, from }: FinalizeInput): string {
  const release = `${RELEASES}/${id}`;
  const partial = `${release}.partial`;
  const list = `${release}.sha256`;
  const checked = from === 'partial' ? partial : release;
  return [
    'set -eu',
    `cd -- ${q(root)}`,
    `cat > ${q(`${list}.tmp`)}`,
    `mv -f -- ${q(`${list}.tmp`)} ${q(list)}`,
    `cd -- ${q(checked)}`,
    `if ! sha256sum --check --strict --quiet -- ${q(`../${id}.sha256`)} >&2; then exit ${EXIT.checksum}; fi`,
    'found=$(find . ! -type d -print | wc -l)',
    `if [ "$found" -ne ${fileCount} ]; then echo "laman: $found berkas, manifes mencantumkan ${fileCount}" >&2; exit ${EXIT.count}; fi`,
    `cd -- ${q(root)}`,
    ...(from === 'partial'
      ? [
          `if [ -L current ] && [ "$(readlink current)" = ${q(releaseLinkTarget(id))} ]; then exit ${EXIT.live}; fi`,
          `rm -rf -- ${q(release)}`,
          `mv -T -- ${q(partial)} ${q(release)}`,
        ]
      : []),
    `touch -c -- ${q(release)}`,
    `ln -sfn -- ${q(releaseLinkTarget(id))} current.new`,
    'mv -Tf -- current.new current',
    `echo ${q(SWITCHED)}`,
    `ls -1t -- ${RELEASES}`,
  ].join('\n');
}

/** Whether the switch happened, and the entries of releases/, most recently live first. */
export function parseFinalize(stdout: string): { switched: boolean; newestFirst: string[] } {
  const lines = stdout.split('\n');
  const at = lines.indexOf(SWITCHED);
  return { switched: at >= 0, newestFirst: at >= 0 ? lines.slice(at + 1).filter(Boolean) : [] };
}

/** Deletes the given releases and their checksum lists. */
export function pruneScript(root: string, ids: readonly string[]): string {
  const p = releasePaths(root);
  return ['set -eu', `rm -rf -- ${ids.flatMap((id) => [q(p.release(id)), q(p.checksums(id))]).join(' ')}`].join('\n');
}

/** After a failure before the switch: removes the partial upload (and a checksum list with no release). */
export function cleanupScript(root: string, id: string): string {
  const p = releasePaths(root);
  return [
    'set -eu',
    `rm -rf -- ${q(p.partial(id))} ${q(`${p.checksums(id)}.tmp`)}`,
    `if [ ! -d ${q(p.release(id))} ]; then rm -f -- ${q(p.checksums(id))}; fi`,
  ].join('\n');
}
