import path from 'node:path';
import { appendToArchive, pushArchive } from '../../archive/store.ts';
import { clientFromEnv, createGitHubClient, DEFAULT_API_URL, parseRepo } from '../../github/client.ts';
import { directoryTarget } from '../../publish/deploy/directory.ts';
import { sshTarget } from '../../publish/deploy/ssh.ts';
import { lastArchivedCommit } from '../../publish/before.ts';
import { gitText } from '../../publish/git.ts';
import { publish, type Archiver, type PublishOptions } from '../../publish/publish.ts';
import { releaseRecorder } from '../../publish/release.ts';
import type { DeployTarget } from '../../publish/types.ts';
import { loadPublishConfig, PUBLISH_CONFIG, TARGET_NAMES, type PublishConfig, type TargetName } from '../../publish/config.ts';
import { UsageError, type Command, type Context } from '../context.ts';
import { parseOptions } from '../options.ts';


export const publishCommand: Command = {
  name: 'publish',
  summary: 'Publish the checked-out commit: check, build, manifest, deploy, archive with its approvals',
  usage: `Usage: laman publish [--target pages|ssh|directory|none] [--before SHA] [--out DIR]
                     [--no-archive | --archive-only] [--no-push]

Publishes the commit checked out here, in order, each step only after the one before
succeeded (a failing step leaves the live site as it was):
  1. checks every content file (laman check) and builds the site (Astro, Pagefind),
  2. writes the build manifest (SHA-256 of every file) to DIR/laman-manifest.json,
  3. deploys: --target ssh (the court's server, rsync over SSH, atomic switch of
     <root>/current), directory (a local or mounted folder, the same layout), pages
     (nothing here: the workflow's GitHub Pages actions deploy DIR), none,
  4. reads the approval chain of the pull request that brought the commit (editorial gate),
  5. archives every content item changed since --before (default: the commit of the
     archive's last record, so pushes published together are archived item by item; on
     the first publication, the commit's first parent) with its supporting files,
     approvals and a Lembar Persetujuan Publikasi PDF, on the branch "arsip", and pushes it.
Once the site is live (after step 3, or on --archive-only after the workflow's deploy) the
build manifest is also recorded on the records branch "pemantauan" as
rilis/laman-manifest.json: what \`laman monitor\` compares the live site with (integrity).

Configuration: ${PUBLISH_CONFIG} in the repository (target, ssh destination, port and
root, releases kept, archive branch: docs/publish.md), overridden for one run by
  LAMAN_DEPLOY, LAMAN_SSH_DESTINATION, LAMAN_SSH_PORT, LAMAN_SSH_ROOT, LAMAN_DEPLOY_DIR,
  LAMAN_KEEP_RELEASES, LAMAN_ARCHIVE_BRANCH
Secrets (environment):
  LAMAN_SSH_KEY_FILE           ssh target: private key file (mode 600)
  LAMAN_SSH_KNOWN_HOSTS        ssh target: known_hosts file pinning the server's key
  GITHUB_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY
                               read the approvals; without a token the records say so
  LAMAN_TEAMS_TOKEN            reads team members when the policy names teams

Options:
  --target T       where to deploy (default: the config's target)
  --before SHA     compare with this commit instead of the archive's last record
  --out DIR        build folder (default: dist)
  --no-archive     stop after deploying (GitHub Pages: archive after the Pages deploy)
  --archive-only   archive the build already in DIR (its manifest must be of this commit)
  --no-push        keep the new archive records and the release manifest in the local branches only
`,
  async run(args, ctx) {
    const { values } = parseOptions({
      args,
      options: {
        target: { type: 'string' },
        before: { type: 'string' },
        out: { type: 'string', default: 'dist' },
        'no-archive': { type: 'boolean' },
        'archive-only': { type: 'boolean' },
        'no-push': { type: 'boolean' },
      },
    });
    if (values['no-archive'] && values['archive-only']) throw new UsageError('--no-archive dan --archive-only tidak dapat digabung');
    if (values.target !== undefined && !TARGET_NAMES.includes(values.target as TargetName)) {
      throw new UsageError(`--target harus salah satu dari ${TARGET_NAMES.join(', ')}, bukan "${values.target}"`);
    }
    const config = await loadPublishConfig(ctx.cwd, ctx.env);
    const targetName = (values.target as TargetName | undefined) ?? config.target;
    if (!TARGET_NAMES.includes(targetName)) throw new UsageError(`LAMAN_DEPLOY harus salah satu dari ${TARGET_NAMES.join(', ')}, bukan "${targetName}"`);
    if (values.before !== undefined && !/^[0-9a-f]{7,40}$/i.test(values.before) && values.before !== '') {
      throw new UsageError(`--before harus id commit (hex), bukan "${values.before}"`);
    }
    const out = path.resolve(ctx.cwd, values.out);
    const archiveOnly = values['archive-only'] ?? false;
    const target = archiveOnly ? undefined : deployTarget(targetName, config, ctx);
    const branch = config.archive_branch;
    const before = values.before || (await lastArchivedCommit(ctx.cwd, branch)) || (await firstParent(ctx.cwd));
    const push = !values['no-push'];
    const archiver: Archiver | undefined = values['no-archive']
      ? undefined
      : {
          async append(items, log) {
            const result = await appendToArchive({ repoDir: ctx.cwd, branch, items, now: ctx.now(), log });
            if (push && result.commit) {
              const pushed = await pushArchive({ repoDir: ctx.cwd, branch });
              log(`arsip dikirim ke ${pushed.remote}/${pushed.branch} (${pushed.commit.slice(0, 7)})`);
            }
            return { records: result.records.map((r) => r.record.nomor) };
          },
        };
    const release = releaseRecorder({ repoDir: ctx.cwd, env: ctx.env, now: ctx.now, push });
    const options: PublishOptions = {
      root: ctx.cwd,
      env: ctx.env,
      out,
      ...(before ? { before } : {}),
      ...(target ? { target } : {}),
      ...(archiver ? { archiver } : {}),
      release,
      ...github(ctx),
      useExistingBuild: archiveOnly,
      now: ctx.now,
      write: (text) => ctx.stdout.write(text),
      writeError: (text) => ctx.stderr.write(text),
    };
    const result = await publish(options);
    ctx.stdout.write(`laman publish: selesai — build ${result.manifest.build}, ${result.items.length} konten berubah, ${result.records.length} catatan arsip\n`);
    return 0;
  },
};

async function firstParent(cwd: string): Promise<string | undefined> {
  try {
    return await gitText(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^']);
  } catch {
    return undefined; // the first commit: everything in it is new
  }
}

function deployTarget(name: TargetName, config: PublishConfig, ctx: Context): DeployTarget | undefined {
  const env = ctx.env;
  const keep = config.keep_releases;
  if (name === 'directory') {
    if (!config.directory) throw new UsageError('target directory memerlukan folder tujuan: "directory" di deploy/publish.json atau LAMAN_DEPLOY_DIR');
    return directoryTarget({ root: path.resolve(ctx.cwd, config.directory), keep, now: ctx.now });
  }
  if (name === 'ssh') {
    if (!config.ssh?.destination || !config.ssh.root) {
      throw new UsageError('target ssh memerlukan "ssh": { "destination", "root" } di deploy/publish.json (atau LAMAN_SSH_DESTINATION dan LAMAN_SSH_ROOT)');
    }
    return sshTarget({
      destination: config.ssh.destination,
      root: config.ssh.root,
      port: config.ssh.port,
      ...(env.LAMAN_SSH_KEY_FILE ? { keyFile: env.LAMAN_SSH_KEY_FILE } : {}),
      ...(env.LAMAN_SSH_KNOWN_HOSTS ? { knownHostsFile: env.LAMAN_SSH_KNOWN_HOSTS } : {}),
      keep,
      env,
    });
  }
  return undefined; // pages: the workflow deploys; none: nothing
}

function github(ctx: Context): Pick<PublishOptions, 'github'> {
  const repo = ctx.env.GITHUB_REPOSITORY ? parseRepo(ctx.env.GITHUB_REPOSITORY) : undefined;
  if (!ctx.env.GITHUB_TOKEN || !repo) return {};
  const log = (line: string) => ctx.stderr.write(`${line}\n`);
  const teamsToken = ctx.env.LAMAN_TEAMS_TOKEN;
  return {
    github: {
      octokit: clientFromEnv(ctx.env, log),
      repo,
      ...(teamsToken ? { teamsOctokit: createGitHubClient({ token: teamsToken, baseUrl: ctx.env.GITHUB_API_URL || DEFAULT_API_URL, log }) } : {}),
    },
  };
}
