import { contentDir } from '../../../src/schema/collections.ts';
import { formatFinding, validateContent } from '../../content/validate.ts';
import type { Command } from '../context.ts';
import { parseOptions } from '../options.ts';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check every content file against the content schemas',
  usage: `Usage: laman validate [PATH…] [--json]

Checks content files (Markdown frontmatter and the settings file) against the schemas
in src/content.config.ts and prints each problem as FILE:LINE: FIELD: MESSAGE, in Indonesian.
With PATH arguments, checks only those files or folders. Exits 1 when anything is wrong.

Options:
  --json   print the findings as JSON
  Env LAMAN_CONTENT_DIR  content folder (default: content)
`,
  async run(args, ctx) {
    const { values, positionals } = parseOptions({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const dir = contentDir(ctx.env);
    const { files, findings } = await validateContent(ctx.cwd, dir, positionals);
    if (values.json) {
      ctx.stdout.write(JSON.stringify({ files, findings }, null, 2) + '\n');
    } else {
      for (const f of findings) ctx.stderr.write(formatFinding(f) + '\n');
      ctx.stdout.write(
        findings.length === 0
          ? `${files} berkas konten diperiksa: semua valid.\n`
          : `${files} berkas konten diperiksa: ${findings.length} masalah ditemukan. Perbaiki isian di atas lalu jalankan lagi.\n`,
      );
    }
    return findings.length === 0 ? 0 : 1;
  },
};
