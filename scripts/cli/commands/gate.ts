import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decide } from '../../gate/decide.ts';
import { parsePolicy, PolicyError, POLICY_PATH } from '../../gate/policy.ts';
import { parseSnapshot, SnapshotError } from '../../gate/snapshot.ts';
import { UsageError, UserError, type Command } from '../context.ts';
import { parseOptions } from '../options.ts';

/** The base branch named in a snapshot that already passed validation. */
function baseBranch(data: unknown): string {
  return (data as { pr: { baseBranch: string } }).pr.baseBranch;
}

export const gateCommand: Command = {
  name: 'gate',
  summary: 'Editorial gate: decide a pull request against the SOP E review chain',
  usage: `Usage: laman gate --snapshot FILE [--json]

Decides a content pull request against the editorial chain of cms/editorial.yml
(Operator → Redaktur → Editor → Penanggung Jawab → Ketua when required), offline, from a
recorded snapshot: the pull request, its label events and commits with their times, its
changed files with their frontmatter, team membership, "now", and the policy text as it
is on the base branch. Prints the Indonesian summary (the sticky comment's text), or the
decision as JSON. Formats: docs/gate.md.

The GitHub mode (--repo OWNER/NAME --pr N [--dry-run]) arrives with the GitHub adapter.

Options:
  --snapshot FILE  the recorded snapshot (JSON)
  --json           print the decision as JSON instead of the summary

Exit status: 0 the decision is success, pending or outside (the command worked; the
state is in the output), 1 the decision is failure (a rule was broken or the pull
request mixes content with other files), or the snapshot or its policy is invalid,
2 usage error.
`,
  async run(args, ctx) {
    const { values } = parseOptions({ args, options: { snapshot: { type: 'string' }, json: { type: 'boolean' } } });
    const file = values.snapshot;
    if (file === undefined) throw new UsageError('--snapshot FILE wajib diisi');
    let text: string;
    try {
      text = await readFile(path.resolve(ctx.cwd, file), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`berkas snapshot tidak ditemukan: ${file}`);
      throw error;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new UserError(`${file}: bukan JSON yang valid (${(error as Error).message})`);
    }
    let decision;
    try {
      const snapshot = parseSnapshot(data, file);
      decision = decide(snapshot, parsePolicy(snapshot.policyText, POLICY_PATH));
    } catch (error) {
      if (error instanceof SnapshotError) throw new UserError(`snapshot tidak valid:\n${error.message}`);
      if (error instanceof PolicyError) throw new UserError(`kebijakan penyuntingan di cabang ${baseBranch(data)} tidak valid:\n${error.message}`);
      throw error;
    }
    ctx.stdout.write(values.json ? JSON.stringify(decision, null, 2) + '\n' : decision.summary);
    return decision.state === 'failure' ? 1 : 0;
  },
};
