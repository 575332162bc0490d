import path from 'node:path';
import { buildSite } from '../../publish/build.ts';
import { type Command } from '../context.ts';
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
    await buildSite({
      root: ctx.cwd,
      env: ctx.env,
      out,
      write: (text) => ctx.stdout.write(text),
      writeError: (text) => ctx.stderr.write(text),
      label: 'laman build',
    });
    ctx.stdout.write(`laman build: situs siap di ${path.relative(ctx.cwd, out) || '.'}\n`);
    return 0;
  },
};
