// Wires the image and PDF checks into the engine, with the project's limits and cache.
import path from 'node:path';
import type { FileCheckers } from './engine.ts';
import { checkImageFile, createNormaliseCache, DEFAULT_IMAGE_LIMITS, type NormaliseCache } from './image/index.ts';
import { checkPdfFile, DEFAULT_PDF_LIMITS } from './pdf/index.ts';

export interface CheckersOptions {
  /** Where normalised images are cached between runs. */
  cacheDir: string;
}

export function createFileCheckers({ cacheDir }: CheckersOptions): FileCheckers & { cache(): Promise<NormaliseCache> } {
  let cache: Promise<NormaliseCache> | undefined;
  const getCache = () => (cache ??= createNormaliseCache(path.join(cacheDir, 'gambar')));
  return {
    cache: getCache,
    async image(absPath, file, { fix, dryRun }) {
      return checkImageFile(absPath, file, { fix, dryRun, limits: DEFAULT_IMAGE_LIMITS, cache: await getCache() });
    },
    async pdf(absPath, file, { fix, dryRun, settings, metadata }) {
      return checkPdfFile(absPath, file, {
        fix,
        dryRun,
        limits: DEFAULT_PDF_LIMITS,
        court: settings.court,
        allowlist: settings.allowlist,
        ...(metadata ? { metadata } : {}),
      });
    },
  };
}
