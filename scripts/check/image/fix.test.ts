// `--fix`: rewrites in place, leaves nothing to report, and keeps what a visitor sees.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkImageFile, DEFAULT_IMAGE_LIMITS } from './index.ts';
import { fixture, makeTempDir, meanAbsoluteDifference, storedThumbnail, viewedThumbnail, type TempDir } from './test-support.ts';

let temp: TempDir;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(async () => {
  await temp.remove();
});

const run = (path: string, name: string, fix: boolean, dryRun = false) =>
  checkImageFile(path, `content/gambar/${name}`, { fix, dryRun, limits: DEFAULT_IMAGE_LIMITS });

/**
 * Mean absolute difference of 32×32 greyscale thumbnails, in grey levels (0–255). For these
 * fixtures, re-encoding at quality 80 and downscaling measured 0.02–0.8; the same pictures
 * turned 180° measured 40–68, and the unrotated foto-miring is checked below to stay above 30.
 * 4 separates "same picture" from "different picture" with room on both sides.
 */
const SAME_PICTURE = 4;

describe('--fix on raster images', () => {
  for (const name of ['foto-gps.jpg', 'foto-nama.jpg', 'foto-iptc.jpg', 'grafis-xmp.webp', 'foto-miring.jpg', 'besar.jpg']) {
    it(`${name}: rewritten with no finding left, still decodes, looks the same`, async () => {
      const path = await temp.copy(name);
      const before = await run(path, name, false);
      expect(before.findings.length).toBeGreaterThan(0);

      const result = await run(path, name, true);
      expect(result.findings).toEqual([]);
      expect(result.fixes.length).toBeGreaterThan(0);
      for (const line of result.fixes) expect(line.startsWith(`content/gambar/${name}: `)).toBe(true);

      expect(await run(path, name, false)).toEqual({ findings: [], fixes: [] });
      const fixed = await sharp(path).metadata();
      expect(fixed.exif ?? fixed.xmp ?? fixed.iptc ?? fixed.icc).toBeUndefined();
      expect(fixed.format).toBe((await sharp(fixture(name)).metadata()).format);
      await sharp(path).raw().toBuffer(); // decodes completely
      const difference = meanAbsoluteDifference(await viewedThumbnail(fixture(name)), await viewedThumbnail(path));
      expect(difference).toBeLessThan(SAME_PICTURE);
    });
  }

  it('foto-miring.jpg: orientation is applied to the pixels, so width and height swap and the view is unchanged', async () => {
    const path = await temp.copy('foto-miring.jpg');
    const stored = await sharp(fixture('foto-miring.jpg')).metadata();
    expect([stored.width, stored.height, stored.orientation]).toEqual([480, 320, 6]);

    const { fixes } = await run(path, 'foto-miring.jpg', true);
    expect(fixes.some((line) => line.includes('orientasi EXIF 6 diterapkan'))).toBe(true);
    const fixed = await sharp(path).metadata();
    expect([fixed.width, fixed.height, fixed.orientation ?? 1]).toEqual([320, 480, 1]);

    const viewedOriginal = await viewedThumbnail(fixture('foto-miring.jpg'));
    const fixedPixels = await storedThumbnail(path);
    expect(meanAbsoluteDifference(viewedOriginal, fixedPixels)).toBeLessThan(SAME_PICTURE);
    // The measure tells pictures apart: the stored (unrotated) original is far from the fixed file.
    expect(meanAbsoluteDifference(await storedThumbnail(fixture('foto-miring.jpg')), fixedPixels)).toBeGreaterThan(30);
    // The red block that sat top left in the stored pixels is now top right, as the viewer saw it.
    const { data, info } = await sharp(path).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => Array.from(data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3));
    const [r, g, b] = pixel(info.width - 20, 20);
    expect(r).toBeGreaterThan(180);
    expect(g).toBeLessThan(80);
    expect(b).toBeLessThan(80);
  });

  it('besar.jpg: scaled down to the longest-edge limit, aspect kept', async () => {
    const path = await temp.copy('besar.jpg');
    const { fixes } = await run(path, 'besar.jpg', true);
    const fixed = await sharp(path).metadata();
    expect([fixed.width, fixed.height]).toEqual([2560, 1920]);
    expect(fixes).toContain('content/gambar/besar.jpg: diperkecil dari 4000×3000 menjadi 2560×1920 piksel.');
  });

  it('leaves files with a non-fixable error exactly as they were', async () => {
    for (const name of ['bom.png', 'terpotong.jpg', 'bukan-gambar.jpg', 'png-bernama-jpg.jpg', 'svg-entitas.svg', 'svg-rusak.svg']) {
      const path = await temp.copy(name);
      const before = await stat(path);
      const result = await run(path, name, true);
      expect(result.fixes, name).toEqual([]);
      expect(result.findings.every((f) => !f.fixable), name).toBe(true);
      expect(await readFile(path), name).toEqual(await readFile(fixture(name)));
      expect((await stat(path)).mtimeMs, name).toBe(before.mtimeMs);
    }
  });

  it('leaves clean files alone (no needless lossy re-encode)', async () => {
    for (const name of ['bersih.jpg', 'bersih.png', 'bersih.webp', 'bersih.avif', 'icc-orientasi-1.jpg', 'logo-bersih.svg']) {
      const path = await temp.copy(name);
      expect(await run(path, name, true)).toEqual({ findings: [], fixes: [] });
      expect(await readFile(path), name).toEqual(await readFile(fixture(name)));
    }
  });
});

describe('--fix on SVG', () => {
  async function render(path: string) {
    return sharp(path).png().toBuffer({ resolveWithObject: true });
  }

  for (const name of ['svg-skrip.svg', 'svg-tautan-luar.svg']) {
    it(`${name}: cleaned, passes, renders to the same size and picture`, async () => {
      const path = await temp.copy(name);
      const result = await run(path, name, true);
      expect(result.findings).toEqual([]);
      expect(result.fixes.length).toBeGreaterThan(0);
      expect(await run(path, name, false)).toEqual({ findings: [], fixes: [] });

      const original = await render(fixture(name));
      const cleaned = await render(path);
      expect([cleaned.info.width, cleaned.info.height]).toEqual([original.info.width, original.info.height]);
      expect(meanAbsoluteDifference(await storedThumbnail(original.data), await storedThumbnail(cleaned.data))).toBeLessThan(SAME_PICTURE);
    });
  }

  it('svg-skrip.svg keeps its shapes and loses every scriptable part', async () => {
    const path = await temp.copy('svg-skrip.svg');
    const { fixes } = await run(path, 'svg-skrip.svg', true);
    expect(fixes).toEqual([expect.stringMatching(/^content\/gambar\/svg-skrip\.svg: 5 unsur skrip dihapus \(/)]);
    const text = await readFile(path, 'utf8');
    expect(text).toMatch(/<rect id="kotak" x="10" y="10" width="80" height="80" fill="#1d4ed8"\/>/);
    expect(text).toMatch(/<circle cx="150" cy="50" r="40" fill="#d62828"\/>/);
    for (const gone of ['<script', 'onload', 'javascript', 'foreignObject', 'iframe', 'cookie']) expect(text).not.toContain(gone);
    const { data, info } = await sharp(path).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => Array.from(data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3));
    expect(at(50, 50)).toEqual([0x1d, 0x4e, 0xd8]);
    expect(at(150, 50)).toEqual([0xd6, 0x28, 0x28]);
  });

  it('svg-tautan-luar.svg keeps its shapes and local styles, without any external address', async () => {
    const path = await temp.copy('svg-tautan-luar.svg');
    await run(path, 'svg-tautan-luar.svg', true);
    const text = await readFile(path, 'utf8');
    expect(text).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
    expect(text).toContain('.garis');
    expect(text).toContain('fill="#15803d"');
    expect(text).toContain('<line class="garis"');
  });
});

describe('--fix --dry-run', () => {
  it('writes nothing and lists what would change', async () => {
    for (const name of ['foto-gps.jpg', 'besar.jpg', 'foto-miring.jpg', 'svg-skrip.svg', 'svg-tautan-luar.svg']) {
      const path = await temp.copy(name);
      const before = await stat(path);
      const plain = await run(path, name, false);
      const dry = await run(path, name, true, true);
      expect(dry.findings, name).toEqual(plain.findings);
      expect(dry.fixes.length, name).toBeGreaterThan(0);
      expect(dry.fixes.every((line) => line.includes(' akan ')), name).toBe(true);
      expect(await readFile(path), name).toEqual(await readFile(fixture(name)));
      expect((await stat(path)).mtimeMs, name).toBe(before.mtimeMs);
    }
    const besar = await run(await temp.copy('besar.jpg', 'lagi.jpg'), 'lagi.jpg', true, true);
    expect(besar.fixes).toContain('content/gambar/lagi.jpg: akan diperkecil dari 4000×3000 menjadi 2560×1920 piksel.');
  });
});

describe('--fix and gambar/ukuran', () => {
  it('re-encodes an oversized photo below the limit', async () => {
    const path = await temp.copy('foto-gps.jpg', 'berat.jpg');
    // Quality 100 with no chroma subsampling: the same picture, several times the bytes.
    const heavy = await sharp(fixture('bersih.jpg')).jpeg({ quality: 100, chromaSubsampling: '4:4:4' }).toBuffer();
    await writeFile(path, heavy);
    const limits = { ...DEFAULT_IMAGE_LIMITS, maxBytes: 15_000 };
    const before = await checkImageFile(path, 'berat.jpg', { fix: false, dryRun: false, limits });
    expect(before.findings.map((f) => [f.rule, f.fixable])).toEqual([['gambar/ukuran', true]]);
    const after = await checkImageFile(path, 'berat.jpg', { fix: true, dryRun: false, limits });
    expect(after.findings).toEqual([]);
    expect((await readFile(path)).length).toBeLessThan(15_000);
  });

  it('keeps the original when re-encoding would not make it smaller', async () => {
    const path = join(temp.path, 'hemat.jpg');
    // Already squeezed at quality 10: re-encoding at 80 can only grow it.
    const squeezed = await sharp(fixture('bersih.jpg')).jpeg({ quality: 10 }).toBuffer();
    await writeFile(path, squeezed);
    const limits = { ...DEFAULT_IMAGE_LIMITS, maxBytes: 1000 };
    const result = await checkImageFile(path, 'hemat.jpg', { fix: true, dryRun: false, limits });
    expect(result.findings.map((f) => [f.rule, f.fixable])).toEqual([['gambar/ukuran', false]]);
    expect(result.notFixed).toContain('tidak memperkecil');
    expect(result.fixes).toEqual([]);
    expect(await readFile(path)).toEqual(squeezed);
  });

  it('what is still too large after a fix is reported as not fixable', async () => {
    const path = await temp.copy('foto-gps.jpg');
    const limits = { ...DEFAULT_IMAGE_LIMITS, maxBytes: 1000 };
    const result = await checkImageFile(path, 'foto-gps.jpg', { fix: true, dryRun: false, limits });
    expect(result.fixes.some((line) => line.includes('koordinat GPS dihapus'))).toBe(true);
    expect(result.findings.map((f) => [f.rule, f.fixable])).toEqual([['gambar/ukuran', false]]);
  });
});
