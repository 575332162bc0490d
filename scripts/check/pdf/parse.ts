// The two parsers, each run once per file: pdf-lib for the object structure and the
// metadata, pdf.js (through unpdf) for the text a reader can search and copy.
// Parse failures are returned as values: a damaged file is a finding, not a crash.
import { PDFDict, PDFDocument, PDFRef } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { infoReferences } from './bytes.ts';

export type StructureParse = { ok: true; doc: PDFDocument } | { ok: false; detail: string };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function parseStructure(bytes: Uint8Array): Promise<StructureParse> {
  let doc: PDFDocument;
  try {
    // throwOnInvalidObject: a damaged object is reported as a damaged file (pdf-lib would
    // otherwise print a warning and go on without it).
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true });
    if (doc.getPageCount() === 0) return { ok: false, detail: 'tidak ada halaman' };
  } catch (error) {
    return { ok: false, detail: describe(error) };
  }
  restoreInfoReference(doc, bytes);
  return { ok: true, doc };
}

/**
 * pdf-lib keeps only the last cross-reference stream's trailer entries; in a linearized
 * file that stream has no /Info, so the document information (Author, Title…) would look
 * absent and a fix would leave the old dictionary in the file. Points the trailer back at it.
 */
function restoreInfoReference(doc: PDFDocument, bytes: Uint8Array): void {
  const { context } = doc;
  if (context.lookup(context.trailerInfo.Info) instanceof PDFDict) return;
  for (const { objectNumber, generation } of infoReferences(bytes)) {
    const ref = PDFRef.of(objectNumber, generation);
    if (context.lookup(ref) instanceof PDFDict) {
      context.trailerInfo.Info = ref;
      return;
    }
  }
}

export type TextParse =
  | { kind: 'text'; pages: string[] }
  /** Encrypted with a password needed to open it. */
  | { kind: 'password' }
  | { kind: 'error'; detail: string };

/** The text of every page, as unpdf extracts it (one string per page). */
export async function extractPageTexts(bytes: Uint8Array): Promise<TextParse> {
  let proxy: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given, so it gets a copy.
    proxy = await getDocumentProxy(bytes.slice(), { verbosity: 0 });
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') return { kind: 'password' };
    return { kind: 'error', detail: describe(error) };
  }
  try {
    const { text } = await extractText(proxy, { mergePages: false });
    return { kind: 'text', pages: text };
  } catch (error) {
    return { kind: 'error', detail: describe(error) };
  } finally {
    await proxy.loadingTask.destroy();
  }
}
