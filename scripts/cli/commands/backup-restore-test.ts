import { COMMON_OPTIONS, loadConfigOption, repoDirOption, resticContext } from '../../backup/cli-support.ts';
import { selectTargets } from '../../backup/config.ts';
import { formatVerify } from '../../backup/format.ts';
import { recordBackups } from '../../backup/record.ts';
import { restoreTest } from '../../backup/restore-test.ts';
import { verifyRecord } from '../../backup/verify.ts';
import type { Command } from '../context.ts';
import { parseOptions } from '../options.ts';

export const backupRestoreTestCommand: Command = {
  name: 'backup restore-test',
  summary: 'Scheduled restore test: restore the latest backup, git fsck, compare refs, optionally rebuild the site',
  usage: `Usage: laman backup restore-test [--rebuild] [--target NAME] [--snapshot ID|latest] [--config FILE] [--repo-dir DIR] [--record] [--json]

What the scheduled workflow runs, for every target (or --target): restores the snapshot to a
temporary folder (every file checked against MANIFEST.json), runs git fsck on the restored
repository and compares its refs with the manifest. With --rebuild it also checks the backed-up
commit out of the restored repository, builds the site again (laman build's steps, with the
original build time) and compares every file with the backed-up site's laman-manifest.json.

Options:
  --rebuild          also rebuild the site from the restored repository and compare
  --target NAME      only this target (name or number)
  --snapshot ID      the snapshot (default: latest)
  --config FILE      backup settings (default: deploy/backup.json in --repo-dir)
  --repo-dir DIR     the site repository (for --record; default: the current directory)
  --record           add the result to the records branch (pemantauan) as a restore-test
  --json             print the result as JSON

Environment: LAMAN_BACKUP_KEY (required), RCLONE_CONFIG_<REMOTE>_* (rclone targets).
Exit status: 0 the backup restores and matches, 1 problems found, 2 usage error.
`,
  async run(args, ctx) {
    const { values } = parseOptions({ args, options: { ...COMMON_OPTIONS, rebuild: { type: 'boolean' }, target: { type: 'string' }, snapshot: { type: 'string' } } });
    const repoDir = await repoDirOption(values['repo-dir'], ctx);
    const config = await loadConfigOption(values.config, repoDir, ctx);
    const rc = resticContext(ctx);
    const outcomes = [];
    for (const target of selectTargets(config, values.target)) {
      outcomes.push(await restoreTest({ target, snapshot: values.snapshot ?? 'latest', rebuild: !!values.rebuild, restic: rc, write: (text) => ctx.stderr.write(text) }));
    }
    const at = ctx.now();
    const records = outcomes.map((o) => verifyRecord(o, at, 'restore-test'));
    if (values.record) await recordBackups(repoDir, ctx.env, records, at);
    ctx.stdout.write(
      values.json
        ? `${JSON.stringify({ ok: outcomes.every((o) => !o.problems.length), targets: records, rebuilt: outcomes.map((o) => o.rebuilt ?? null) }, null, 2)}\n`
        : formatVerify(outcomes, values.rebuild ? 'Uji pemulihan (dengan bangun ulang)' : 'Uji pemulihan'),
    );
    return outcomes.some((o) => o.problems.length) ? 1 : 0;
  },
};
