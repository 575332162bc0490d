// Shared by the image tests: fixture paths, temporary copies, and an Indonesian-text check.
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

export const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/check/gambar/', import.meta.url));

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

export interface TempDir {
  path: string;
  /** Copies fixtures into the temporary folder and returns the copy's path. */
  copy(name: string, as?: string): Promise<string>;
  remove(): Promise<void>;
}

export async function makeTempDir(): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), 'laman-gambar-'));
  return {
    path,
    async copy(name, as = name) {
      const target = join(path, as);
      await copyFile(fixture(name), target);
      return target;
    },
    remove: () => rm(path, { recursive: true, force: true }),
  };
}

const INDONESIAN = /\b(ini|itu|yang|dan|tidak|untuk|atau|berkas|gambar|dengan|dapat|sehingga|lalu|semua|jalankan|dari|pada|akan|bila|di|ke)\b/gi;
const ENGLISH = /\b(the|is|are|file|image|with|and|not|this)\b/gi;

/**
 * Enough Indonesian function words, and none of the common English ones in the prose (element
 * names, quoted commands and parenthesised technical detail are not prose).
 */
export function looksIndonesian(text: string): boolean {
  const prose = text.replace(/\([^)]*\)/g, '').replace(/`[^`]*`/g, '').replace(/<[^>]*>/g, '');
  return (prose.match(INDONESIAN)?.length ?? 0) >= 2 && (prose.match(ENGLISH)?.length ?? 0) === 0;
}

/**
 * A 32×32 greyscale thumbnail of what a viewer sees (EXIF orientation applied). Averaging down
 * to 32×32 keeps layout and tone and discards encoder noise.
 */
export async function viewedThumbnail(data: Buffer | string): Promise<Uint8Array> {
  return sharp(data).autoOrient().resize(32, 32, { fit: 'fill' }).greyscale().raw().toBuffer();
}

/** The stored pixels, ignoring EXIF orientation. */
export async function storedThumbnail(data: Buffer | string): Promise<Uint8Array> {
  return sharp(data).resize(32, 32, { fit: 'fill' }).greyscale().raw().toBuffer();
}

export function meanAbsoluteDifference(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) throw new Error(`meanAbsoluteDifference: lengths differ (${a.length} vs ${b.length})`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return sum / a.length;
}
