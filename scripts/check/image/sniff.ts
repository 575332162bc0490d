// What a file really is, from its first bytes, and what its name says it should be. Pure.

/** Formats recognised by their signature. Only some of them are published (see PUBLISHED_FORMATS). */
export type ImageFormat =
  | 'jpeg' | 'png' | 'webp' | 'avif' | 'svg'
  | 'gif' | 'tiff' | 'bmp' | 'heic' | 'jxl' | 'jp2' | 'ico' | 'psd';

export type RasterFormat = 'jpeg' | 'png' | 'webp' | 'avif';

export const PUBLISHED_FORMATS: ReadonlySet<ImageFormat> = new Set(['jpeg', 'png', 'webp', 'avif', 'svg']);

export const FORMAT_LABEL: Readonly<Record<ImageFormat, string>> = {
  jpeg: 'JPEG', png: 'PNG', webp: 'WebP', avif: 'AVIF', svg: 'SVG', gif: 'GIF', tiff: 'TIFF',
  bmp: 'BMP', heic: 'HEIC', jxl: 'JPEG XL', jp2: 'JPEG 2000', ico: 'ICO', psd: 'Photoshop (PSD)',
};

/** The usual extension for each format, for "rename it to …" hints. */
export const FORMAT_EXTENSION: Readonly<Record<ImageFormat, string>> = {
  jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif', svg: 'svg', gif: 'gif', tiff: 'tif',
  bmp: 'bmp', heic: 'heic', jxl: 'jxl', jp2: 'jp2', ico: 'ico', psd: 'psd',
};

const EXTENSION_FORMAT: Readonly<Record<string, ImageFormat>> = {
  jpg: 'jpeg', jpeg: 'jpeg', jpe: 'jpeg', jfif: 'jpeg', png: 'png', webp: 'webp', avif: 'avif',
  svg: 'svg', gif: 'gif', tif: 'tiff', tiff: 'tiff', bmp: 'bmp', heic: 'heic', heif: 'heic',
  jxl: 'jxl', jp2: 'jp2', ico: 'ico', psd: 'psd',
};

export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The format a file name promises, or undefined when the extension is not an image extension. */
export function formatFromExtension(path: string): ImageFormat | undefined {
  return EXTENSION_FORMAT[extensionOf(path)];
}

export type Sniffed =
  | { kind: 'image'; format: ImageFormat }
  /** Not an image; `what` is an Indonesian description of what it seems to be. */
  | { kind: 'other'; what: string };

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1', 'mif2']);

function ascii(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < Math.min(end, bytes.length); i++) text += String.fromCharCode(bytes[i] ?? 0);
  return text;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

function sniffIsoMedia(bytes: Uint8Array): ImageFormat | undefined {
  if (ascii(bytes, 4, 8) !== 'ftyp') return undefined;
  const boxSize = ((bytes[0] ?? 0) << 24 >>> 0) + ((bytes[1] ?? 0) << 16) + ((bytes[2] ?? 0) << 8) + (bytes[3] ?? 0);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= Math.min(boxSize, bytes.length, 256); at += 4) brands.push(ascii(bytes, at, at + 4));
  if (brands.includes('avif') || brands.includes('avis')) return 'avif';
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return 'heic';
  return undefined;
}

/**
 * SVG when, after an optional BOM, XML declaration, comments, processing instructions and
 * DOCTYPE, the first element is `<svg` (possibly prefixed, `<svg:svg`). An HTML page that
 * merely contains an inline `<svg>` is not SVG.
 */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  let text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  text = text.replace(/^\uFEFF/, '');
  for (;;) {
    const before = text;
    text = text.replace(/^\s+/, '');
    if (text.startsWith('<?')) text = cut(text, '?>');
    else if (text.startsWith('<!--')) text = cut(text, '-->');
    else if (/^<!DOCTYPE/i.test(text)) text = cutDoctype(text);
    if (text === before) break;
  }
  return /^<(?:[A-Za-z_][\w.-]*:)?svg[\s/>]/.test(text);
}

function cut(text: string, end: string): string {
  const at = text.indexOf(end);
  return at < 0 ? '' : text.slice(at + end.length);
}

function cutDoctype(text: string): string {
  const subset = text.indexOf('[');
  const close = text.indexOf('>');
  if (subset >= 0 && subset < close) return cut(text.slice(subset), ']>').replace(/^\s*>/, '');
  return close < 0 ? '' : text.slice(close + 1);
}

function describeNonImage(bytes: Uint8Array): string {
  const head = ascii(bytes, 0, 512).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (bytes.length === 0) return 'berkas kosong';
  if (head.startsWith('%pdf-')) return 'dokumen PDF';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|div|p|script)[\s>]/.test(head)) return 'halaman HTML';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'arsip ZIP atau dokumen Office';
  if (ascii(bytes, 4, 8) === 'ftyp') return 'berkas video atau audio';
  if (head.startsWith('<')) return 'dokumen XML atau HTML';
  const printable = Array.from(bytes.subarray(0, 512)).filter((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127) || b >= 128).length;
  if (printable === Math.min(bytes.length, 512)) return 'teks biasa';
  return 'data yang tidak dikenali';
}

export function sniff(bytes: Uint8Array): Sniffed {
  const image = sniffImage(bytes);
  return image ? { kind: 'image', format: image } : { kind: 'other', what: describeNonImage(bytes) };
}

function sniffImage(bytes: Uint8Array): ImageFormat | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  const iso = sniffIsoMedia(bytes);
  if (iso) return iso;
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(bytes, [0xff, 0x0a]) || startsWith(bytes, [0, 0, 0, 0x0c, 0x4a, 0x58, 0x4c, 0x20, 0x0d, 0x0a, 0x87, 0x0a])) return 'jxl';
  if (startsWith(bytes, [0, 0, 0, 0x0c, 0x6a, 0x50, 0x20, 0x20])) return 'jp2';
  if (ascii(bytes, 0, 4) === '8BPS') return 'psd';
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length >= 26) return 'bmp';
  if (startsWith(bytes, [0, 0, 1, 0]) && bytes.length >= 22) return 'ico';
  if (looksLikeSvg(bytes)) return 'svg';
  return undefined;
}
