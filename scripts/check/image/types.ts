// The image checker's public shapes: what the engine passes in and gets back.
import type { CheckFinding } from '../../../src/check/finding.ts';

export interface ImageLimits {
  /** Declared width × height (× frames) above this is a decompression bomb and is never decoded. */
  maxPixels: number;
  /** Longest edge in pixels; `--fix` scales larger images down to it. */
  maxEdge: number;
  /** File size in bytes. */
  maxBytes: number;
}

export interface ImageCheckOptions {
  fix: boolean;
  /** With `fix`: write nothing, only list in `fixes` what would change. */
  dryRun: boolean;
  limits: ImageLimits;
  cache?: NormaliseCache;
}

export interface ImageCheckResult {
  /** After a fix that was written: the findings that remain in the written file. */
  findings: CheckFinding[];
  /** Indonesian, one line per change made (or, in a dry run, that would be made). */
  fixes: string[];
  /** Indonesian: why --fix left the file alone although a finding looked fixable. */
  notFixed?: string;
}

export interface NormalisedImage {
  data: Buffer;
  /** sharp's name of the output format: jpeg, png, webp or avif. */
  format: string;
  width: number;
  height: number;
}

export interface NormaliseCacheStats {
  /** Look-ups answered from the cache: a file known to be clean, or a stored normalised output. */
  hits: number;
  /** Look-ups the cache could not answer. */
  misses: number;
  /** Images that had to be re-encoded. */
  encodes: number;
  /** Cache entries dropped because their bytes did not match their hash. */
  rejected: number;
}

/**
 * Content-addressed memory of earlier work, keyed by sha256 and by a settings key (limits,
 * encoder settings, rule and library versions), so changing any of them starts afresh.
 */
export interface NormaliseCache {
  readonly dir: string;
  /** Live counters, for benchmarks and the CLI summary. */
  readonly stats: NormaliseCacheStats;
  /** Problems met while reading the cache (corrupt index, bad entries); the cache carried on without them. */
  readonly problems: readonly string[];
  /** True when bytes with this hash were checked clean, or written by `--fix`, under these settings. */
  isClean(settingsKey: string, hash: string): Promise<boolean>;
  markClean(settingsKey: string, hash: string): Promise<void>;
  /** The normalised output stored for this input, verified against its hash; undefined if none or corrupt. */
  getOutput(settingsKey: string, inputHash: string): Promise<Buffer | undefined>;
  putOutput(settingsKey: string, inputHash: string, output: Buffer): Promise<void>;
}
