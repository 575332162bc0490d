// What the raw bytes say before any parser runs: is this a PDF at all, is it complete,
// is it encrypted. Pure functions over the file's bytes.

/** Viewers look for the header in the first 1024 bytes; so do we. */
const HEADER_WINDOW = 1024;
/** Acrobat requires %%EOF within the last 1024 bytes; a file cut short has none there. */
const EOF_WINDOW = 1024;

function latin1(bytes: Uint8Array, start = 0, end = bytes.byteLength): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, end - start)).toString('latin1');
}

export function hasPdfHeader(bytes: Uint8Array): boolean {
  return latin1(bytes, 0, Math.min(bytes.byteLength, HEADER_WINDOW)).includes('%PDF-');
}

export function hasEndOfFileMarker(bytes: Uint8Array): boolean {
  return latin1(bytes, Math.max(0, bytes.byteLength - EOF_WINDOW)).includes('%%EOF');
}

/** What a file that is not a PDF most likely is, in words an operator knows; undefined if unknown. */
export function describeNonPdf(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes, 0, Math.min(bytes.byteLength, 512));
  if (bytes.byteLength === 0) return 'berkas kosong (0 byte)';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'gambar JPEG';
  if (head.startsWith('\x89PNG')) return 'gambar PNG';
  if (head.startsWith('PK\x03\x04')) return 'arsip ZIP atau dokumen Office (.docx/.xlsx)';
  if (head.startsWith('\xd0\xcf\x11\xe0')) return 'dokumen Office lama (.doc/.xls)';
  if (/^\s*(?:<!doctype html|<html|<\?xml|<)/i.test(head)) return 'halaman web (HTML)';
  if (head.startsWith('{\\rtf')) return 'dokumen RTF';
  return undefined;
}

/** A trailer key with every letter possibly written as a #xx escape, hex in either case. */
function escapedKey(key: string): string {
  return [...key]
    .map((c) => {
      const hex = c.charCodeAt(0).toString(16);
      return `(?:${c}|#(?:${hex.toLowerCase()}|${hex.toUpperCase()}))`;
    })
    .join('');
}

/** The trailer (or cross-reference stream) key: followed by a reference or a dictionary. */
const ENCRYPT_ENTRY = new RegExp(`/${escapedKey('Encrypt')}(?:\\s+\\d+\\s+\\d+\\s+R|\\s*<<)`);
const INFO_ENTRY = new RegExp(`/${escapedKey('Info')}\\s+(\\d+)\\s+(\\d+)\\s+R`, 'g');

/**
 * Whether any trailer or cross-reference stream of the file names an encryption
 * dictionary. pdf-lib's `isEncrypted` keeps only the last cross-reference stream's
 * entries, and in a linearized file that one carries no /Encrypt (it is in the first-page
 * trailer), so the bytes are read as well.
 */
export function hasEncryptEntry(bytes: Uint8Array): boolean {
  return ENCRYPT_ENTRY.test(latin1(bytes));
}

/**
 * Every `/Info n g R` in the file, last first: where the document information dictionary
 * is when pdf-lib lost the trailer's /Info (same cause as for /Encrypt).
 */
export function infoReferences(bytes: Uint8Array): { objectNumber: number; generation: number }[] {
  return [...latin1(bytes).matchAll(INFO_ENTRY)]
    .map((m) => ({ objectNumber: Number(m[1]), generation: Number(m[2]) }))
    .reverse();
}
