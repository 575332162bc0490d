// Limits, encoder settings and the key that ties cached work to both.
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { ImageLimits } from './types.ts';

export const DEFAULT_IMAGE_LIMITS: Readonly<ImageLimits> = Object.freeze({
  maxPixels: 100_000_000,
  maxEdge: 2560,
  maxBytes: 5 * 1024 * 1024,
});

/**
 * How `--fix` re-encodes. JPEG and WebP at 80 and AVIF at 50 look the same as the source at
 * web sizes; PNG stays lossless (a palette only when it provably changes no pixel).
 */
export const ENCODER_SETTINGS = Object.freeze({
  jpeg: { quality: 80, mozjpeg: true, progressive: true },
  png: { compressionLevel: 9, adaptiveFiltering: true, palette: false },
  /** Tried only for palette input, and kept only when the pixels come out identical. */
  pngPalette: { palette: true, quality: 100, dither: 0, colours: 256 },
  webp: { quality: 80, effort: 4 },
  avif: { quality: 50, effort: 4 },
});

/** Bump when a rule changes what it reports, so files cached as clean are checked again. */
export const RULES_VERSION = 1;

/** The cache key part that changes whenever limits, encoders, rules or libraries do. */
export function settingsKey(limits: ImageLimits): string {
  const material = JSON.stringify({
    rules: RULES_VERSION,
    limits: { maxPixels: limits.maxPixels, maxEdge: limits.maxEdge, maxBytes: limits.maxBytes },
    encoders: ENCODER_SETTINGS,
    sharp: sharp.versions.sharp,
    vips: sharp.versions.vips,
  });
  return createHash('sha256').update(material).digest('hex').slice(0, 16);
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
