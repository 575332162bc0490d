// The one place the checker asks sharp about a raster image: header and metadata first, then
// (unless the header already declares a bomb) a full decode that proves the pixel data is whole.
import sharp from 'sharp';
import type { Metadata } from 'sharp';
import { readJpegSegments, readPngText } from './containers.ts';
import { readExif } from './exif.ts';
import { readIptc } from './iptc.ts';
import { addUnique, emptyFacts, type MetadataFacts } from './metadata-facts.ts';
import type { RasterFormat } from './sniff.ts';
import type { ImageLimits } from './types.ts';
import { readXmp } from './xmp.ts';

export interface RasterHeader {
  width: number;
  /** Height of one frame. */
  height: number;
  frames: number;
  /** Declared width × frame height × frames. */
  pixels: number;
  isPalette: boolean;
}

export type RasterInspection =
  | { kind: 'unreadable'; detail: string }
  | { kind: 'bomb'; header: RasterHeader }
  | { kind: 'corrupt'; detail: string; header: RasterHeader }
  | { kind: 'ok'; header: RasterHeader; facts: MetadataFacts };

function errorDetail(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').map((line) => line.trim()).filter(Boolean).slice(0, 2).join('; ') || 'tanpa keterangan';
}

/** Runs sharp on bytes from a user's file: any failure is a fact about the file, not a crash. */
export async function inspectRaster(bytes: Buffer, format: RasterFormat, limits: ImageLimits): Promise<RasterInspection> {
  let metadata: Metadata;
  try {
    // Reads the header only; no pixel memory is allocated here whatever the declared size.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    return { kind: 'unreadable', detail: errorDetail(error) };
  }
  const frames = Math.max(1, metadata.pages ?? 1);
  const frameHeight = metadata.pageHeight ?? metadata.height;
  const header: RasterHeader = {
    width: metadata.width,
    height: frameHeight,
    frames,
    pixels: metadata.width * frameHeight * frames,
    isPalette: metadata.isPalette,
  };
  if (header.pixels > limits.maxPixels) return { kind: 'bomb', header };

  try {
    // failOn 'error' catches truncated and corrupt data but not libpng's harmless warnings
    // (such as a slightly wrong sRGB profile). Shrinking keeps the decode cheap; every byte
    // of the compressed data is still read.
    await sharp(bytes, { failOn: 'error', limitInputPixels: limits.maxPixels, sequentialRead: true, animated: frames > 1 })
      .resize(64, 64, { fit: 'inside' })
      .raw()
      .toBuffer();
  } catch (error) {
    return { kind: 'corrupt', detail: errorDetail(error), header };
  }

  const facts = emptyFacts();
  if (metadata.exif) readExif(metadata.exif, facts);
  if (metadata.orientation !== undefined && metadata.orientation !== facts.orientation && metadata.orientation >= 1 && metadata.orientation <= 8) {
    facts.orientation = metadata.orientation;
    if (metadata.orientation !== 1) addUnique(facts.other, 'orientasi');
  }
  if (metadata.iptc) readIptc(metadata.iptc, facts);
  if (metadata.xmp) readXmp(metadata.xmpAsString ?? metadata.xmp.toString('utf8'), facts);
  if (metadata.comments) readPngText(metadata.comments, facts);
  if (format === 'jpeg') readJpegSegments(bytes, facts);
  return { kind: 'ok', header, facts };
}
