// `laman sample assets`: (re)generates the sample court's PDFs and JPEGs, or with
// --check proves that the committed files equal what the generator writes.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateSampleAssets } from '../../sample/assets.ts';
import type { Command, Context } from '../context.ts';
import { parseOptions } from '../options.ts';

const USAGE = `Usage: laman sample assets [--content DIR] [--check]

Writes the PDFs and JPEGs that the sample content of "Pengadilan Negeri Contoh" refers
to (dokumen/berkas/*.pdf, berita/gambar/*.jpg, pengumuman/gambar/*.jpg). The output is
deterministic: running it twice gives byte-identical files.

Options:
  --content DIR  content folder, relative to the working directory (default: content)
  --check        write into a temporary folder instead and compare with the files in
                 DIR; exit 1 and list every missing or different file
  -h, --help     show this help
`;

export type AssetDifference = { path: string; problem: 'missing' | 'different' };

export const sampleAssetsCommand: Command = {
  name: 'sample assets',
  summary: 'Generate (or --check) the binary assets of the sample content',
  usage: USAGE,
  async run(args: string[], ctx: Context): Promise<number> {
    const { values } = parseOptions({
      args,
      options: {
        content: { type: 'string', default: 'content' },
        check: { type: 'boolean', default: false },
      },
    });
    const contentDir = path.resolve(ctx.cwd, values.content);
    if (!values.check) {
      const { written } = await generateSampleAssets({ contentDir, log: (line) => ctx.stdout.write(`${line}\n`) });
      ctx.stdout.write(`${written.length} sample assets written to ${contentDir}\n`);
      return 0;
    }
    const differences = await checkSampleAssets(contentDir);
    if (differences.length === 0) {
      ctx.stdout.write(`sample assets in ${contentDir} match the generator\n`);
      return 0;
    }
    ctx.stderr.write(`sample assets in ${contentDir} do not match the generator:\n`);
    for (const d of differences) ctx.stderr.write(`  ${d.problem.padEnd(9)} ${d.path}\n`);
    ctx.stderr.write('Run `laman sample assets` and commit the result.\n');
    return 1;
  },
};

/** Regenerates into a temporary folder and compares byte for byte with `contentDir`. */
export async function checkSampleAssets(contentDir: string): Promise<AssetDifference[]> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'laman-sample-assets-'));
  try {
    const { written } = await generateSampleAssets({ contentDir: scratch, log: () => {} });
    const differences: AssetDifference[] = [];
    for (const relative of written) {
      const expected = await readFile(path.join(scratch, relative));
      const actual = await readIfExists(path.join(contentDir, relative));
      if (actual === undefined) differences.push({ path: relative, problem: 'missing' });
      else if (!actual.equals(expected)) differences.push({ path: relative, problem: 'different' });
    }
    return differences;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
