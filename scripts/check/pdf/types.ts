// What the PDF checks take and return; the engine and the benchmark share these shapes.
import type { CheckFinding } from '../../../src/check/finding.ts';
import type { PersonalDataAllowlist } from '../../../src/check/personal-data/index.ts';

export interface PdfLimits {
  /** Largest file, in bytes. */
  maxBytes: number;
  maxPages: number;
}

export const DEFAULT_PDF_LIMITS: Readonly<PdfLimits> = Object.freeze({ maxBytes: 20 * 1024 * 1024, maxPages: 500 });

/** From the dokumen entry that references the PDF. */
export interface PdfMetadata {
  title: string;
  subject?: string;
  keywords?: string[];
}

/** Everything the checks need that is not the file itself. */
export interface PdfInspectOptions {
  limits: PdfLimits;
  /** The court's name: the only Author a published PDF may carry. */
  court: string;
  metadata?: PdfMetadata;
  allowlist: PersonalDataAllowlist;
}

export interface PdfCheckOptions extends PdfInspectOptions {
  /** Repair what can be repaired (the document information and XMP metadata). */
  fix: boolean;
  /** With `fix`: report what would change, write nothing. */
  dryRun: boolean;
}

export interface PdfCheckResult {
  /** After a fix: what remains in the written file. */
  findings: CheckFinding[];
  /** Indonesian, one line per change made (or, in a dry run, that would be made). */
  fixes: string[];
  pages?: number;
  /** Indonesian: why `--fix` left the file as it was although a finding is fixable. */
  notFixed?: string;
}
