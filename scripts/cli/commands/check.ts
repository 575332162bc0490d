import path from 'node:path';
import { contentDir } from '../../../src/schema/collections.ts';
import { buildTime } from '../../../src/lib/build-time.ts';
import { changedContentFiles, GitDiffFailed } from '../../check/changed.ts';
import { createFileCheckers } from '../../check/checkers.ts';
import { PathNotFound, runCheck } from '../../check/engine.ts';
import { formatAnnotation } from '../../check/output/github.ts';
import { formatHuman } from '../../check/output/human.ts';
import { toJson } from '../../check/output/json.ts';
import { progress } from '../../lib/progress.ts';
import { UsageError, UserError, type Command } from '../context.ts';
import { parseOptions } from '../options.ts';

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check content before publication: writing rules, personal data, images, PDFs',
  usage: `Usage: laman check [PATH…] [--changed-since REF] [--json] [--fix [--dry-run]]

Checks the content folder (or only the given files and folders): frontmatter against
the content schemas, Markdown rules (alt text, headings, links, raw HTML, dates, slugs,
the writing-ethics word list), personal data (NIK, KK, NPWP, phone, e-mail, bank
accounts), sensitive cases without a pengaburan confirmation, images (corrupt, bombs,
GPS and names in metadata, scriptable SVG) and PDFs (encryption, JavaScript, actions,
embedded files, no text layer, personal data in the text, leaked author names).

Findings are printed in Indonesian as FILE:LINE:COLUMN with what is wrong and how to fix
it. Under GitHub Actions (GITHUB_ACTIONS=true) they are also printed as annotations.

Options:
  --json      print the report as JSON (schema: docs/laman-check.schema.json)
  --fix       repair what can be repaired in place: normalise images (orientation,
              metadata, size), sanitise SVG, set PDF metadata from the dokumen entry
  --dry-run   with --fix: report what would change, write nothing
  --changed-since REF
              check only content files changed since the merge base with REF
              (a pull request's base branch, e.g. origin/main); links are still
              resolved against the whole content folder
  Env LAMAN_CONTENT_DIR  content folder (default: content)
  Env LAMAN_NOW          the date "today" for date rules (ISO), default: the clock
  Env LAMAN_CACHE_DIR    image normalisation cache (default: node_modules/.cache/laman)

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error.
`,
  async run(args, ctx) {
    const { values, positionals } = parseOptions({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, fix: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, 'changed-since': { type: 'string' } },
    });
    if (values['dry-run'] && !values.fix) throw new UsageError('--dry-run hanya berlaku bersama --fix');
    let paths = positionals;
    const since = values['changed-since'];
    if (since !== undefined) {
      if (positionals.length) throw new UsageError('--changed-since tidak dapat digabung dengan PATH');
      paths = await changedContentFiles(ctx.cwd, since, contentDir(ctx.env)).catch((error: unknown) => {
        throw error instanceof GitDiffFailed ? new UserError(error.message) : error;
      });
      if (!paths.length) {
        ctx.stdout.write(`Tidak ada berkas konten yang berubah sejak ${since}.\n`);
        return 0;
      }
    }
    const cacheDir = path.resolve(ctx.cwd, ctx.env.LAMAN_CACHE_DIR ?? 'node_modules/.cache/laman');
    const showProgress = ctx.stderr.isTTY || ctx.env.CI === 'true';
    let bar: ReturnType<typeof progress> | undefined;
    let report;
    try {
      report = await runCheck({
        root: ctx.cwd,
        contentDir: contentDir(ctx.env),
        paths,
        fix: values.fix ?? false,
        dryRun: values['dry-run'] ?? false,
        now: ctx.env.LAMAN_NOW ? buildTime(ctx.env) : ctx.now(),
        checkers: createFileCheckers({ cacheDir }),
        onProgress: showProgress
          ? (done, total) => {
              bar ??= progress(ctx.stderr, 'Memeriksa konten', total);
              bar.tick(done);
            }
          : undefined,
      });
    } catch (error) {
      if (error instanceof PathNotFound) throw new UsageError(error.message);
      throw error;
    }
    bar?.done();
    if (values.json) {
      ctx.stdout.write(JSON.stringify(toJson(report), null, 2) + '\n');
    } else {
      ctx.stdout.write(formatHuman(report));
      if (ctx.env.GITHUB_ACTIONS === 'true') for (const f of report.findings) ctx.stdout.write(formatAnnotation(f));
    }
    return report.findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
