// `laman fixture`: writes a synthetic, schema-valid content tree (tests, benchmarks).
import { relative, resolve } from 'node:path';
import { generateFixture, resolveCounts } from '../../fixture/generate.ts';
import { ForeignDirectoryError } from '../../fixture/guard.ts';
import { HALAMAN } from '../../fixture/halaman.ts';
import { type Progress, progress } from '../../lib/progress.ts';
import { type Command, UsageError, UserError } from '../context.ts';
import { parseOptions } from '../options.ts';

const USAGE = `Usage: laman fixture --berita N --dokumen M --out DIR [--pengumuman K] [--gambar G] [--seed S]

Writes a synthetic court website content tree into DIR: settings and logo, the
standard pages, N news articles (some with images), M documents with real PDFs
and K announcements. The same seed always gives the same files.

Options:
  --berita N       number of news articles (berita)
  --dokumen M      number of documents (dokumen), each with a PDF
  --out DIR        folder to create; it must be empty, new, or an earlier fixture
  --pengumuman K   number of announcements (default: max(5, N / 20))
  --gambar G       give G berita their own phone photo (4032×3024 or 3000×2000 JPEG with
                   camera EXIF, GPS and an orientation tag: work for \`laman check --fix\`)
  --seed S         random seed, a whole number (default: 1)

Build the site from it with LAMAN_CONTENT_DIR=DIR (relative to the project root).
`;

function wholeNumber(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${option} must be a whole number ≥ 0, got "${value}"`);
  }
  return Number(value);
}

function required<T>(value: T | undefined, option: string): T {
  if (value === undefined) throw new UsageError(`${option} is required`);
  return value;
}

/** resolveCounts reports impossible counts as RangeError: a usage error here. */
function toUsageError<T>(f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}

export const fixtureCommand: Command = {
  name: 'fixture',
  summary: 'Generate a synthetic court site content tree (tests, benchmarks)',
  usage: USAGE,
  async run(args, ctx) {
    const { values } = parseOptions({
      args,
      options: {
        berita: { type: 'string' },
        dokumen: { type: 'string' },
        pengumuman: { type: 'string' },
        gambar: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
      },
    });
    const out = resolve(ctx.cwd, required(values.out, '--out'));
    const gambar = wholeNumber(values.gambar, '--gambar');
    const counts = toUsageError(() => resolveCounts({
      berita: required(wholeNumber(values.berita, '--berita'), '--berita'),
      dokumen: required(wholeNumber(values.dokumen, '--dokumen'), '--dokumen'),
      pengumuman: wholeNumber(values.pengumuman, '--pengumuman'),
      seed: wholeNumber(values.seed, '--seed'),
      ...(gambar !== undefined ? { gambar } : {}),
    }));
    let bar: Progress | undefined;
    try {
      const result = await generateFixture({
        ...counts,
        out,
        onProgress: (done, total) => {
          bar ??= progress(ctx.stderr, 'fixture', total);
          bar.tick(done);
        },
      });
      bar?.done(`${result.files} files`);
      const where = relative(ctx.cwd, out) || '.';
      ctx.stdout.write(
        `Wrote ${result.files} files (${(result.bytes / 1e6).toFixed(1)} MB) to ${where}: ` +
          `${counts.berita} berita, ${counts.dokumen} dokumen, ${counts.pengumuman} pengumuman, ` +
          `${HALAMAN.length} halaman (seed ${counts.seed})\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof ForeignDirectoryError) throw new UserError(error.message);
      throw error;
    }
  },
};
