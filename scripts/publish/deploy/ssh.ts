// Deploy target: the court's own server over SSH, in the release layout of layout.ts.
//   1. ssh: create releases/, read where `current` points (the previous build)
//   2. rsync the site into releases/<id>.partial/, unchanged files hard-linked to the live release
//   3. ssh: verify with `sha256sum -c` against the checksum list made from the manifest,
//      rename partial → releases/<id>, switch `current` (ln -sfn current.new; mv -Tf)
//   4. ssh: delete releases beyond `keep`
// Anything failing before the switch removes the partial upload and leaves `current` as it was.
import path from 'node:path';
import { MANIFEST_PATH, type BuildManifest, type DeployResult, type DeployTarget } from '../types.ts';
import { buildIdFromLinkTarget, checksumList, planPrune, releasePaths } from './layout.ts';
import { DeployFailed, logLines, messages } from './messages.ts';
import { capture, tail, type Finished } from './process.ts';
import { cleanupScript, EXIT, finalizeScript, inspectScript, parseFinalize, parseInspection, pruneScript } from './remote-scripts.ts';
import { parseSshOptions, rsyncArgs, sshArgs, type SshSettings, type SshTargetOptions } from './ssh-options.ts';
import { checkSite } from './site.ts';

export type { SshTargetOptions } from './ssh-options.ts';

export interface SshTargetWorld {
  /** The environment ssh and rsync run with (PATH, HOME); default: this process's. */
  env?: Record<string, string | undefined>;
}

export function sshTarget(options: SshTargetOptions & SshTargetWorld): DeployTarget {
  const settings = parseSshOptions(options);
  const env = options.env ?? process.env;
  return { name: 'ssh', deploy: (siteDir, manifest, log) => new SshDeploy(settings, env, log).run(siteDir, manifest) };
}

class SshDeploy {
  readonly s: SshSettings;
  readonly env: Record<string, string | undefined>;
  readonly log: (line: string) => void;
  /** "deploy@host:2222", for messages. */
  readonly where: string;

  constructor(settings: SshSettings, env: Record<string, string | undefined>, log: (line: string) => void) {
    this.s = settings;
    this.env = env;
    this.log = log;
    this.where = `${settings.user}@${settings.host}:${settings.port}`;
  }

  async run(siteDir: string, manifest: BuildManifest): Promise<DeployResult> {
    const { s, log } = this;
    const site = await checkSite(siteDir, manifest);
    const id = manifest.build;
    const paths = releasePaths(s.root);
    const location = `${s.user}@${s.host}:${paths.current}`;
    log(logLines.start(id, location));

    const inspected = await this.ssh(inspectScript(s.root, id));
    if (inspected.code !== 0) throw this.failure('menyiapkan folder rilis', inspected);
    const found = parseInspection(inspected.stdout);
    if (found.currentNotSymlink) throw messages.currentNotSymlink(`${s.host}:${paths.current}`);
    const live = found.current === undefined ? undefined : buildIdFromLinkTarget(found.current);
    log(logLines.previous(live));
    if (found.current !== undefined && live === undefined) log(logLines.foreignCurrent(found.current));

    const list = checksumList(manifest.berkas, { path: MANIFEST_PATH, ...site.manifestFile });
    const finalize = (from: 'partial' | 'release') => this.ssh(finalizeScript({ root: s.root, id, fileCount: site.fileCount, from }), list);

    let done: Finished | undefined;
    if (found.releasePresent) {
      const again = await finalize('release');
      if (parseFinalize(again.stdout).switched) {
        log(logLines.alreadyThere(id));
        done = again;
      } else if (again.code === EXIT.checksum || again.code === EXIT.count) {
        if (live === id) throw messages.liveReleaseDamaged(`${s.host}:${paths.release(id)}`, tail(again.stderr));
        log(logLines.damagedReplaced(id));
      } else {
        throw this.failure('memverifikasi rilis yang sudah ada', again);
      }
    }
    if (!done) {
      try {
        const linkDest = found.livePresent && live !== undefined && live !== id ? live : undefined;
        log(logLines.uploading(site.fileCount, linkDest));
        const upload = await this.spawn('rsync', rsyncArgs(s, { siteDir: path.resolve(siteDir), partial: paths.partial(id), linkDest }));
        if (upload.code !== 0) throw messages.upload(`${s.host}:${paths.partial(id)}`, tail(upload.stderr));
        done = await finalize('partial');
        if (!parseFinalize(done.stdout).switched) throw this.failure('memverifikasi dan memasang rilis', done);
        log(logLines.verified(site.fileCount));
      } catch (error) {
        await this.cleanup(id);
        throw error;
      }
    }
    log(logLines.switched(id));
    await this.prune(parseFinalize(done.stdout).newestFirst, id, live);
    return { target: 'ssh', location, build: id, ...(live ? { previous: live } : {}) };
  }

  /** What a failed remote step means: no connection, a failed verification, or another step. */
  failure(step: string, result: Finished): DeployFailed {
    const detail = tail(result.stderr);
    const at = `${this.s.host}:${releasePaths(this.s.root).root}`;
    if (result.code === 255) return messages.connection(this.where, detail);
    if (result.code === EXIT.checksum || result.code === EXIT.count) return messages.remoteVerifyFailed(at, detail);
    if (result.code === EXIT.live) return messages.remote(step, at, 'rilis dengan id ini sedang tayang dan tidak boleh ditimpa');
    return messages.remote(step, at, `kode keluar ${result.code}: ${detail}`);
  }

  async cleanup(id: string): Promise<void> {
    const result = await this.ssh(cleanupScript(this.s.root, id)).catch((error: Error) => ({ code: null, stdout: '', stderr: error.message }));
    if (result.code !== 0) this.log(logLines.cleanupFailed(releasePaths(this.s.root).partial(id), tail(result.stderr)));
  }

  async prune(newestFirst: string[], live: string, previous: string | undefined): Promise<void> {
    const doomed = planPrune({ newestFirst, live, previous, keep: this.s.keep });
    if (!doomed.length) return;
    // The new site is already live: a failed clean-up is reported, not turned into a failed deploy.
    const result = await this.ssh(pruneScript(this.s.root, doomed)).catch((error: Error) => ({ code: null, stdout: '', stderr: error.message }));
    this.log(result.code === 0 ? logLines.pruned(doomed) : logLines.pruneFailed(tail(result.stderr)));
  }

  ssh(script: string, input?: string): Promise<Finished> {
    return this.spawn('ssh', sshArgs(this.s, script), input);
  }

  async spawn(file: string, args: string[], input?: string): Promise<Finished> {
    try {
      return await capture(file, args, { env: this.env, ...(input === undefined ? {} : { input }) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw messages.missingTool(file);
      throw error;
    }
  }
}
