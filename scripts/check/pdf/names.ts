// PDF names as a viewer reads them, and dictionary look-ups by that reading.
// A name may escape any character as #xx with upper- or lowercase hex (`/J#61vaScript`,
// `/#4aavaScript`). pdf-lib decodes only uppercase escapes when it parses, so a dictionary
// key written with lowercase hex is invisible to `dict.get(PDFName.of('JavaScript'))`.
// These helpers decode every escape, so the checks see what Acrobat and pdf.js execute.
import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';

const decoded = new Map<PDFName, string>();

/** Decodes `#xx` escapes, either case. */
export function decodeNameEscapes(raw: string): string {
  return raw.includes('#') ? raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : raw;
}

/** The name without its slash, every escape decoded (pdf-lib names are pooled, so cached). */
export function nameText(name: PDFName): string {
  let text = decoded.get(name);
  if (text === undefined) {
    text = decodeNameEscapes(name.decodeText());
    decoded.set(name, text);
  }
  return text;
}

/** Follows a reference; anything else is returned as it is. */
export function resolve(context: PDFContext, object: PDFObject | undefined): PDFObject | undefined {
  return object instanceof PDFRef ? context.lookup(object) : object;
}

/** A dictionary, or the dictionary of a stream. */
export function dictOf(object: PDFObject | undefined): PDFDict | undefined {
  if (object instanceof PDFDict) return object;
  if (object instanceof PDFStream) return object.dict;
  return undefined;
}

/** The value under `key`, matching keys by their decoded text; not resolved. */
export function entry(dict: PDFDict, key: string): PDFObject | undefined {
  const direct = dict.get(PDFName.of(key));
  if (direct !== undefined) return direct;
  for (const [name, value] of dict.entries()) if (nameText(name) === key) return value;
  return undefined;
}

/** `entry` resolved through a reference. */
export function lookup(context: PDFContext, dict: PDFDict, key: string): PDFObject | undefined {
  return resolve(context, entry(dict, key));
}

/** The decoded text of a name value under `key` (`/S /JavaScript` → "JavaScript"). */
export function nameAt(context: PDFContext, dict: PDFDict, key: string): string | undefined {
  const value = lookup(context, dict, key);
  return value instanceof PDFName ? nameText(value) : undefined;
}

/** The decoded keys of a dictionary. */
export function keysOf(dict: PDFDict): string[] {
  return dict.keys().map(nameText);
}

/** The elements of an array value, resolved; a single value counts as a one-element array. */
export function elements(context: PDFContext, object: PDFObject | undefined): PDFObject[] {
  const resolved = resolve(context, object);
  if (resolved === undefined) return [];
  if (resolved instanceof PDFArray) return resolved.asArray().map((item) => resolve(context, item)).filter((item) => item !== undefined);
  return [resolved];
}
