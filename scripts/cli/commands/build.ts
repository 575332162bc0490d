import path from 'node:path';
import { contentDir } from '../../../src/schema/collections.ts';
import { buildTime } from '../../../src/lib/build-time.ts';
import { createFileCheckers } from '../../check/checkers.ts';
import { runCheck } from '../../check/engine.ts';
import { formatHuman } from '../../check/output/human.ts';
import { binPath, toolEnv } from '../../lib/project.ts';
import { run } from '../../lib/run.ts';
import { UserError, type Command } from '../context.ts';
import { parseOptions } from '../options.ts';

export const buildCommand: Command = {
  name: 'build',
  summary: 'Check the content (laman check), build the site with Astro and index it with Pagefind',
  usage: `Usage: laman build [--out DIR]

1. checks every content file like \`laman check\` (stops on errors, with FILE:LINE:COLUMN
   messages; warnings are printed and do not stop the build),
2. builds the static site with Astro,
3. builds the offline search index with Pagefind.

Options:
  --out DIR   output folder (default: dist)
  Env LAMAN_CONTENT_DIR  content folder (default: content)
  Env LAMAN_NOW          pin the build date (ISO), e.g. for reproducible builds
`,
  async run(args, ctx) {
    const { values } = parseOptions({ args, options: { out: { type: 'string', default: 'dist' } } });
    const out = path.resolve(ctx.cwd, values.out);
    // The same checks as on every pull request, again right before publishing.
    const report = await runCheck({
      root: ctx.cwd,
      contentDir: contentDir(ctx.env),
      paths: [],
      fix: false,
      dryRun: false,
      now: buildTime(ctx.env),
      checkers: createFileCheckers({ cacheDir: path.resolve(ctx.cwd, ctx.env.LAMAN_CACHE_DIR ?? 'node_modules/.cache/laman') }),
    });
    const errors = report.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      ctx.stderr.write(formatHuman(report));
      throw new UserError(`${errors.length} kesalahan pada konten; situs tidak dibangun. Perbaiki kesalahan di atas (npx laman check).`);
    }
    if (report.findings.length) ctx.stdout.write(formatHuman(report));
    ctx.stdout.write(`laman build: ${report.files} berkas konten diperiksa, tidak ada kesalahan\n`);
    const env = toolEnv(ctx.env);
    await run(process.execPath, [binPath('astro'), 'build', '--outDir', out], { cwd: ctx.cwd, env });
    await run(process.execPath, [binPath('pagefind'), '--site', out], { cwd: ctx.cwd, env });
    ctx.stdout.write(`laman build: situs siap di ${path.relative(ctx.cwd, out) || '.'}\n`);
    return 0;
  },
};
