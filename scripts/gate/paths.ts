// Which changed files are content: the chain applies to content only, and a pull
// request may not mix content with anything else.
import type { ChangedFile } from './snapshot.ts';

export interface PathSplit {
  /** Content files (by their path, and their previous path for renames). */
  content: string[];
  /** Everything else the pull request touches. */
  other: string[];
}

export function isContentPath(path: string, folder: string): boolean {
  return path.startsWith(folder);
}

/** Splits every path a pull request touches; a rename touches both its old and its new path. */
export function splitPaths(files: readonly ChangedFile[], folder: string): PathSplit {
  const touched = files.flatMap((f) => (f.previousPath !== undefined && f.previousPath !== f.path ? [f.previousPath, f.path] : [f.path]));
  const unique = [...new Set(touched)].sort();
  return {
    content: unique.filter((p) => isContentPath(p, folder)),
    other: unique.filter((p) => !isContentPath(p, folder)),
  };
}
