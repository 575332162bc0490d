// PDF checks of `laman check`: structure (corrupt, encrypted, JavaScript, actions,
// attachments), limits, scans without text, metadata, and personal data in the text.
export { checkPdfFile, inspectPdfBytes } from './check.ts';
export { DEFAULT_PDF_LIMITS } from './types.ts';
export type { PdfCheckOptions, PdfCheckResult, PdfInspectOptions, PdfLimits, PdfMetadata } from './types.ts';
