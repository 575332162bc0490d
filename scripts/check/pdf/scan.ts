// Scans without a text layer: pages that draw an image but carry (almost) no text a reader
// can search or copy. A page with a logo and a real paragraph is fine; a photographed or
// scanned page without OCR is not.
import { PDFDict, PDFName, type PDFContext, type PDFPageLeaf } from 'pdf-lib';
import { dictOf, lookup, nameAt, resolve } from './names.ts';

/** Fewer non-blank characters than this on an image page counts as no text. */
export const MIN_TEXT_CHARS = 20;
/** Form XObjects nest; deeper than this is not followed. */
const MAX_FORM_DEPTH = 8;

/** Whether the page's resources (or a form XObject they use) hold an image XObject. */
export function pageDrawsImage(context: PDFContext, page: PDFPageLeaf): boolean {
  const resources = resolve(context, page.getInheritableAttribute(PDFName.of('Resources')));
  return resourcesHoldImage(context, resources instanceof PDFDict ? resources : undefined, new Set(), 0);
}

function resourcesHoldImage(context: PDFContext, resources: PDFDict | undefined, seen: Set<PDFDict>, depth: number): boolean {
  if (resources === undefined || seen.has(resources) || depth > MAX_FORM_DEPTH) return false;
  seen.add(resources);
  const xobjects = dictOf(lookup(context, resources, 'XObject'));
  if (xobjects === undefined) return false;
  for (const [, value] of xobjects.entries()) {
    const xobject = dictOf(resolve(context, value));
    if (xobject === undefined) continue;
    const subtype = nameAt(context, xobject, 'Subtype');
    if (subtype === 'Image') return true;
    if (subtype === 'Form') {
      const inner = dictOf(lookup(context, xobject, 'Resources'));
      if (resourcesHoldImage(context, inner, seen, depth + 1)) return true;
    }
  }
  return false;
}

function visibleCharacters(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** 1-based numbers of the pages that draw an image and have almost no text. */
export function scannedPages(drawsImage: readonly boolean[], texts: readonly string[]): number[] {
  const pages: number[] = [];
  drawsImage.forEach((image, index) => {
    if (image && visibleCharacters(texts[index] ?? '') < MIN_TEXT_CHARS) pages.push(index + 1);
  });
  return pages;
}
