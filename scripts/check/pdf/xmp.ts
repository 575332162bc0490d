// The XMP packet of a PDF: the fields that can name a person. Parsed with regular
// expressions, which is enough for the few properties read here and needs no XML library.
import { decodePDFRawStream, PDFRawStream, type PDFObject } from 'pdf-lib';

export interface XmpState {
  /** false when the stream cannot be decoded: nothing is known of what it says. */
  readable: boolean;
  creators: string[];
  creatorTool?: string;
  title?: string;
}

function decodeXml(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The `rdf:li` items of an element, or its text when it has none. */
function items(inner: string): string[] {
  const listed = [...inner.matchAll(/<rdf:li\b[^>]*>([\s\S]*?)<\/rdf:li>/g)].map((m) => decodeXml(m[1] ?? '').trim());
  if (listed.length > 0) return listed;
  const plain = decodeXml(inner.replace(/<[^>]*>/g, '')).trim();
  return plain === '' ? [] : [plain];
}

function property(xml: string, qualifiedName: string): string[] | undefined {
  const element = new RegExp(`<${qualifiedName}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${qualifiedName}>)`).exec(xml);
  if (element) return items(element[1] ?? '');
  const attribute = new RegExp(`\\s${qualifiedName}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(xml);
  if (attribute) return [decodeXml(attribute[1] ?? attribute[2] ?? '').trim()];
  return undefined;
}

/** The fields of an XMP packet that can name a person. The prefix of CreatorTool varies (xmp:, xap:). */
export function parseXmp(xml: string): XmpState {
  const state: XmpState = { readable: true, creators: property(xml, 'dc:creator') ?? [] };
  const tool = property(xml, 'xmp:CreatorTool') ?? property(xml, 'xap:CreatorTool');
  if (tool?.[0] !== undefined) state.creatorTool = tool[0];
  const title = property(xml, 'dc:title');
  if (title?.[0] !== undefined) state.title = title[0];
  return state;
}

/** A catalog /Metadata value; a stream that cannot be decoded is reported as unreadable. */
export function readXmp(object: PDFObject): XmpState {
  if (!(object instanceof PDFRawStream)) return { readable: false, creators: [] };
  let xml: string;
  try {
    xml = new TextDecoder().decode(decodePDFRawStream(object).decode());
  } catch {
    // An unsupported filter or damaged data: reported as an unreadable packet.
    return { readable: false, creators: [] };
  }
  return parseXmp(xml);
}
