// Deploy target: a local (or mounted) folder in the release layout of layout.ts, with node:fs.
// Copy into releases/<id>.partial, verify every file against the manifest, rename to
// releases/<id>, switch `current` atomically, then prune. Anything failing before the switch
// removes the partial copy and leaves `current` as it was.
import { constants as fsConstants } from 'node:fs';
import { copyFile, link, lstat, mkdir, readdir, readFile, readlink, rename, rm, symlink, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pMap from 'p-map';
import type { ManifestDifference } from '../manifest.ts';
import { MANIFEST_PATH, type BuildManifest, type DeployResult, type DeployTarget } from '../types.ts';
import { buildIdFromLinkTarget, checksumList, isBuildId, parseKeep, planPrune, releaseLinkTarget, releasePaths, type ReleasePaths } from './layout.ts';
import { logLines, messages, someOf } from './messages.ts';
import { checkSite, verifyTree, type CheckedSite } from './site.ts';

export interface DirectoryTargetOptions {
  /** Absolute path of the layout's root, e.g. "/var/www/laman" (nginx serves <root>/current). */
  root: string;
  /** Releases to keep (default 5); the live one and the one before it are always kept. */
  keep?: number;
  /** The clock that stamps a release when it goes live (pruning keeps the most recent ones). */
  now?: () => Date;
}

export function directoryTarget(options: DirectoryTargetOptions): DeployTarget {
  if (typeof options.root !== 'string' || !path.isAbsolute(options.root)) {
    throw new TypeError(`root: ${JSON.stringify(options.root)} harus path absolut, mis. "/var/www/laman"`);
  }
  const paths = releasePaths(path.resolve(options.root));
  const keep = parseKeep(options.keep);
  const now = options.now ?? (() => new Date());
  return {
    name: 'directory',
    deploy: (siteDir, manifest, log) => deploy({ paths, keep, now }, siteDir, manifest, log),
  };
}

interface Settings {
  paths: ReleasePaths;
  keep: number;
  now: () => Date;
}

type Difference = ManifestDifference & { irregular: string[] };

const matches = (d: Difference) => !d.changed.length && !d.added.length && !d.missing.length && !d.irregular.length;

function describe(d: Difference): string {
  return [
    d.changed.length ? `isi berbeda: ${someOf(d.changed)}` : '',
    d.added.length || d.irregular.length ? `tidak ada di manifes: ${someOf([...d.added, ...d.irregular])}` : '',
    d.missing.length ? `hilang: ${someOf(d.missing)}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

async function deploy({ paths, keep, now }: Settings, siteDir: string, manifest: BuildManifest, log: (line: string) => void): Promise<DeployResult> {
  const site = await checkSite(siteDir, manifest);
  const id = manifest.build;
  log(logLines.start(id, paths.current));
  await mkdir(paths.releases, { recursive: true });
  const live = await readCurrent(paths);
  log(logLines.previous(live.id));
  if (live.target !== undefined && live.id === undefined) log(logLines.foreignCurrent(live.target));

  const release = paths.release(id);
  let present = false;
  if (await exists(release)) {
    const difference = await verifyTree(release, manifest, site.manifestFile);
    present = matches(difference);
    if (present) log(logLines.alreadyThere(id));
    else if (live.id === id) throw messages.liveReleaseDamaged(release, describe(difference));
    else log(logLines.damagedReplaced(id));
  }
  if (!present) await copyVerified(paths, siteDir, manifest, site, log, live.id);
  await writeChecksums(paths, manifest, site);
  await switchCurrent(paths, id, now());
  log(logLines.switched(id));
  await prune(paths, keep, id, live.id, log);
  return { target: 'directory', location: paths.current, build: id, ...(live.id ? { previous: live.id } : {}) };
}

/** What `current` points at; throws when it exists but is not a symlink (a site placed there by hand). */
async function readCurrent(paths: ReleasePaths): Promise<{ target?: string; id?: string }> {
  const stats = await lstat(paths.current).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!stats) return {};
  if (!stats.isSymbolicLink()) throw messages.currentNotSymlink(paths.current);
  const target = await readlink(paths.current);
  const id = buildIdFromLinkTarget(target);
  return id ? { target, id } : { target };
}

/** The live release's manifest, when it has one: which of its files a new release can share. */
async function liveManifest(paths: ReleasePaths, liveId: string | undefined): Promise<BuildManifest['berkas']> {
  if (!liveId) return {};
  try {
    const data = JSON.parse(await readFile(path.join(paths.release(liveId), MANIFEST_PATH), 'utf8')) as Partial<BuildManifest>;
    return data.berkas && typeof data.berkas === 'object' ? data.berkas : {};
  } catch {
    return {}; // no usable manifest: copy everything
  }
}

/**
 * Fills `partial` with the build: files unchanged since the live release (same SHA-256 in
 * both manifests) become hard links to the live release's copy, the rest are copied.
 * Releases are never changed in place, so sharing them is safe, and a one-article change
 * copies a handful of files instead of the whole site. Verification afterwards reads every
 * file either way.
 */
async function populate(partial: string, siteDir: string, manifest: BuildManifest, liveDir: string | undefined, live: BuildManifest['berkas']): Promise<{ linked: number; copied: number }> {
  const files = [...Object.keys(manifest.berkas), MANIFEST_PATH];
  const dirs = new Set(files.map((f) => path.dirname(path.join(partial, f))));
  for (const dir of [...dirs].sort()) await mkdir(dir, { recursive: true });
  let linked = 0;
  let copied = 0;
  await pMap(
    files,
    async (file) => {
      const to = path.join(partial, file);
      const same = liveDir !== undefined && file !== MANIFEST_PATH && live[file]?.sha256 === manifest.berkas[file]?.sha256;
      if (same) {
        try {
          await link(path.join(liveDir, file), to);
          linked += 1;
          return;
        } catch {
          // another file system, or the live copy is gone: copy instead
        }
      }
      await copyFile(path.join(siteDir, file), to, fsConstants.COPYFILE_EXCL);
      copied += 1;
    },
    { concurrency: 16 },
  );
  return { linked, copied };
}

async function copyVerified(
  paths: ReleasePaths,
  siteDir: string,
  manifest: BuildManifest,
  site: CheckedSite,
  log: (line: string) => void,
  liveId?: string,
): Promise<void> {
  const id = manifest.build;
  const partial = paths.partial(id);
  try {
    // A partial copy left by a crash is never trusted.
    await rm(partial, { recursive: true, force: true });
    log(logLines.copying(site.fileCount));
    const live = await liveManifest(paths, liveId);
    const { linked, copied } = await populate(partial, siteDir, manifest, liveId ? paths.release(liveId) : undefined, live);
    log(`${copied} berkas disalin, ${linked} berkas sama dengan rilis yang tayang (tautan keras)`);
    const difference = await verifyTree(partial, manifest, site.manifestFile);
    if (!matches(difference)) {
      throw messages.siteDiffers(partial, difference.changed, [...difference.added, ...difference.irregular], difference.missing);
    }
    log(logLines.verified(site.fileCount));
    // Only a release that failed verification and is not live gets here with its folder present.
    await rm(paths.release(id), { recursive: true, force: true });
    await rename(partial, paths.release(id));
  } catch (error) {
    await rm(partial, { recursive: true, force: true }).catch((cleanup: Error) => log(logLines.cleanupFailed(partial, cleanup.message)));
    throw error;
  }
}

async function writeChecksums(paths: ReleasePaths, manifest: BuildManifest, site: CheckedSite): Promise<void> {
  const file = paths.checksums(manifest.build);
  await writeFile(`${file}.tmp`, checksumList(manifest.berkas, { path: MANIFEST_PATH, ...site.manifestFile }));
  await rename(`${file}.tmp`, file);
}

/** Stamps the release as the most recently live, then renames a fresh `current.new` symlink over `current`. */
async function switchCurrent(paths: ReleasePaths, id: string, at: Date): Promise<void> {
  await utimes(paths.release(id), at, at);
  await removeLink(paths.currentNew);
  try {
    await symlink(releaseLinkTarget(id), paths.currentNew);
    await rename(paths.currentNew, paths.current);
  } catch (error) {
    await removeLink(paths.currentNew);
    throw error;
  }
}

async function removeLink(file: string): Promise<void> {
  await unlink(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

async function prune(paths: ReleasePaths, keep: number, live: string, previous: string | undefined, log: (line: string) => void): Promise<void> {
  try {
    const entries = await readdir(paths.releases, { withFileTypes: true });
    const releases = entries.filter((e) => e.isDirectory() && isBuildId(e.name)).map((e) => e.name);
    const stamped = await Promise.all(releases.map(async (id) => ({ id, at: (await lstat(paths.release(id))).mtimeMs })));
    const newestFirst = stamped.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1)).map((r) => r.id);
    const doomed = planPrune({ newestFirst, live, previous, keep });
    for (const id of doomed) {
      await rm(paths.release(id), { recursive: true, force: true });
      await rm(paths.checksums(id), { force: true });
    }
    if (doomed.length) log(logLines.pruned(doomed));
  } catch (error) {
    // The new site is already live: a failed clean-up must not report the deploy as failed.
    log(logLines.pruneFailed((error as Error).message));
  }
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
}
