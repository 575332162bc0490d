// Files stored beside the content (images, PDFs, the logo) and their public URLs.
// A frontmatter reference is relative to the entry that names it; the file is published
// at /berkas/<path inside the content folder>.
import path from 'node:path';

export const BERKAS_URL_PREFIX = '/berkas/';

/** Extensions published from the content folder; anything else stays private. */
export const BERKAS_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png', 'webp', 'avif', 'svg'] as const;

export function isPublishedFile(file: string): boolean {
  const ext = path.extname(file).slice(1).toLowerCase();
  return (BERKAS_EXTENSIONS as readonly string[]).includes(ext);
}

export interface Berkas {
  /** Absolute path on disk. */
  absPath: string;
  /** Path inside the content folder, with forward slashes. */
  contentPath: string;
  url: string;
}

/**
 * Resolves `ref` (from the frontmatter of the entry at `entryFile`) against the content
 * folder. Throws when the reference leaves the content folder.
 */
export function resolveBerkas(contentRoot: string, entryFile: string, ref: string): Berkas {
  const absPath = path.resolve(path.dirname(entryFile), ref);
  const contentPath = path.relative(contentRoot, absPath).split(path.sep).join('/');
  if (contentPath.startsWith('../') || path.isAbsolute(contentPath)) {
    throw new Error(`Berkas "${ref}" yang dirujuk ${entryFile} berada di luar folder konten`);
  }
  return { absPath, contentPath, url: BERKAS_URL_PREFIX + contentPath.split('/').map(encodeURIComponent).join('/') };
}
