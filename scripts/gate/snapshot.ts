// Everything the gate needs to know about one pull request, gathered beforehand (by the
// GitHub adapter, or recorded as JSON): the decision is a pure function of it. The
// format is documented in docs/gate.md.
import { z } from 'astro/zod';
import { indonesianError } from '../../src/check/frontmatter/zod-locale.ts';

const time = z.iso.datetime({ offset: true, error: 'waktu harus ISO 8601 lengkap dengan zona, misalnya "2026-11-21T09:00:00Z"' });
const text = z.string({ error: 'harus berupa teks' });
const nonEmpty = text.min(1, { error: 'tidak boleh kosong' });
const frontmatter = z.record(z.string(), z.unknown(), { error: 'frontmatter harus berupa objek' });

export const snapshotSchema = z
  .object({
    pr: z
      .object({
        number: z.number({ error: 'nomor pull request harus berupa angka' }).int().positive(),
        author: nonEmpty,
        title: text,
        body: text.nullable().transform((b) => b ?? ''),
        baseBranch: nonEmpty,
        headSha: nonEmpty,
        headRef: nonEmpty,
        /**
         * Logins who pushed to the pull request's branch (GitHub's activity log), besides the
         * author. Like the author, they may submit but approve nothing past Operator.
         */
        pushers: z.array(nonEmpty).default([]),
      })
      .strict(),
    labelEvents: z.array(
      z
        .object({
          action: z.enum(['labeled', 'unlabeled'], { error: 'action harus "labeled" atau "unlabeled"' }),
          label: nonEmpty,
          actor: nonEmpty,
          actorType: z.enum(['User', 'Bot'], { error: 'actorType harus "User" atau "Bot"' }),
          at: time,
        })
        .strict(),
    ),
    commits: z
      .array(z.object({ sha: nonEmpty, at: time }).strict())
      .min(1, { error: 'pull request paling sedikit punya satu commit' }),
    files: z.array(
      z
        .object({
          path: nonEmpty,
          status: z.enum(['added', 'removed', 'modified', 'renamed', 'copied', 'changed', 'unchanged'], { error: 'status berkas tidak dikenal' }),
          /** For renames and copies: the path before. */
          previousPath: nonEmpty.optional(),
          /** Frontmatter (or YAML data) at the head commit; absent for removed or non-entry files. */
          frontmatter: frontmatter.optional(),
          /** Frontmatter at the base branch, for modified, renamed and removed entries. */
          baseFrontmatter: frontmatter.optional(),
        })
        .strict(),
    ),
    /** Members of every team the policy names, "org/slug" → logins. */
    teams: z.record(z.string(), z.array(nonEmpty)),
    now: time,
    /** cms/editorial.yml as it is on the base branch. */
    policyText: text,
  })
  .strict()
  .superRefine((s, ctx) => {
    if (!s.commits.some((c) => c.sha === s.pr.headSha)) {
      ctx.addIssue({ code: 'custom', path: ['pr', 'headSha'], message: 'headSha harus salah satu commit di "commits"' });
    }
  });

export type Snapshot = z.output<typeof snapshotSchema>;
export type SnapshotInput = z.input<typeof snapshotSchema>;
export type LabelEvent = Snapshot['labelEvents'][number];
export type ChangedFile = Snapshot['files'][number];

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

/** Validates a recorded snapshot (already JSON-parsed); throws a SnapshotError listing every problem. */
export function parseSnapshot(data: unknown, file = 'snapshot'): Snapshot {
  const result = snapshotSchema.safeParse(data, { error: indonesianError });
  if (result.success) return result.data;
  throw new SnapshotError(
    result.error.issues
      .map((issue) => `${file}: ${issue.path.map(String).join('.') || '(akar)'}: ${issue.message}`)
      .join('\n'),
  );
}
