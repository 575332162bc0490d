import { COMMON_OPTIONS, loadConfigOption, repoDirOption, resticContext } from '../../backup/cli-support.ts';
import { selectTargets } from '../../backup/config.ts';
import { formatVerify } from '../../backup/format.ts';
import { recordBackups } from '../../backup/record.ts';
import { verifyRecord, verifyTarget } from '../../backup/verify.ts';
import { UsageError, type Command } from '../context.ts';
import { parseOptions } from '../options.ts';

export const backupVerifyCommand: Command = {
  name: 'backup verify',
  summary: 'Check the backups: restic check --read-data and a test restore compared with MANIFEST.json',
  usage: `Usage: laman backup verify [--target NAME|--all] [--snapshot ID|latest] [--config FILE] [--repo-dir DIR] [--record] [--json]

For each target: restic check reading the data back (all of it, or the subset set by
read_data in deploy/backup.json), then restores the snapshot to a temporary folder and checks
every file against MANIFEST.json (size and SHA-256) and repo.bundle with git bundle verify.
Reports every problem in Indonesian: a wrong key, a damaged or truncated pack, a missing
target or snapshot.

Options:
  --target NAME      only this target (name or number); default: every target (--all)
  --all              every target
  --snapshot ID      the snapshot to restore (default: latest)
  --config FILE      backup settings (default: deploy/backup.json in --repo-dir)
  --repo-dir DIR     the site repository (for --record; default: the current directory)
  --record           add the result to the records branch (pemantauan)
  --json             print the result as JSON

Environment: LAMAN_BACKUP_KEY (required), RCLONE_CONFIG_<REMOTE>_* (rclone targets).
Exit status: 0 intact, 1 problems found, 2 usage error.
`,
  async run(args, ctx) {
    const { values } = parseOptions({ args, options: { ...COMMON_OPTIONS, target: { type: 'string' }, all: { type: 'boolean' }, snapshot: { type: 'string' } } });
    if (values.all && values.target !== undefined) throw new UsageError('--target dan --all tidak dapat dipakai bersama');
    const repoDir = await repoDirOption(values['repo-dir'], ctx);
    const config = await loadConfigOption(values.config, repoDir, ctx);
    const rc = resticContext(ctx);
    const outcomes = [];
    for (const target of selectTargets(config, values.target)) outcomes.push(await verifyTarget(target, values.snapshot ?? 'latest', config, rc));
    const at = ctx.now();
    if (values.record) await recordBackups(repoDir, ctx.env, outcomes.map((o) => verifyRecord(o, at)), at);
    ctx.stdout.write(
      values.json
        ? `${JSON.stringify({ ok: outcomes.every((o) => !o.problems.length), targets: outcomes.map((o) => verifyRecord(o, at)) }, null, 2)}\n`
        : formatVerify(outcomes, 'Verifikasi cadangan'),
    );
    return outcomes.some((o) => o.problems.length) ? 1 : 0;
  },
};
