import path from 'node:path';
import { contentDir } from '../../../src/schema/collections.ts';
import { formatFinding, validateContent } from '../../content/validate.ts';
import { binPath, toolEnv } from '../../lib/project.ts';
import { run } from '../../lib/run.ts';
import { UserError, type Command } from '../context.ts';
import { parseOptions } from '../main.ts';

export const buildCommand: Command = {
  name: 'build',
  summary: 'Validate the content, build the site with Astro and index it with Pagefind',
  usage: `Usage: laman build [--out DIR]

1. validates every content file (stops with FILE:LINE messages when one is wrong),
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
    const { files, findings } = await validateContent(ctx.cwd, contentDir(ctx.env));
    if (findings.length > 0) {
      for (const f of findings) ctx.stderr.write(formatFinding(f) + '\n');
      throw new UserError(`${findings.length} masalah pada konten; situs tidak dibangun. Perbaiki isian di atas.`);
    }
    ctx.stdout.write(`laman build: ${files} berkas konten valid\n`);
    const env = toolEnv(ctx.env);
    await run(process.execPath, [binPath('astro'), 'build', '--outDir', out], { cwd: ctx.cwd, env });
    await run(process.execPath, [binPath('pagefind'), '--site', out], { cwd: ctx.cwd, env });
    ctx.stdout.write(`laman build: situs siap di ${path.relative(ctx.cwd, out) || '.'}\n`);
    return 0;
  },
};
