// Re-encodes a raster image the way --fix publishes it: orientation applied to the pixels,
// colours converted to sRGB, every metadata block dropped, longest edge capped.
import sharp from 'sharp';
import type { Metadata, Sharp } from 'sharp';
import { ENCODER_SETTINGS } from './settings.ts';
import type { ImageLimits, NormalisedImage } from './types.ts';

type OutputFormat = 'jpeg' | 'png' | 'webp' | 'avif';

function outputFormat(metadata: Metadata): OutputFormat {
  const { format } = metadata;
  if (format === 'jpeg' || format === 'png' || format === 'webp') return format;
  if (format === 'heif' && metadata.compression === 'av1') return 'avif';
  throw new Error(
    `normaliseImage: ${format}${metadata.compression ? ` (${metadata.compression})` : ''} is not a published format; only JPEG, PNG, WebP and AVIF are normalised. Check the file with checkImageFile first.`,
  );
}

/**
 * Without withMetadata/keepMetadata sharp writes no EXIF, XMP, IPTC or ICC profile, and converts
 * pixels from any embedded profile to sRGB: colours stay right with nothing left behind.
 */
function encode(pipeline: Sharp, format: OutputFormat, palette = false): Sharp {
  switch (format) {
    case 'jpeg':
      return pipeline.jpeg(ENCODER_SETTINGS.jpeg);
    case 'png':
      return pipeline.png(palette ? { ...ENCODER_SETTINGS.png, ...ENCODER_SETTINGS.pngPalette } : ENCODER_SETTINGS.png);
    case 'webp':
      return pipeline.webp(ENCODER_SETTINGS.webp);
    case 'avif':
      return pipeline.avif(ENCODER_SETTINGS.avif);
  }
}

async function samePixels(a: Buffer, b: Buffer): Promise<boolean> {
  const [left, right] = await Promise.all(
    [a, b].map((data) => sharp(data).ensureAlpha().raw().toBuffer({ resolveWithObject: true })),
  );
  return (
    left !== undefined && right !== undefined &&
    left.info.width === right.info.width && left.info.height === right.info.height &&
    left.data.equals(right.data)
  );
}

/** Throws for input that is not a decodable JPEG, PNG, WebP or AVIF within limits.maxPixels. */
export async function normaliseImage(input: Buffer, limits: ImageLimits): Promise<NormalisedImage> {
  const metadata = await sharp(input, { limitInputPixels: limits.maxPixels }).metadata();
  const format = outputFormat(metadata);
  const animated = (metadata.pages ?? 1) > 1;
  const pipeline = (): Sharp => {
    const base = sharp(input, { failOn: 'error', limitInputPixels: limits.maxPixels, animated });
    // Multi-frame images carry no EXIF orientation in practice, and sharp cannot rotate them.
    return (animated ? base : base.autoOrient()).resize({
      width: limits.maxEdge,
      height: limits.maxEdge,
      fit: 'inside',
      withoutEnlargement: true,
    });
  };
  let result = await encode(pipeline(), format).toBuffer({ resolveWithObject: true });
  if (format === 'png' && metadata.isPalette && !animated) {
    // A palette keeps small graphics small, but only when it loses nothing: proven by comparing pixels.
    const paletted = await encode(pipeline(), format, true).toBuffer({ resolveWithObject: true });
    if (paletted.data.length < result.data.length && (await samePixels(paletted.data, result.data))) result = paletted;
  }
  const height = animated ? (result.info.pageHeight ?? result.info.height) : result.info.height;
  return { data: result.data, format, width: result.info.width, height };
}
