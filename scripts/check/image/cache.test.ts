// The normalise cache: a second --fix re-encodes nothing, a poisoned entry is never served,
// and changing the limits starts afresh.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkImageFile, createNormaliseCache, DEFAULT_IMAGE_LIMITS, settingsKey, type ImageLimits, type NormaliseCache } from './index.ts';
import { sha256 } from './settings.ts';
import { fixture, makeTempDir, type TempDir } from './test-support.ts';

let temp: TempDir;
let cacheDir: string;
beforeEach(async () => {
  temp = await makeTempDir();
  cacheDir = join(temp.path, 'cache');
});
afterEach(async () => {
  await temp.remove();
});

const fix = (path: string, cache: NormaliseCache, limits: ImageLimits = DEFAULT_IMAGE_LIMITS) =>
  checkImageFile(path, `content/gambar/${basename(path)}`, { fix: true, dryRun: false, limits, cache });

describe('NormaliseCache', () => {
  it('a second --fix run (a new process, same cache folder) hits the cache and rewrites nothing', async () => {
    const path = await temp.copy('foto-gps.jpg', 'foto.jpg');
    const first = await createNormaliseCache(cacheDir);
    const firstRun = await fix(path, first);
    expect(firstRun.findings).toEqual([]);
    expect(first.stats.encodes).toBe(1);

    const written = await readFile(path);
    const writtenAt = (await stat(path)).mtimeMs;
    const second = await createNormaliseCache(cacheDir);
    const secondRun = await fix(path, second);
    expect(secondRun).toEqual({ findings: [], fixes: [] });
    expect(second.stats).toMatchObject({ hits: 1, misses: 0, encodes: 0, rejected: 0 });
    expect(await readFile(path)).toEqual(written);
    expect((await stat(path)).mtimeMs).toBe(writtenAt);
  });

  it('the same input elsewhere reuses the stored output bytes without encoding', async () => {
    const first = await createNormaliseCache(cacheDir);
    const a = await temp.copy('foto-gps.jpg', 'a.jpg');
    await fix(a, first);
    const b = await temp.copy('foto-gps.jpg', 'b.jpg');
    const second = await createNormaliseCache(cacheDir);
    const result = await fix(b, second);
    expect(result.findings).toEqual([]);
    expect(result.fixes.some((line) => line.includes('koordinat GPS dihapus'))).toBe(true);
    expect(second.stats.encodes).toBe(0);
    expect(second.stats.hits).toBeGreaterThanOrEqual(1);
    expect(await readFile(b)).toEqual(await readFile(a));
  });

  it('never serves an entry whose bytes do not match its hash: drops it and re-encodes', async () => {
    const first = await createNormaliseCache(cacheDir);
    const good = await temp.copy('foto-gps.jpg', 'good.jpg');
    await fix(good, first);
    const goodBytes = await readFile(good);
    const [object] = await readdir(join(cacheDir, 'objects'));
    expect(object).toBe(sha256(goodBytes));
    // Poison: a different, valid JPEG under the good output's name.
    const poison = await readFile(fixture('foto-nama.jpg'));
    await writeFile(join(cacheDir, 'objects', object ?? ''), poison);

    const again = await temp.copy('foto-gps.jpg', 'again.jpg');
    const second = await createNormaliseCache(cacheDir);
    const result = await fix(again, second);
    expect(second.stats).toMatchObject({ rejected: 1, encodes: 1 });
    expect(second.problems).toEqual([expect.stringContaining('do not match their hash')]);
    expect(result.findings).toEqual([]);
    const written = await readFile(again);
    expect(written.equals(poison)).toBe(false);
    expect(written).toEqual(goodBytes);
    // The entry was remade with the right bytes.
    expect(sha256(await readFile(join(cacheDir, 'objects', object ?? '')))).toBe(object);
  });

  it('a corrupt index is reported and ignored; the run still works', async () => {
    const first = await createNormaliseCache(cacheDir);
    await fix(await temp.copy('foto-nama.jpg', 'x.jpg'), first);
    await writeFile(join(cacheDir, `index-${settingsKey(DEFAULT_IMAGE_LIMITS)}.json`), '{"format":1,"outputs":');
    const second = await createNormaliseCache(cacheDir);
    const path = await temp.copy('foto-nama.jpg', 'y.jpg');
    expect((await fix(path, second)).findings).toEqual([]);
    expect(second.problems).toEqual([expect.stringContaining('not JSON')]);
    expect(second.stats.encodes).toBe(1);
  });

  it('changing the limits invalidates what was cached as clean', async () => {
    const path = await temp.copy('besar.jpg', 'foto.jpg');
    const cache = await createNormaliseCache(cacheDir);
    await fix(path, cache);
    expect((await sharp(path).metadata()).width).toBe(2560);
    const smaller = { ...DEFAULT_IMAGE_LIMITS, maxEdge: 2000 };
    expect(settingsKey(smaller)).not.toBe(settingsKey(DEFAULT_IMAGE_LIMITS));
    const check = await checkImageFile(path, 'content/gambar/foto.jpg', { fix: false, dryRun: false, limits: smaller, cache });
    expect(check.findings.map((f) => f.rule)).toEqual(['gambar/dimensi']);
    await fix(path, cache, smaller);
    expect((await sharp(path).metadata()).width).toBe(2000);
  });

  it('concurrent fixes sharing one cache all land in its index', async () => {
    const names = ['foto-gps.jpg', 'foto-nama.jpg', 'foto-iptc.jpg', 'foto-miring.jpg', 'grafis-xmp.webp'];
    const cache = await createNormaliseCache(cacheDir);
    const paths = await Promise.all(names.map((name) => temp.copy(name)));
    const results = await Promise.all(paths.map((path) => fix(path, cache)));
    expect(results.every((result) => result.findings.length === 0)).toBe(true);
    const later = await createNormaliseCache(cacheDir);
    await Promise.all(paths.map((path) => fix(path, later)));
    expect(later.stats).toMatchObject({ hits: names.length, misses: 0, encodes: 0 });
  });

  it('a file checked clean once is not decoded again', async () => {
    const cache = await createNormaliseCache(cacheDir);
    const path = await temp.copy('bersih.jpg', 'foto.jpg');
    await checkImageFile(path, 'content/gambar/foto.jpg', { fix: false, dryRun: false, limits: DEFAULT_IMAGE_LIMITS, cache });
    expect(cache.stats).toMatchObject({ hits: 0, misses: 1 });
    await checkImageFile(path, 'content/gambar/foto.jpg', { fix: false, dryRun: false, limits: DEFAULT_IMAGE_LIMITS, cache });
    expect(cache.stats).toMatchObject({ hits: 1, misses: 1 });
  });
});
