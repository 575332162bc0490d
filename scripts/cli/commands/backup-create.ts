import path from 'node:path';
import { clientFromEnv, parseRepo } from '../../github/client.ts';
import { COMMON_OPTIONS, loadConfigOption, repoDirOption, resticContext } from '../../backup/cli-support.ts';
import { selectTargets } from '../../backup/config.ts';
import { createBackup } from '../../backup/create.ts';
import { formatCreate } from '../../backup/format.ts';
import { recordBackups } from '../../backup/record.ts';
import { UsageError, type Command } from '../context.ts';
import { parseOptions } from '../options.ts';

export const backupCreateCommand: Command = {
  name: 'backup create',
  summary: 'Back up all Git refs, the built site, the GitHub issues and settings to every backup target (restic)',
  usage: `Usage: laman backup create [--config deploy/backup.json] [--repo-dir DIR] [--site DIR]
                           [--repo OWNER/NAME] [--no-github] [--target NAME] [--record] [--json]

Makes one encrypted, deduplicated snapshot (restic) on every target of deploy/backup.json:
repo.bundle (every ref: branches, CMS drafts cms/…, arsip, pemantauan, tags), the built site,
an export of issues, pull requests, labels, comments, label events and rulesets from GitHub,
the settings (cms/, deploy/, content/pengaturan/) and MANIFEST.json (SHA-256 of every file).
Creates a target's repository when there is none; then applies the retention policy
(forget --prune). The key comes from LAMAN_BACKUP_KEY. Guide: docs/backup.md.

Options:
  --config FILE      backup settings (default: deploy/backup.json in --repo-dir)
  --repo-dir DIR     the site repository (default: the current directory)
  --site DIR         the built site (default: dist in --repo-dir); checked against its laman-manifest.json
  --repo OWNER/NAME  the GitHub repository to export (default: GITHUB_REPOSITORY)
  --no-github        do not export from GitHub
  --target NAME      only this target (name or number)
  --record           add the result to the records branch (pemantauan)
  --json             print the result as JSON

Environment: LAMAN_BACKUP_KEY (required), GITHUB_TOKEN and GITHUB_API_URL (GitHub export),
RCLONE_CONFIG_<REMOTE>_* (rclone targets).
Exit status: 0 every target backed up, 1 a target failed, 2 usage error.
`,
  async run(args, ctx) {
    const { values } = parseOptions({
      args,
      options: { ...COMMON_OPTIONS, site: { type: 'string' }, repo: { type: 'string' }, 'no-github': { type: 'boolean' }, target: { type: 'string' } },
    });
    const repoDir = await repoDirOption(values['repo-dir'], ctx);
    const config = await loadConfigOption(values.config, repoDir, ctx);
    const targets = selectTargets(config, values.target);
    const rc = resticContext(ctx);
    const repoName = values.repo ?? ctx.env.GITHUB_REPOSITORY;
    const parsed = repoName ? parseRepo(repoName) : undefined;
    if (repoName && !parsed) throw new UsageError(`--repo harus "pemilik/nama", bukan "${repoName}"`);
    if (!values['no-github'] && !parsed) throw new UsageError('repositori GitHub tidak diketahui: beri --repo PEMILIK/NAMA (atau GITHUB_REPOSITORY), atau --no-github');
    const github = !values['no-github'] && parsed ? { client: clientFromEnv(ctx.env, rc.log), ...parsed } : undefined;
    const result = await createBackup({
      config,
      targets,
      repoDir,
      siteDir: path.resolve(repoDir, values.site ?? 'dist'),
      ...(parsed ? { sourceRepo: `${parsed.owner}/${parsed.repo}` } : {}),
      ...(github ? { github } : {}),
      restic: rc,
      now: ctx.now,
    });
    if (values.record) {
      const commit = await recordBackups(repoDir, ctx.env, result.records, ctx.now());
      rc.log(`catatan cadangan disimpan di cabang pemantauan (commit ${commit?.slice(0, 12)})`);
    }
    ctx.stdout.write(
      values.json
        ? `${JSON.stringify({ ok: result.outcomes.every((o) => !o.error), commit: result.commit, refs: result.refs, files: result.files, github: result.github, targets: result.records }, null, 2)}\n`
        : formatCreate(result),
    );
    return result.outcomes.some((o) => o.error) ? 1 : 0;
  },
};
