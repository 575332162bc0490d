// The printed result of `laman bench check`: a table of the runs and plain lines with
// the figures a reader looks for. Pure: measurements in, text out.
import { PHOTO_SIZES } from '../../fixture/photos.ts';
import type { RunMeasurement } from './measure.ts';
import { CONCURRENCY } from './pool.ts';
import type { CheckBenchResult } from './run.ts';

export interface ReportMeta {
  nodeVersion: string;
  sharpVersion: string;
  vipsVersion: string;
  cpus: number;
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);
const perSecond = (count: number, ms: number) => (ms > 0 ? count / (ms / 1000) : 0);
const mb = (kb: number) => String(Math.round(kb / 1024));

function table(header: readonly string[], body: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
}

function row(name: string, m: RunMeasurement): string[] {
  return [
    name,
    String(m.files),
    seconds(m.wallMs),
    perSecond(m.files, m.wallMs).toFixed(1),
    String(m.errors),
    String(m.warnings),
    String(m.fixes),
    String(m.cache.encodes),
    mb(m.maxRssKb),
  ];
}

/** "1.27: Laman's … take 27% longer than …", or "less time" below 1. */
function ratioLine(ratio: number): string {
  const percent = Math.round(Math.abs(ratio - 1) * 100);
  const compared = ratio >= 1 ? `${percent}% longer than` : `${percent}% less time than`;
  return `normalise/raw time: ${ratio.toFixed(2)} (Laman's checks and normalisation take ${compared} a bare rotate + resize + encode)`;
}

export function formatCheckBench(r: CheckBenchResult, meta: ReportMeta): string {
  const { counts } = r;
  const entries = counts.berita + counts.pengumuman + counts.dokumen + counts.halaman;
  const sizes = PHOTO_SIZES.map((s) => `${s.width}×${s.height}`).join(' and ');
  const laman = { rate: perSecond(r.photos.files, r.photos.wallMs), mbps: perSecond(r.photoBytes.before / 1e6, r.photos.wallMs) };
  const raw = { rate: perSecond(r.raw.images, r.raw.wallMs), mbps: perSecond(r.raw.bytes / 1e6, r.raw.wallMs) };
  const again = r.again;
  const cache = `cache hits ${again.cache.hits}, misses ${again.cache.misses}, encodes ${again.cache.encodes}, rejected ${again.cache.rejected}`;
  const verdict =
    again.cache.encodes === 0
      ? 'no image was re-encoded'
      : `WARNING: ${again.cache.encodes} image(s) were re-encoded, the cache did not spare the work`;

  return [
    'laman check benchmark',
    `Fixture: ${entries} entries (${counts.berita} berita, ${counts.pengumuman} pengumuman, ${counts.dokumen} dokumen, ${counts.halaman} halaman), ` +
      `${counts.gambar} phone photos (${sizes} JPEGs with camera EXIF, GPS and an orientation tag), ${counts.dokumen} PDFs; ` +
      `${r.fixture.files} files, ${megabytes(r.fixture.bytes)} MB, generated in ${seconds(r.fixture.generateMs)} s (not part of any figure below).`,
    `Node ${meta.nodeVersion}, sharp ${meta.sharpVersion} (libvips ${meta.vipsVersion}), ${meta.cpus} CPUs, ${CONCURRENCY} files at a time in every run.`,
    '',
    ...table(
      ['run', 'files', 'wall s', 'files/s', 'errors', 'warnings', 'fixes', 'encodes', 'peak RSS MB'],
      [
        row('1 check, no --fix', r.check),
        row('2 --fix, photos only', r.photos),
        row('3 --fix, whole tree', r.tree),
        row('4 --fix, whole tree again', again),
      ],
    ),
    '',
    `Check without --fix: ${r.check.files} files in ${seconds(r.check.wallMs)} s, ${perSecond(r.check.files, r.check.wallMs).toFixed(1)} files/s, peak RSS ${mb(r.check.maxRssKb)} MB.`,
    `Image normalisation, --fix on ${r.photos.files} photos (${megabytes(r.photoBytes.before)} MB in, ${megabytes(r.photoBytes.after)} MB out):`,
    ...table(
      ['', 'images/s', 'MB/s', 'wall s', 'peak RSS MB'],
      [
        ['bare sharp resize (baseline, ran first)', raw.rate.toFixed(2), raw.mbps.toFixed(2), seconds(r.raw.wallMs), mb(r.raw.maxRssKb)],
        ['Laman image checker, --fix', laman.rate.toFixed(2), laman.mbps.toFixed(2), seconds(r.photos.wallMs), mb(r.photos.maxRssKb)],
      ],
    ).map((l) => `  ${l}`),
    `  ${ratioLine(r.raw.wallMs > 0 ? r.photos.wallMs / r.raw.wallMs : 0)}`,
    `First --fix over the whole tree: ${seconds(r.tree.wallMs)} s, ${r.tree.fixes} fixes (the photos were already done; these are the other files' fixes, such as PDF metadata).`,
    `Second --fix over the fixed tree, cache reused: ${again.files} files in ${seconds(again.wallMs)} s, ${again.fixes} fixes; ${cache}: ${verdict}.`,
    '',
    'Notes: errors and warnings are the findings each run reported (after its fixes); encodes are images decoded and re-encoded.',
    'Peak RSS is this process\'s high-water mark at the end of each run, so it never goes down; the fixture is made in another process.',
    'The bare resize reads each photo, applies its orientation, resizes to fit 2560 px and encodes JPEG q80 (mozjpeg), writing nothing.',
    `The photos are smooth gradients of ${megabytes(r.photoBytes.before / Math.max(1, r.photos.files))} MB each; a real phone photo of the same size is 3-5 MB and`,
    'takes longer to decode, so expect fewer images/s and many more MB/s on real uploads.',
    '',
  ].join('\n');
}
