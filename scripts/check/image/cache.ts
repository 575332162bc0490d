// A content-addressed cache on disk so a second `--fix` re-encodes nothing.
//
//   <dir>/objects/<sha256>          normalised outputs, named by the hash of their bytes
//   <dir>/index-<settingsKey>.json  per settings key: inputs → output hash, and hashes known clean
//
// Outputs are verified against their name before use; a mismatch is dropped and remade.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { sha256 } from './settings.ts';
import type { NormaliseCache, NormaliseCacheStats } from './types.ts';

const HASH = /^[0-9a-f]{64}$/;
const KEY = /^[0-9a-f]{8,64}$/;
const INDEX_FORMAT = 1;

interface Index {
  /** Input hash → output hash. */
  outputs: Map<string, string>;
  /** Hashes of bytes that checked clean (including every written output). */
  clean: Set<string>;
}

interface IndexFile {
  format: number;
  outputs: Record<string, string>;
  clean: string[];
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** Keeps only well-formed hashes: the index names files, so nothing else may reach a path. */
function parseIndex(text: string): Index | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  const file = data as Partial<IndexFile> | null;
  if (!file || file.format !== INDEX_FORMAT || typeof file.outputs !== 'object' || file.outputs === null || !Array.isArray(file.clean)) {
    return `not a format-${INDEX_FORMAT} index`;
  }
  const outputs = new Map<string, string>();
  for (const [input, output] of Object.entries(file.outputs)) {
    if (HASH.test(input) && typeof output === 'string' && HASH.test(output)) outputs.set(input, output);
  }
  return { outputs, clean: new Set(file.clean.filter((hash): hash is string => typeof hash === 'string' && HASH.test(hash))) };
}

export async function createNormaliseCache(dir: string): Promise<NormaliseCache> {
  const objects = join(dir, 'objects');
  await mkdir(objects, { recursive: true });
  const stats: NormaliseCacheStats = { hits: 0, misses: 0, encodes: 0, rejected: 0 };
  const problems: string[] = [];
  const indexes = new Map<string, Promise<Index>>();
  let writing: Promise<void> = Promise.resolve();

  const indexPath = (key: string): string => {
    if (!KEY.test(key)) throw new Error(`NormaliseCache: settings key "${key}" is not hexadecimal; pass settingsKey(limits).`);
    return join(dir, `index-${key}.json`);
  };

  const load = async (key: string): Promise<Index> => {
    const path = indexPath(key);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (isNotFound(error)) return { outputs: new Map(), clean: new Set() };
      throw error;
    }
    const parsed = parseIndex(text);
    if (typeof parsed === 'string') {
      problems.push(`${path}: ${parsed}; the cache starts empty for these settings.`);
      return { outputs: new Map(), clean: new Set() };
    }
    return parsed;
  };

  const index = (key: string): Promise<Index> => {
    let loaded = indexes.get(key);
    if (!loaded) {
      loaded = load(key);
      indexes.set(key, loaded);
    }
    return loaded;
  };

  /** Writes are chained so concurrent checks never interleave partial index files. */
  const persist = (key: string, state: Index): Promise<void> => {
    const body: IndexFile = { format: INDEX_FORMAT, outputs: Object.fromEntries(state.outputs), clean: [...state.clean] };
    const write = (): Promise<void> => writeFileAtomic(indexPath(key), Buffer.from(`${JSON.stringify(body)}\n`));
    // Each write waits for the one before, whether it failed or not; its own failure is returned.
    writing = writing.then(write, write);
    return writing;
  };

  const objectPath = (hash: string): string => join(objects, hash);

  return {
    dir,
    stats,
    problems,

    async isClean(key, hash) {
      const state = await index(key);
      const known = state.clean.has(hash);
      if (known) stats.hits += 1;
      else stats.misses += 1;
      return known;
    },

    async markClean(key, hash) {
      if (!HASH.test(hash)) throw new Error(`NormaliseCache.markClean: "${hash}" is not a sha256 hex digest.`);
      const state = await index(key);
      if (state.clean.has(hash)) return;
      state.clean.add(hash);
      await persist(key, state);
    },

    async getOutput(key, inputHash) {
      const state = await index(key);
      const outputHash = state.outputs.get(inputHash);
      if (!outputHash) {
        stats.misses += 1;
        return undefined;
      }
      let data: Buffer | undefined;
      try {
        data = await readFile(objectPath(outputHash));
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
      if (data && sha256(data) === outputHash) {
        stats.hits += 1;
        return data;
      }
      if (data) {
        stats.rejected += 1;
        problems.push(`${objectPath(outputHash)}: bytes do not match their hash; the entry was dropped and will be remade.`);
        await rm(objectPath(outputHash), { force: true });
      }
      stats.misses += 1;
      state.outputs.delete(inputHash);
      state.clean.delete(outputHash);
      await persist(key, state);
      return undefined;
    },

    async putOutput(key, inputHash, output) {
      if (!HASH.test(inputHash)) throw new Error(`NormaliseCache.putOutput: "${inputHash}" is not a sha256 hex digest.`);
      const state = await index(key);
      const outputHash = sha256(output);
      stats.encodes += 1;
      await writeFileAtomic(objectPath(outputHash), output);
      state.outputs.set(inputHash, outputHash);
      await persist(key, state);
    },
  };
}

/** For tests and tools: where an output with this hash is stored. */
export function cacheObjectPath(dir: string, hash: string): string {
  return join(dir, 'objects', hash);
}
