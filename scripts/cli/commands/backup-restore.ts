import path from 'node:path';
import { loadConfigOption, repoDirOption, resticContext } from '../../backup/cli-support.ts';
import { selectTargets } from '../../backup/config.ts';
import { formatBytes } from '../../backup/format.ts';
import { restoreTo } from '../../backup/restore.ts';
import { UsageError, type Command } from '../context.ts';
import { parseOptions } from '../options.ts';

export const backupRestoreCommand: Command = {
  name: 'backup restore',
  summary: 'Restore a backup snapshot (Git repository with every ref, site, GitHub export, settings) into an empty folder',
  usage: `Usage: laman backup restore --to DIR [--target NAME] [--snapshot ID|latest] [--config FILE] [--repo-dir DIR] [--json]

Restores the snapshot into a staging folder next to DIR, checks every file against
MANIFEST.json (size and SHA-256) and the Git bundle, and only then moves the result into DIR
with one rename: DIR/repo.git (a mirror with every ref), DIR/site/, DIR/github/,
DIR/settings/, DIR/MANIFEST.json. A damaged, truncated or wrongly keyed backup restores
nothing. DIR must be empty or absent.

Options:
  --to DIR           where to restore (empty or absent)
  --target NAME      the target to restore from (name or number; default: the first)
  --snapshot ID      the snapshot (default: latest)
  --config FILE      backup settings (default: deploy/backup.json in --repo-dir)
  --repo-dir DIR     the folder holding deploy/backup.json (default: the current directory)
  --json             print the result as JSON

Environment: LAMAN_BACKUP_KEY (required), RCLONE_CONFIG_<REMOTE>_* (rclone targets).
Exit status: 0 restored, 1 nothing restored (the reason is printed), 2 usage error.
`,
  async run(args, ctx) {
    const { values } = parseOptions({
      args,
      options: { to: { type: 'string' }, target: { type: 'string' }, snapshot: { type: 'string' }, config: { type: 'string' }, 'repo-dir': { type: 'string' }, json: { type: 'boolean' } },
    });
    if (!values.to) throw new UsageError('--to DIR wajib: folder tujuan pemulihan (kosong atau belum ada)');
    const repoDir = await repoDirOption(values['repo-dir'], ctx);
    const config = await loadConfigOption(values.config, repoDir, ctx);
    const [target] = selectTargets(config, values.target ?? config.targets[0]!.name);
    const rc = resticContext(ctx);
    const result = await restoreTo(target!, values.snapshot ?? 'latest', path.resolve(ctx.cwd, values.to), rc);
    const bytes = result.manifest.files.reduce((sum, f) => sum + f.size, 0);
    ctx.stdout.write(
      values.json
        ? `${JSON.stringify({ ok: true, snapshot: result.snapshot.id, to: result.to, commit: result.manifest.source.head, refs: result.manifest.source.refs.length, files: result.manifest.files.length }, null, 2)}\n`
        : `Dipulihkan dari ${target!.name}, snapshot ${result.snapshot.shortId} (${result.manifest.created}) ke ${result.to}:\n` +
            `  repo.git (${result.manifest.source.refs.length} ref, HEAD ${result.manifest.source.head.slice(0, 12)}), ${result.parts.map((p) => `${p}/`).join(', ')}, MANIFEST.json\n` +
            `  ${result.manifest.files.length} berkas (${formatBytes(bytes)}) cocok dengan MANIFEST.json.\n`,
    );
    return 0;
  },
};
