// What `--fix` writes into a PDF's metadata: planned as plain data, then applied to the
// document parsed by pdf-lib.
import { PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument } from 'pdf-lib';
import { DEFAULT_LANGUAGE, infoDict, LAMAN, normalize, type MetadataState } from './metadata.ts';
import { nameText } from './names.ts';
import type { PdfMetadata } from './types.ts';

/** Kept as they are by a fix; every other Info key is rewritten or removed. */
const KEPT_INFO_KEYS = new Set(['CreationDate', 'ModDate', 'Trapped']);

export interface InfoTarget {
  title?: string;
  subject?: string;
  keywords?: string;
  author: string;
  creator: string;
  producer: string;
  lang: string;
  removeXmp: boolean;
  removeKeys: string[];
}

export interface MetadataFixPlan {
  target: InfoTarget;
  /** Indonesian, one per change. Old values are not repeated: they may be a person's name. */
  lines: string[];
}

export function planMetadataFix(state: MetadataState, court: string, metadata: PdfMetadata | undefined): MetadataFixPlan {
  const wantedTitle = metadata !== undefined && normalize(metadata.title) !== '' ? normalize(metadata.title) : state.title;
  const target: InfoTarget = {
    author: normalize(court),
    creator: LAMAN,
    producer: LAMAN,
    lang: state.lang !== undefined && normalize(state.lang) !== '' ? state.lang : DEFAULT_LANGUAGE,
    removeXmp: state.xmp !== undefined,
    removeKeys: [...state.extraKeys],
  };
  if (wantedTitle !== undefined) target.title = wantedTitle;
  const subject = metadata?.subject !== undefined ? normalize(metadata.subject) : state.subject;
  if (subject !== undefined) target.subject = subject;
  const keywords = metadata?.keywords !== undefined ? metadata.keywords.map(normalize).filter((k) => k !== '').join(', ') : state.keywords;
  if (keywords !== undefined) target.keywords = keywords;

  const lines: string[] = [];
  const field = (label: string, before: string | undefined, after: string | undefined) => {
    if (after === undefined || before === after) return;
    lines.push(before === undefined || normalize(before) === '' ? `${label} diisi "${after}"` : `${label} diganti menjadi "${after}"`);
  };
  field('Title', state.title, target.title);
  field('Subject', state.subject, target.subject);
  field('Keywords', state.keywords, target.keywords);
  field('Author', state.author, target.author);
  field('Creator', state.creator, target.creator);
  field('Producer', state.producer, target.producer);
  if (state.lang !== target.lang) lines.push(`Bahasa dokumen (/Lang) diisi "${target.lang}"`);
  if (target.removeKeys.length > 0) lines.push(`Kunci Info tambahan dihapus: ${target.removeKeys.join(', ')}`);
  if (target.removeXmp) lines.push('Metadata XMP dihapus');
  return { target, lines };
}

/** Rewrites Info and the catalog in place; the old XMP object is deleted, not just unlinked. */
export function applyMetadataFix(doc: PDFDocument, target: InfoTarget): void {
  const { context, catalog } = doc;
  let info = infoDict(doc);
  if (info === undefined) {
    info = context.obj({});
    context.trailerInfo.Info = context.register(info);
  }
  for (const name of info.keys()) {
    if (!KEPT_INFO_KEYS.has(nameText(name))) info.delete(name);
  }
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined) info.set(PDFName.of(key), PDFHexString.fromText(value));
  };
  put('Title', target.title);
  put('Subject', target.subject);
  put('Keywords', target.keywords);
  put('Author', target.author);
  put('Creator', target.creator);
  put('Producer', target.producer);

  for (const name of catalog.keys()) {
    const key = nameText(name);
    if (key === 'Lang') catalog.delete(name);
    if (key === 'Metadata' && target.removeXmp) {
      const value = catalog.get(name);
      catalog.delete(name);
      if (value instanceof PDFRef) context.delete(value);
    }
  }
  catalog.set(PDFName.of('Lang'), PDFString.of(target.lang));
}
