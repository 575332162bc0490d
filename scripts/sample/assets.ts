// Writes the sample court's PDFs and JPEGs (scripts/sample/assets-spec.ts) into a content
// folder. The output is byte-identical between runs, so the committed files can be
// checked against the generator (`laman sample assets --check`).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeJpeg } from '../lib/image.ts';
import { makePdf } from '../lib/pdf.ts';
import { JPEG_ASSETS, PDF_ASSETS } from './assets-spec.ts';

export interface GenerateSampleAssetsOptions {
  /** Absolute path of the content folder the assets are written into. */
  contentDir: string;
  log: (line: string) => void;
}

/** Every asset path the generator writes, relative to the content folder, in order. */
export function sampleAssetPaths(): string[] {
  return [...PDF_ASSETS.map((a) => a.path), ...JPEG_ASSETS.map((a) => a.path)];
}

/**
 * Generates every sample asset. `written` lists the paths relative to `contentDir`
 * (with "/" separators), in the order of the spec.
 */
export async function generateSampleAssets(opts: GenerateSampleAssetsOptions): Promise<{ written: string[] }> {
  const written: string[] = [];
  const write = async (relative: string, bytes: Uint8Array) => {
    const target = resolveInside(opts.contentDir, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
    written.push(relative);
    opts.log(`wrote ${relative} (${bytes.byteLength} bytes)`);
  };
  for (const asset of PDF_ASSETS) await write(asset.path, await makePdf(asset));
  for (const asset of JPEG_ASSETS) await write(asset.path, await makeJpeg(asset));
  return { written };
}

/** Joins a spec path onto the content folder, refusing paths that would leave it. */
function resolveInside(root: string, relative: string): string {
  if (path.isAbsolute(relative) || relative.split('/').includes('..')) {
    throw new Error(`asset path must stay inside the content folder: ${relative}`);
  }
  return path.join(root, ...relative.split('/'));
}
