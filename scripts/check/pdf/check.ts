// `laman check` for one PDF on disk: read it once, check it, and with --fix rewrite its
// metadata. A fixed file is written to a temporary name beside it, re-checked (page count,
// page sizes and text must be unchanged) and only then renamed over the original.
import { readFile } from 'node:fs/promises';
import { PDFDict, type PDFDocument } from 'pdf-lib';
import type { CheckFinding } from '../../../src/check/finding.ts';
import writeFileAtomic from 'write-file-atomic';
import { inspect, type Inspection, type PageSize } from './inspect.ts';
import { applyMetadataFix, planMetadataFix } from './metadata-fix.ts';
import { keysOf } from './names.ts';
import type { PdfCheckOptions, PdfCheckResult, PdfInspectOptions } from './types.ts';

/** The checks without the fix, on bytes already in memory (for the engine and the benchmark). */
export async function inspectPdfBytes(bytes: Uint8Array, file: string, options: PdfInspectOptions): Promise<PdfCheckResult> {
  const { findings, pages } = await inspect(bytes, file, options);
  return withPages({ findings, fixes: [] }, pages);
}

function withPages(result: PdfCheckResult, pages: number | undefined): PdfCheckResult {
  if (pages !== undefined) result.pages = pages;
  return result;
}

/** Only I/O errors (a missing or unreadable file, a failed write) are thrown. */
export async function checkPdfFile(absPath: string, file: string, options: PdfCheckOptions): Promise<PdfCheckResult> {
  const bytes = new Uint8Array(await readFile(absPath));
  const first = await inspect(bytes, file, options);
  const result = withPages({ findings: first.findings, fixes: [] }, first.pages);
  if (!options.fix || !first.findings.some((f) => f.fixable)) return result;

  const blocking = first.findings.filter((f) => !f.fixable && f.severity === 'error');
  if (blocking.length > 0) {
    const rules = [...new Set(blocking.map((f) => f.rule))].join(', ');
    result.notFixed = `Metadata tidak diperbaiki karena PDF ini masih memiliki kesalahan yang harus diperbaiki di dokumen sumber (${rules}). Perbaiki kesalahan tersebut dulu, lalu jalankan --fix lagi.`;
    return result;
  }
  const { doc, metadata } = first;
  if (doc === undefined || metadata === undefined) return result;

  const plan = planMetadataFix(metadata, options.court, options.metadata);
  if (plan.lines.length === 0) return result;
  if (options.dryRun) return { ...result, fixes: plan.lines };

  applyMetadataFix(doc, plan.target);
  forgetLinearization(doc);
  let fixed: Uint8Array;
  try {
    fixed = await doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
  } catch (error) {
    result.notFixed = `Metadata tidak diperbaiki: PDF ini tidak dapat ditulis ulang (detail teknis: ${error instanceof Error ? error.message : String(error)}). Ekspor ulang PDF dari dokumen sumber, lalu jalankan --fix lagi.`;
    return result;
  }
  const second = await inspect(fixed, file, options);
  const difference = contentDifference(first, second);
  if (difference !== undefined) {
    result.notFixed = `Metadata tidak diperbaiki: hasil penulisan ulang berbeda dari aslinya (${difference}), jadi berkas dibiarkan apa adanya. Ekspor ulang PDF dari dokumen sumber, lalu jalankan --fix lagi.`;
    return result;
  }
  await writeFileAtomic(absPath, Buffer.from(fixed.buffer, fixed.byteOffset, fixed.byteLength));
  return withPages({ findings: second.findings, fixes: plan.lines }, second.pages);
}

/**
 * pdf-lib rewrites the whole file, so a linearization dictionary would describe offsets
 * that no longer exist; it is dropped and the file is an ordinary one.
 */
function forgetLinearization(doc: PDFDocument): void {
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && keysOf(object).includes('Linearized')) doc.context.delete(ref);
  }
}

function sameSizes(a: readonly PageSize[] | undefined, b: readonly PageSize[] | undefined): boolean {
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return a.every((size, i) => Math.abs(size.width - (b[i]?.width ?? NaN)) < 0.01 && Math.abs(size.height - (b[i]?.height ?? NaN)) < 0.01);
}

/** Why the rewritten file is not the same document, in Indonesian; undefined when it is. */
function contentDifference(before: Inspection, after: Inspection): string | undefined {
  if (after.doc === undefined) return 'berkas hasil tidak dapat dibaca';
  if (before.pages !== after.pages) return `jumlah halaman ${before.pages ?? '?'} menjadi ${after.pages ?? '?'}`;
  if (!sameSizes(before.pageSizes, after.pageSizes)) return 'ukuran halaman berubah';
  const a = before.texts ?? [];
  const b = after.texts ?? [];
  if (a.length !== b.length || a.some((text, i) => text !== b[i])) return 'teks halaman berubah';
  if (introduced(before.findings, after.findings)) return 'muncul temuan baru';
  return undefined;
}

/** Whether `after` holds a rule that `before` did not. */
function introduced(before: readonly CheckFinding[], after: readonly CheckFinding[]): boolean {
  const known = new Set(before.map((f) => f.rule));
  return after.some((f) => !known.has(f.rule));
}
