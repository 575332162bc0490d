// All checks of one PDF held in memory: each parser runs once, the rules read what they
// produced. Bad input becomes findings; nothing here throws for a damaged file.
import type { PDFDocument } from 'pdf-lib';
import type { CheckFinding } from '../../../src/check/finding.ts';
import { findPersonalData } from '../../../src/check/personal-data/index.ts';
import { describeNonPdf, hasEncryptEntry, hasEndOfFileMarker, hasPdfHeader } from './bytes.ts';
import { judgeMetadata, readMetadata, type MetadataState } from './metadata.ts';
import { PDF_MESSAGES } from './messages.ts';
import { extractPageTexts, parseStructure } from './parse.ts';
import { pageDrawsImage, scannedPages } from './scan.ts';
import { inspectStructure } from './structure.ts';
import type { PdfInspectOptions } from './types.ts';

export interface PageSize {
  width: number;
  height: number;
}

/** What the checks found plus what a fix needs, so nothing is parsed twice. */
export interface Inspection {
  findings: CheckFinding[];
  pages?: number;
  /** Set when pdf-lib parsed the file and it is not encrypted. */
  doc?: PDFDocument;
  metadata?: MetadataState;
  texts?: string[];
  pageSizes?: PageSize[];
}

export async function inspect(bytes: Uint8Array, file: string, options: PdfInspectOptions): Promise<Inspection> {
  const findings: CheckFinding[] = [];
  const add = (message: Pick<CheckFinding, 'rule' | 'severity' | 'message' | 'hint' | 'fixable'>, page?: number) => {
    const finding: CheckFinding = { ...message, file, line: 1, column: 1 };
    if (page !== undefined) finding.page = page;
    findings.push(finding);
  };
  if (bytes.byteLength > options.limits.maxBytes) add(PDF_MESSAGES.tooLarge(bytes.byteLength, options.limits.maxBytes));

  if (!hasPdfHeader(bytes)) {
    add(PDF_MESSAGES.notPdf(describeNonPdf(bytes)));
    return { findings };
  }
  if (!hasEndOfFileMarker(bytes)) {
    add(PDF_MESSAGES.truncated());
    return { findings };
  }

  let encrypted = hasEncryptEntry(bytes);
  let doc: PDFDocument | undefined;
  if (!encrypted) {
    // Encrypted strings and object streams cannot be parsed without the key, so pdf-lib
    // only reads files that are not encrypted.
    const parsed = await parseStructure(bytes);
    if (!parsed.ok) {
      add(PDF_MESSAGES.unreadable(parsed.detail));
      return { findings };
    }
    if (parsed.doc.isEncrypted) encrypted = true;
    else doc = parsed.doc;
  }

  const text = await extractPageTexts(bytes);
  if (encrypted) add(PDF_MESSAGES.encrypted(text.kind === 'password'));
  else if (text.kind !== 'text') {
    add(PDF_MESSAGES.unreadable(text.kind === 'error' ? text.detail : 'meminta kata sandi'));
    return { findings };
  }
  const texts = text.kind === 'text' ? text.pages : undefined;
  const inspection: Inspection = { findings };
  const pages = doc?.getPageCount() ?? texts?.length;
  if (pages !== undefined) {
    inspection.pages = pages;
    if (pages > options.limits.maxPages) add(PDF_MESSAGES.tooManyPages(pages, options.limits.maxPages));
  }

  if (doc !== undefined) {
    const structure = inspectStructure(doc.context);
    if (structure.javascript.length > 0) add(PDF_MESSAGES.javascript(structure.javascript));
    if (structure.actions.length > 0) add(PDF_MESSAGES.actions(structure.actions));
    if (structure.attachments.length > 0) add(PDF_MESSAGES.attachments(structure.attachments));
  }

  if (texts !== undefined) {
    inspection.texts = texts;
    texts.forEach((pageText, index) => {
      for (const found of findPersonalData(pageText, options.allowlist)) {
        findings.push({
          rule: found.rule,
          severity: 'error',
          file,
          line: found.line,
          column: found.column,
          page: index + 1,
          message: found.message,
          hint: `${found.hint} ${PDF_MESSAGES.personalDataInPdf}`,
          fixable: false,
        });
      }
    });
  }

  if (doc !== undefined) {
    const pageNodes = doc.getPages();
    try {
      inspection.pageSizes = pageNodes.map((page) => page.getSize());
    } catch (error) {
      // pdf-lib fails on a page without a usable /MediaBox.
      add(PDF_MESSAGES.unreadable(`ukuran halaman tidak terbaca: ${error instanceof Error ? error.message : String(error)}`));
      return { findings };
    }
    if (texts !== undefined) {
      const scans = scannedPages(pageNodes.map((page) => pageDrawsImage(doc.context, page.node)), texts);
      if (scans.length > 0) add(PDF_MESSAGES.scanned(scans, pageNodes.length), scans[0]);
    }
    const metadata = readMetadata(doc, options.court);
    const problems = judgeMetadata(metadata, options.court, options.metadata);
    if (problems.leaks.length > 0) add(PDF_MESSAGES.metadataLeak(problems.leaks));
    if (problems.description.length > 0) {
      const titleFromEntry = options.metadata !== undefined && options.metadata.title.trim() !== '';
      add(PDF_MESSAGES.metadataDescription(problems.description, titleFromEntry));
    }
    inspection.doc = doc;
    inspection.metadata = metadata;
  }
  return inspection;
}
