// checkImageFile: reads one image, reports findings, and with --fix repairs it in place.
// Policy lives in the *-findings.ts files; this file wires reading, sharp, svgo, cache and writing.
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { CheckFinding } from '../../../src/check/finding.ts';
import writeFileAtomic from 'write-file-atomic';
import { formatBytes, imageMessages } from './messages.ts';
import { normaliseImage } from './normalise.ts';
import { rasterFindings, rasterFixLines, type RasterContext } from './raster-findings.ts';
import { inspectRaster, type RasterInspection } from './raster-inspect.ts';
import { settingsKey, sha256 } from './settings.ts';
import { extensionOf, FORMAT_EXTENSION, FORMAT_LABEL, formatFromExtension, PUBLISHED_FORMATS, sniff, type RasterFormat } from './sniff.ts';
import { svgFindings, svgFixLines } from './svg-findings.ts';
import { sanitiseSvg } from './svg-sanitise.ts';
import { scanSvg, type SvgScan } from './svg-scan.ts';
import type { ImageCheckOptions, ImageCheckResult, ImageLimits, NormaliseCache } from './types.ts';

/** With any of these, --fix leaves the file alone: there is nothing safe to rewrite. */
const BLOCKING_RULES = new Set(['gambar/bukan-gambar', 'gambar/jenis', 'gambar/rusak', 'gambar/bom', 'svg/entitas', 'svg/rusak']);

type Checked =
  | { kind: 'done'; findings: CheckFinding[] }
  | { kind: 'raster'; findings: CheckFinding[]; inspection: Extract<RasterInspection, { kind: 'ok' }>; context: RasterContext; hash: string }
  | { kind: 'svg'; findings: CheckFinding[]; scan: Extract<SvgScan, { kind: 'ok' }> };

interface CheckInput {
  bytes: Buffer;
  file: string;
  limits: ImageLimits;
  cache: NormaliseCache | undefined;
  afterFix: boolean;
}

async function checkBytes({ bytes, file, limits, cache, afterFix }: CheckInput): Promise<Checked> {
  const sniffed = sniff(bytes);
  const extension = extensionOf(file);
  const promised = formatFromExtension(file);
  if (sniffed.kind === 'other') {
    // Markup named .svg is a broken SVG (svg/rusak says why); anything else is not an image.
    if (promised === 'svg' && isMarkup(bytes)) return checkSvg(bytes, file, limits, afterFix);
    return { kind: 'done', findings: [imageMessages.notImage(file, sniffed.what, extension || '(tanpa ekstensi)')] };
  }
  const format = sniffed.format;
  if (promised && promised !== format) {
    return {
      kind: 'done',
      findings: [imageMessages.wrongExtension(file, FORMAT_LABEL[format], extension, FORMAT_LABEL[promised], FORMAT_EXTENSION[format])],
    };
  }
  if (!PUBLISHED_FORMATS.has(format)) return { kind: 'done', findings: [imageMessages.unpublishedFormat(file, FORMAT_LABEL[format])] };

  if (format === 'svg') return checkSvg(bytes, file, limits, afterFix);

  const key = settingsKey(limits);
  const hash = sha256(bytes);
  if (cache && (await cache.isClean(key, hash))) return { kind: 'done', findings: [] };
  const context: RasterContext = { file, byteLength: bytes.length, limits, afterFix };
  const inspection = await inspectRaster(bytes, format as RasterFormat, limits);
  const findings = rasterFindings(inspection, context);
  if (cache && findings.length === 0) await cache.markClean(key, hash);
  if (inspection.kind !== 'ok') return { kind: 'done', findings };
  return { kind: 'raster', findings, inspection, context, hash };
}

function isMarkup(bytes: Buffer): boolean {
  return /^(\uFEFF)?\s*</.test(bytes.subarray(0, 256).toString('utf8'));
}

function checkSvg(bytes: Buffer, file: string, limits: ImageLimits, afterFix: boolean): Checked {
  const findings: CheckFinding[] = [];
  if (bytes.length > limits.maxBytes) findings.push(imageMessages.fileSize(file, bytes.length, limits.maxBytes, false));
  const scan = scanSvg(bytes);
  findings.push(...svgFindings(scan, file, !afterFix));
  return scan.kind === 'ok' ? { kind: 'svg', findings, scan } : { kind: 'done', findings };
}

function needsFix(checked: Checked): boolean {
  return (
    checked.kind !== 'done' &&
    checked.findings.some((finding) => finding.fixable) &&
    !checked.findings.some((finding) => BLOCKING_RULES.has(finding.rule))
  );
}

async function normaliseWithCache(bytes: Buffer, hash: string, limits: ImageLimits, cache: NormaliseCache | undefined) {
  const key = settingsKey(limits);
  const cached = cache ? await cache.getOutput(key, hash) : undefined;
  if (cached) return cached;
  const { data } = await normaliseImage(bytes, limits);
  if (cache) await cache.putOutput(key, hash, data);
  return data;
}

/** Marks every finding as not repairable by --fix, with the reason appended to the hint. */
function notFixable(findings: CheckFinding[], reason: string): CheckFinding[] {
  return findings.map((finding) => (finding.fixable ? { ...finding, fixable: false, hint: `${finding.hint} ${reason}` } : finding));
}

/**
 * Checks one image. Bad image data becomes findings; only programmer errors and I/O errors
 * (EACCES, ENOSPC…) are thrown. With `fix` (and not `dryRun`) the file is rewritten in place,
 * atomically, and the returned findings are those left in the written file.
 */
export async function checkImageFile(absPath: string, file: string, options: ImageCheckOptions): Promise<ImageCheckResult> {
  const { limits, cache } = options;
  const bytes = await readFile(absPath);
  const checked = await checkBytes({ bytes, file, limits, cache, afterFix: false });
  if (!options.fix || !needsFix(checked)) return { findings: checked.findings, fixes: [] };

  if (checked.kind === 'svg') {
    let cleaned: Buffer;
    try {
      cleaned = Buffer.from(sanitiseSvg(checked.scan.text), 'utf8');
    } catch (error) {
      const reason = `Perbaikan otomatis gagal membaca SVG ini (${(error as Error).message.split('\n')[0]}); bersihkan secara manual.`;
      return { findings: notFixable(checked.findings, reason), fixes: [], notFixed: reason };
    }
    const verified = await checkBytes({ bytes: cleaned, file, limits, cache, afterFix: true });
    if (verified.findings.some((finding) => finding.rule.startsWith('svg/'))) {
      // Never write a "fixed" file that still fails: leave it for a person.
      const reason = 'Perbaikan otomatis tidak berhasil membersihkan semuanya, jadi berkas tidak diubah; bersihkan secara manual.';
      return { findings: notFixable(checked.findings, reason), fixes: [], notFixed: reason };
    }
    const fixes = svgFixLines(checked.scan.issues, file, options.dryRun);
    if (options.dryRun) return { findings: checked.findings, fixes };
    await writeFileAtomic(absPath, cleaned);
    return { findings: verified.findings, fixes };
  }

  if (checked.kind !== 'raster') return { findings: checked.findings, fixes: [] };
  if (options.dryRun) return { findings: checked.findings, fixes: rasterFixLines(checked.inspection, checked.context, true) };
  const output = await normaliseWithCache(bytes, checked.hash, limits, cache);
  if (output.length >= bytes.length && checked.findings.every((finding) => finding.rule === 'gambar/ukuran')) {
    // Only the size was wrong and re-encoding does not shrink it: keep the original.
    const reason = `Pengodean ulang tidak memperkecil berkas ini (${formatBytes(output.length)}), jadi berkas tidak diubah.`;
    return { findings: notFixable(checked.findings, reason), fixes: [], notFixed: reason };
  }
  await writeFileAtomic(absPath, output);
  const after = await checkBytes({ bytes: output, file, limits, cache, afterFix: true });
  const written = await sharp(output).metadata();
  const fixes = rasterFixLines(checked.inspection, checked.context, false, {
    width: written.width,
    height: written.pageHeight ?? written.height,
    byteLength: output.length,
  });
  return { findings: after.findings, fixes };
}
