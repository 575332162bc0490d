// What every content check reports: the Markdown rules, personal data, images and PDFs.
// Browser-safe: the CMS shows the same findings in the editor.

export type Severity = 'error' | 'warning';

export interface CheckFinding {
  /** Stable rule id, "<area>/<name>", e.g. "pribadi/nik", "gambar/gps", "pdf/javascript". */
  rule: string;
  severity: Severity;
  /** Relative to the project root, forward slashes. */
  file: string;
  /** 1-based; 1 for findings about a whole binary file. */
  line: number;
  /** 1-based, in UTF-16 code units; 1 for findings about a whole binary file. */
  column: number;
  /** For findings in a PDF's text: the 1-based page. */
  page?: number;
  /** Indonesian: what is wrong and why it matters. */
  message: string;
  /** Indonesian: how to fix it. */
  hint: string;
  /** `laman check --fix` repairs it. */
  fixable: boolean;
}

/** Sorts by file, then position, then rule, so output is stable between runs. */
export function compareFindings(a: CheckFinding, b: CheckFinding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    (a.page ?? 0) - (b.page ?? 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}
