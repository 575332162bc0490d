// Metadata that sharp does not report, found by walking the file's own structure. Pure.
import { addUnique, type MetadataFacts } from './metadata-facts.ts';

/** JPEG markers up to the first scan: COM segments are free text (often editor or camera notes). */
export function readJpegSegments(bytes: Uint8Array, facts: MetadataFacts): void {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return; // start of scan, end of image
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    if (length < 2) return;
    if (marker === 0xfe && length > 2) addUnique(facts.other, 'komentar');
    at += 2 + length;
  }
}

/** PNG text chunks as sharp reports them: Author/Copyright name a person, the rest is commentary. */
export function readPngText(comments: readonly { keyword: string; text: string }[], facts: MetadataFacts): void {
  for (const { keyword, text } of comments) {
    if (text.trim() === '') continue;
    if (/^(author|copyright|artist|creator)$/i.test(keyword)) addUnique(facts.names, `PNG ${keyword}`);
    else if (/^(creation time|date|time)$/i.test(keyword)) addUnique(facts.other, 'waktu');
    else if (/^software$/i.test(keyword)) addUnique(facts.other, 'perangkat-lunak');
    else if (keyword === 'XML:com.adobe.xmp') continue; // reported as XMP
    else addUnique(facts.other, 'komentar');
  }
}
