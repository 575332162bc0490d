// What kind of check a file gets, from where it sits and its extension.
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../src/schema/collections.ts';

export type FileKind =
  | { kind: 'entry'; collection: CollectionName }
  | { kind: 'image' }
  | { kind: 'pdf' }
  /** A file the site does not publish (Word documents, archives…). */
  | { kind: 'unpublished' }
  /** Markdown or YAML outside the collections: never built into the site. */
  | { kind: 'stray-content' };

export const IMAGE_FILE = /\.(jpe?g|png|webp|avif|svg|gif|heic|heif|tiff?|bmp)$/i;

function matchesPattern(rest: string, pattern: string): boolean {
  if (pattern === '**/*.md') return /\.md$/i.test(rest);
  if (pattern === '*.{yml,yaml}') return !rest.includes('/') && /\.ya?ml$/i.test(rest);
  throw new Error(`classify: unknown collection pattern ${pattern}`);
}

/** `contentPath` is relative to the content folder, or undefined for a file outside it. */
export function classify(contentPath: string | undefined, fileName: string): FileKind {
  if (contentPath !== undefined) {
    for (const collection of COLLECTION_NAMES) {
      const { folder, pattern } = COLLECTIONS[collection];
      if (contentPath.startsWith(`${folder}/`) && matchesPattern(contentPath.slice(folder.length + 1), pattern)) {
        return { kind: 'entry', collection };
      }
    }
  }
  if (IMAGE_FILE.test(fileName)) return { kind: 'image' };
  if (/\.pdf$/i.test(fileName)) return { kind: 'pdf' };
  if (/\.(md|ya?ml)$/i.test(fileName)) return { kind: 'stray-content' };
  return { kind: 'unpublished' };
}
