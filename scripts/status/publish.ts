// Publishes the status page beside the site without rebuilding or redeploying it, to the
// target of deploy/publish.json (scripts/publish/config.ts):
//   directory  <directory>/status/ with node:fs
//   ssh        <root>/status/ on the court's server: rsync into status.tmp-<version>/, then
//              one ssh call verifies it (sha256sum) and switches the `status` link (mv -T)
//   pages/none nothing: the page stays in the --out folder, and the log says so
// The layout and the remote scripts are in layout.ts. nginx serves /status/ from
// <root>/status/ (deploy/nginx/laman-status.conf), independent of `current`.
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readdir, readlink, rename, rm, stat, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PublishConfig } from '../publish/config.ts';
import { capture, tail, type Finished } from '../publish/deploy/process.ts';
import { parseSshOptions, rsyncArgs, sshArgs, type SshSettings } from '../publish/deploy/ssh-options.ts';
import { checksumList, cleanupScript, pageEntries, prepareScript, statusPaths, statusVersion, STATUS_EXIT, STATUS_LINK, STATUS_LINK_NEW, switchScript, SWITCHED, type StatusPaths } from './layout.ts';

export class StatusPublishError extends Error {
  override name = 'StatusPublishError';
}

const UNCHANGED = 'halaman status yang tayang tidak berubah';

export interface PublishStatusOptions {
  log: (line: string) => void;
  dryRun?: boolean;
  /** The repository folder: a relative `directory` in the config is resolved against it. */
  cwd: string;
  /** ssh and rsync run with it; LAMAN_SSH_KEY_FILE and LAMAN_SSH_KNOWN_HOSTS come from it. */
  env: Record<string, string | undefined>;
  /** Names the version (status.<time>-<random>). */
  now: Date;
  /** Where the SSH target stages the files for rsync (default: the system's temporary folder). */
  tmpDir?: string;
}

export type PublishStatusResult =
  | { published: true; target: 'directory' | 'ssh'; location: string; version: string }
  | { published: false; target: PublishConfig['target']; reason: string };

export async function publishStatusPage(files: ReadonlyMap<string, string | Uint8Array>, config: PublishConfig, options: PublishStatusOptions): Promise<PublishStatusResult> {
  const entries = pageEntries(files);
  const version = statusVersion(options.now, randomBytes(3).toString('hex'));
  const { log } = options;
  if (config.target === 'directory') {
    if (!config.directory) throw new StatusPublishError('target directory memerlukan folder tujuan: "directory" di deploy/publish.json atau LAMAN_DEPLOY_DIR');
    const root = path.resolve(options.cwd, config.directory);
    const p = statusPaths(root, version);
    if (options.dryRun) {
      log(`uji coba: ${entries.length} berkas halaman status akan dipasang di ${p.link}/ (tidak ada yang ditulis)`);
      return { published: false, target: 'directory', reason: 'uji coba (--dry-run)' };
    }
    await publishToDirectory(p, entries, log, options.now);
    return { published: true, target: 'directory', location: p.link, version };
  }
  if (config.target === 'ssh') {
    if (!config.ssh?.destination || !config.ssh.root) {
      throw new StatusPublishError('target ssh memerlukan "ssh": { "destination", "root" } di deploy/publish.json (atau LAMAN_SSH_DESTINATION dan LAMAN_SSH_ROOT)');
    }
    const settings = parseSshOptions({
      destination: config.ssh.destination,
      port: config.ssh.port,
      root: config.ssh.root,
      ...(options.env.LAMAN_SSH_KEY_FILE ? { keyFile: options.env.LAMAN_SSH_KEY_FILE } : {}),
      ...(options.env.LAMAN_SSH_KNOWN_HOSTS ? { knownHostsFile: options.env.LAMAN_SSH_KNOWN_HOSTS } : {}),
    });
    const p = statusPaths(settings.root, version);
    const location = `${settings.user}@${settings.host}:${p.link}`;
    if (options.dryRun) {
      log(`uji coba: ${entries.length} berkas halaman status akan diunggah ke ${location}/ (tidak ada yang dikirim)`);
      return { published: false, target: 'ssh', reason: 'uji coba (--dry-run)' };
    }
    await publishOverSsh(settings, p, entries, options);
    return { published: true, target: 'ssh', location, version };
  }
  const reason =
    config.target === 'pages'
      ? 'target pages: GitHub Pages hanya menerima situs utuh dari alur kerja publikasi, jadi halaman status tidak dipasang terpisah'
      : 'target none: tidak ada server untuk dipasangi';
  log(`halaman status tidak dipublikasikan (${reason}); berkasnya tetap di folder keluaran`);
  return { published: false, target: config.target, reason };
}

type Entry = { name: string; content: string | Uint8Array };

async function writeEntries(dir: string, entries: readonly Entry[]): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o755 });
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    await mkdir(path.dirname(file), { recursive: true, mode: 0o755 });
    await writeFile(file, entry.content, { mode: 0o644, flag: 'wx' });
  }
}

async function lstatOrUndefined(file: string) {
  return lstat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

async function publishToDirectory(p: StatusPaths, entries: readonly Entry[], log: (line: string) => void, now: Date): Promise<void> {
  await mkdir(p.root, { recursive: true });
  const existing = await lstatOrUndefined(p.link);
  if (existing && !existing.isSymbolicLink() && !existing.isDirectory()) {
    throw new StatusPublishError(`${p.link} ada tetapi bukan folder atau tautan: pindahkan atau hapus berkas itu, lalu jalankan lagi; ${UNCHANGED}`);
  }
  try {
    await writeEntries(p.tmpDir, entries);
    await rename(p.tmpDir, p.versionDir);
  } catch (error) {
    await rm(p.tmpDir, { recursive: true, force: true });
    throw new StatusPublishError(`halaman status tidak dapat ditulis ke ${p.tmpDir}: ${(error as Error).message}; ${UNCHANGED}`);
  }
  const previous = existing?.isSymbolicLink() ? await readlink(p.link) : undefined;
  await unlink(p.linkNew).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await symlink(p.versionName, p.linkNew);
  if (existing && !existing.isSymbolicLink()) {
    // A real folder from before (made by hand): moved aside, so the link can take its name.
    log(`${p.link} adalah folder biasa: dipindahkan ke ${p.asideDir} dan diganti tautan`);
    await rename(p.link, p.asideDir);
  }
  await rename(p.linkNew, p.link);
  log(`halaman status dipasang: ${p.link} → ${p.versionName}${previous ? ` (sebelumnya ${previous})` : ''}`);
  await pruneDirectory(p, log, now);
}

/** Removes every other status.<version> and status.lama-* folder, and status.tmp-* folders older than an hour. */
async function pruneDirectory(p: StatusPaths, log: (line: string) => void, now: Date): Promise<void> {
  const names = await readdir(p.root);
  const hourAgo = now.getTime() - 3_600_000;
  const doomed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(`${STATUS_LINK}.`) || name === p.versionName || name === STATUS_LINK_NEW) continue;
    if (name.startsWith(`${STATUS_LINK}.tmp-`)) {
      const info = await stat(path.join(p.root, name)).catch(() => undefined);
      if (!info || info.mtimeMs > hourAgo) continue; // another run may still be writing it
    }
    doomed.push(name);
  }
  for (const name of doomed) {
    // The new page is live already: a failed clean-up is reported, not turned into a failure.
    await rm(path.join(p.root, name), { recursive: true, force: true }).catch((error: Error) => log(`PERINGATAN: ${name} tidak dapat dihapus (${error.message})`));
  }
  if (doomed.length) log(`versi lama halaman status dihapus: ${doomed.join(', ')}`);
}

async function publishOverSsh(s: SshSettings, p: StatusPaths, entries: readonly Entry[], options: PublishStatusOptions): Promise<void> {
  const { log } = options;
  const where = `${s.user}@${s.host}:${s.port}`;
  const run = async (file: string, args: string[], input?: string): Promise<Finished> => {
    try {
      return await capture(file, args, { env: options.env, ...(input === undefined ? {} : { input }) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StatusPublishError(`${file} tidak terpasang di mesin ini: apt-get install openssh-client rsync; ${UNCHANGED}`);
      throw error;
    }
  };
  const failed = (step: string, result: Finished) =>
    new StatusPublishError(
      result.code === 255
        ? `tidak dapat terhubung ke ${where} (${tail(result.stderr)}): periksa LAMAN_SSH_KEY_FILE, LAMAN_SSH_KNOWN_HOSTS dan alamat server; ${UNCHANGED}`
        : result.code === STATUS_EXIT.checksum || result.code === STATUS_EXIT.count
          ? `${step} di ${s.host}:${p.tmpDir} gagal: berkas yang terunggah tidak cocok (${tail(result.stderr)}); ${UNCHANGED}`
          : `${step} di ${s.host}:${p.root} gagal (kode keluar ${result.code}: ${tail(result.stderr)}); ${UNCHANGED}`,
    );

  const staging = await mkdtemp(path.join(options.tmpDir ?? tmpdir(), 'laman-status-'));
  try {
    await writeEntries(path.join(staging, 'status'), entries);
    log(`mengunggah ${entries.length} berkas halaman status ke ${s.host}:${p.tmpDir}`);
    const rsync = () => run('rsync', rsyncArgs(s, { siteDir: path.join(staging, 'status'), partial: p.tmpDir }));
    // The root exists once the site is deployed, and rsync makes the version folder in it:
    // two connections per run. Before the first site deploy (or after any other failure)
    // the root is made and the upload tried once more.
    let upload = await rsync();
    if (upload.code !== 0 && upload.code !== 255) {
      const prepared = await run('ssh', sshArgs(s, prepareScript(p)));
      if (prepared.code !== 0) throw failed('menyiapkan folder', prepared);
      upload = await rsync();
    }
    if (upload.code !== 0) throw failed('unggah rsync', upload);
    const switched = await run('ssh', sshArgs(s, switchScript(p, entries.length)), checksumList(entries));
    if (!switched.stdout.split('\n').includes(SWITCHED)) throw failed('memverifikasi dan memasang halaman status', switched);
    log(`halaman status dipasang: ${s.host}:${p.link} → ${p.versionName}`);
    if (switched.code !== 0) log(`PERINGATAN: versi lama halaman status tidak dapat dihapus (${tail(switched.stderr)})`);
  } catch (error) {
    const cleaned = await run('ssh', sshArgs(s, cleanupScript(p))).catch((e: Error) => ({ code: null, stdout: '', stderr: e.message }));
    if (cleaned.code !== 0) log(`PERINGATAN: ${p.tmpDir} tidak dapat dihapus (${tail(cleaned.stderr)}); dihapus otomatis pada publikasi berikutnya setelah satu jam`);
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
