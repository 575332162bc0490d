// Image checks for `laman check`: raster metadata, format, damage and size; SVG scripts,
// external references and entities. `--fix` normalises in place.
export { checkImageFile } from './check-file.ts';
export { normaliseImage } from './normalise.ts';
export { createNormaliseCache } from './cache.ts';
export { DEFAULT_IMAGE_LIMITS, ENCODER_SETTINGS, settingsKey } from './settings.ts';
export type {
  ImageCheckOptions,
  ImageCheckResult,
  ImageLimits,
  NormaliseCache,
  NormaliseCacheStats,
  NormalisedImage,
} from './types.ts';
