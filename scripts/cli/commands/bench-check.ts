// `laman bench check`: how fast `laman check` runs over a full-size site, how fast --fix
// normalises phone photos (against a bare sharp resize), and that a second --fix re-encodes nothing.
import { availableParallelism, tmpdir } from 'node:os';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { ChildFailedError } from '../../bench/child.ts';
import { formatCheckBench } from '../../bench/check/report.ts';
import { ForeignKeepDirError, runCheckBench } from '../../bench/check/run.ts';
import { type BenchSize, DEFAULT_SIZE, countsFor } from '../../bench/check/sizes.ts';
import { ForeignDirectoryError } from '../../fixture/guard.ts';
import { type Command, UsageError, UserError } from '../context.ts';
import { parseOptions } from '../options.ts';

const USAGE = `Usage: laman bench check [--items N] [--images N] [--pdfs N] [--keep DIR]

Generates a fixture site in a temporary folder (or DIR) and times, on that one copy:
  1. laman check over the whole tree, without --fix
  2. --fix on the phone photos (rotate, strip metadata, scale to 2560 px, re-encode),
     beside a bare sharp rotate + resize + encode of the same photos as the baseline
  3. laman check --fix over the whole tree (PDF metadata; the photos are already done)
  4. the same again with the same cache: it must re-encode no image
Prints progress on stderr, and on stdout a table and lines with files/s, images/s, MB/s,
the normalise/raw time ratio, peak RSS and the cache counters of the last run.

Options:
  --items N    content entries: berita, pengumuman, dokumen and halaman together (default: ${DEFAULT_SIZE.items})
  --images N   berita with a phone photo of their own (default: ${DEFAULT_SIZE.images})
  --pdfs N     dokumen, each with a PDF (default: ${DEFAULT_SIZE.pdfs})
  --keep DIR   work in DIR (fixture in DIR/content, cache in DIR/cache) and keep it;
               DIR must be new, empty or an earlier benchmark's
`;

function wholeNumber(value: string | undefined, option: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < min) {
    throw new UsageError(`${option} must be a whole number ≥ ${min}, got "${value}"`);
  }
  return Number(value);
}

export const benchCheckCommand: Command = {
  name: 'bench check',
  summary: 'Benchmark laman check, image normalisation and the --fix cache',
  usage: USAGE,
  async run(args, ctx) {
    const { values } = parseOptions({
      args,
      options: {
        items: { type: 'string' },
        images: { type: 'string' },
        pdfs: { type: 'string' },
        keep: { type: 'string' },
      },
    });
    const size: BenchSize = {
      items: wholeNumber(values.items, '--items', DEFAULT_SIZE.items, 1),
      images: wholeNumber(values.images, '--images', DEFAULT_SIZE.images, 1),
      pdfs: wholeNumber(values.pdfs, '--pdfs', DEFAULT_SIZE.pdfs, 0),
    };
    const counts = countsFor(size);
    if (typeof counts === 'string') throw new UsageError(counts);

    let result;
    try {
      result = await runCheckBench(counts, values.keep === undefined ? undefined : resolve(ctx.cwd, values.keep), {
        env: ctx.env,
        stderr: ctx.stderr,
        clock: () => performance.now(),
        maxRssKb: () => process.resourceUsage().maxRSS,
        tempRoot: tmpdir(),
      });
    } catch (error) {
      if (error instanceof ChildFailedError || error instanceof ForeignDirectoryError || error instanceof ForeignKeepDirError) {
        throw new UserError(error.message);
      }
      throw error;
    }
    ctx.stdout.write(
      formatCheckBench(result, {
        nodeVersion: process.version,
        sharpVersion: sharp.versions.sharp,
        vipsVersion: sharp.versions.vips,
        cpus: availableParallelism(),
      }),
    );
    return 0;
  },
};
