// Bad input never throws: damaged copies of every fixture come back as findings.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkImageFile, DEFAULT_IMAGE_LIMITS } from './index.ts';
import { FIXTURES, makeTempDir, type TempDir } from './test-support.ts';

/** Small deterministic PRNG (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function damaged(original: Buffer, next: () => number): Buffer {
  const copy = Buffer.from(original);
  switch (Math.floor(next() * 3)) {
    case 0:
      return copy.subarray(0, Math.floor(next() * copy.length));
    case 1:
      for (let i = 0; i < 8; i++) copy[Math.floor(next() * copy.length)] = Math.floor(next() * 256);
      return copy;
    default: {
      // Damage near the start, where headers and metadata live.
      const limit = Math.min(copy.length, 512);
      for (let i = 0; i < 4; i++) copy[Math.floor(next() * limit)] = Math.floor(next() * 256);
      return copy;
    }
  }
}

let temp: TempDir;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(async () => {
  await temp.remove();
});

describe('damaged input', () => {
  it('every damaged fixture is checked (and fixed) without throwing', async () => {
    const next = random(20260522);
    const names = (await readdir(FIXTURES)).filter((name) => !name.endsWith('.ts') && !name.endsWith('.md') && name !== 'bom.png');
    let checked = 0;
    for (const name of names) {
      const original = await readFile(join(FIXTURES, name));
      for (let round = 0; round < 6; round++) {
        const path = join(temp.path, `${round}-${name}`);
        await writeFile(path, damaged(original, next));
        const options = { fix: round % 2 === 1, dryRun: false, limits: DEFAULT_IMAGE_LIMITS };
        const result = await checkImageFile(path, `content/${name}`, options);
        for (const finding of result.findings) expect(finding.message.length, `${round}-${name}`).toBeGreaterThan(0);
        checked += 1;
      }
    }
    expect(checked).toBe(names.length * 6);
  });
});
