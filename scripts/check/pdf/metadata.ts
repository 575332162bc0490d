// The document information dictionary (Info) and the XMP packet: what they say (read
// through pdf-lib) and what is wrong with them (a pure judgement over plain data).
// metadata-fix.ts plans and writes the repair.
import { PDFDict, PDFHexString, PDFNull, PDFString, type PDFContext, type PDFDocument } from 'pdf-lib';
import { entry, lookup, nameText, resolve } from './names.ts';
import type { PdfMetadata } from './types.ts';
import { readXmp, type XmpState } from './xmp.ts';

/** The only Creator and Producer a fixed PDF carries. */
export const LAMAN = 'Laman';
/** Catalog /Lang written when a PDF has none. */
export const DEFAULT_LANGUAGE = 'id';

const STANDARD_INFO_KEYS = new Set(['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer', 'CreationDate', 'ModDate', 'Trapped']);

export interface MetadataState {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creator?: string;
  producer?: string;
  /** Non-standard Info keys holding text other than a date, the court or Laman (e.g. Company). */
  textKeys: string[];
  /** Every non-standard Info key. */
  extraKeys: string[];
  lang?: string;
  xmp?: XmpState;
}

// ---- reading (pdf-lib) ----

function text(context: PDFContext, dict: PDFDict, key: string): string | undefined {
  const value = lookup(context, dict, key);
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

export function infoDict(doc: PDFDocument): PDFDict | undefined {
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  return info instanceof PDFDict ? info : undefined;
}

export function readMetadata(doc: PDFDocument, court: string): MetadataState {
  const { context, catalog } = doc;
  const state: MetadataState = { textKeys: [], extraKeys: [] };
  const info = infoDict(doc);
  if (info !== undefined) {
    const set = (field: 'title' | 'author' | 'subject' | 'keywords' | 'creator' | 'producer', key: string) => {
      const value = text(context, info, key);
      if (value !== undefined) state[field] = value;
    };
    set('title', 'Title');
    set('author', 'Author');
    set('subject', 'Subject');
    set('keywords', 'Keywords');
    set('creator', 'Creator');
    set('producer', 'Producer');
    for (const name of info.keys()) {
      const key = nameText(name);
      if (STANDARD_INFO_KEYS.has(key)) continue;
      state.extraKeys.push(key);
      const value = text(context, info, key);
      if (value !== undefined && holdsName(value, court)) state.textKeys.push(key);
    }
  }
  const lang = text(context, catalog, 'Lang');
  if (lang !== undefined) state.lang = lang;
  const xmp = resolve(context, entry(catalog, 'Metadata'));
  if (xmp !== undefined && xmp !== PDFNull) state.xmp = readXmp(xmp);
  return state;
}

// ---- judging (pure) ----

export function normalize(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function same(a: string, b: string): boolean {
  return normalize(a).toLocaleLowerCase('id') === normalize(b).toLocaleLowerCase('id');
}

/** Text that is not empty, not a PDF date, not the court and not Laman. */
function holdsName(value: string, court: string): boolean {
  const v = normalize(value);
  return v !== '' && !/^D:\d{4}/.test(v) && !same(v, court) && !same(v, LAMAN);
}

const FILE_NAME_TITLE = /\.(?:docx?|odt|rtf|xlsx?|ods|pptx?|pdf)\s*$|^Microsoft\s+(?:Word|Excel|PowerPoint)\s+-/i;

export interface MetadataProblems {
  /** Fields that leak who made the file, or say something else than the Info does. */
  leaks: string[];
  /** Title missing, or a file name. */
  description: string[];
}

export function judgeMetadata(state: MetadataState, court: string, metadata: PdfMetadata | undefined): MetadataProblems {
  const leaks: string[] = [];
  if (state.author !== undefined && normalize(state.author) !== '' && !same(state.author, court)) leaks.push('Author');
  if (state.creator !== undefined && holdsName(state.creator, court)) leaks.push('Creator');
  for (const key of state.textKeys) leaks.push(`kunci Info tambahan ${key}`);
  const xmp = state.xmp;
  if (xmp !== undefined) {
    if (!xmp.readable) leaks.push('metadata XMP (tidak dapat dibaca untuk diperiksa)');
    if (xmp.creators.some((c) => !same(c, court))) leaks.push('XMP dc:creator');
    if (xmp.creatorTool !== undefined && holdsName(xmp.creatorTool, court)) leaks.push('XMP xmp:CreatorTool');
    const expectedTitle = metadata?.title ?? state.title;
    if (xmp.title !== undefined && (expectedTitle === undefined || !same(xmp.title, expectedTitle))) leaks.push('XMP dc:title');
  }

  // Only a missing or file-name title is a finding: a PDF may carry the document's formal
  // title rather than the entry's. --fix still writes Title, Subject and Keywords from the
  // entry whenever it rewrites the file.
  const description: string[] = [];
  const title = state.title === undefined ? '' : normalize(state.title);
  if (title === '') description.push('Title kosong');
  else if (FILE_NAME_TITLE.test(title)) description.push('Title berisi nama berkas');
  return { leaks, description };
}
