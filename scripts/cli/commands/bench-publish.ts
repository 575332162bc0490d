// `laman bench publish`: a one-article publish next to a full one on a generated site.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatPublishBench } from '../../bench/publish/report.ts';
import { runPublishBench } from '../../bench/publish/run.ts';
import { PROJECT_ROOT } from '../../lib/project.ts';
import { UsageError, type Command } from '../context.ts';
import { parseOptions } from '../options.ts';

export const benchPublishCommand: Command = {
  name: 'bench publish',
  summary: 'Benchmark publishing a one-article change against a full publish on a generated site',
  usage: `Usage: laman bench publish [--berita N] [--dokumen M] [--keep DIR]

Generates a court site (default 4,000 berita and 400 dokumen) as a git repository, then
times with \`laman publish\`'s own steps (check + build, manifest, deploy to a folder,
approvals, archive):
  1. a full publish with empty caches,
  2. one new article, published with the caches the first run left (Astro's content-layer
     cache, the content check's media cache), archived as one record.
Prints the steps of both, the totals and their ratio.

Options:
  --berita N    berita in the generated site (default 4000)
  --dokumen M   dokumen, each with a PDF (default 400)
  --keep DIR    work in DIR and keep it (default: a temporary folder, removed)
`,
  async run(args, ctx) {
    const { values } = parseOptions({ args, options: { berita: { type: 'string', default: '4000' }, dokumen: { type: 'string', default: '400' }, keep: { type: 'string' } } });
    const count = (v: string, name: string) => {
      if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`${name} must be a whole number ≥ 1, got "${v}"`);
      return Number(v);
    };
    const berita = count(values.berita, '--berita');
    const dokumen = count(values.dokumen, '--dokumen');
    const dir = values.keep ? path.resolve(ctx.cwd, values.keep) : await mkdtemp(path.join(tmpdir(), 'laman-bench-publish-'));
    try {
      const { items, full, change } = await runPublishBench({
        projectRoot: PROJECT_ROOT,
        dir,
        berita,
        dokumen,
        env: ctx.env,
        now: ctx.now,
        progress: (line) => ctx.stderr.write(`${line}\n`),
      });
      ctx.stdout.write(formatPublishBench(items, full, change));
      return 0;
    } finally {
      if (!values.keep) await rm(dir, { recursive: true, force: true });
    }
  },
};
