// normaliseImage: the re-encode behind --fix and the benchmark.
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE_LIMITS, normaliseImage } from './index.ts';
import { fixture } from './test-support.ts';

const rgbAt = async (data: Buffer, x: number, y: number): Promise<number[]> => {
  const { data: raw, info } = await sharp(data).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return Array.from(raw.subarray(at, at + 3));
};

describe('normaliseImage', () => {
  it('converts a wide-gamut (Display P3) photo to sRGB and drops the profile, so colours stay right', async () => {
    const red = sharp({ create: { width: 64, height: 64, channels: 3, background: '#ff0000' } });
    const p3 = await red.jpeg({ quality: 95 }).withIccProfile('p3').toBuffer();
    // Stored numbers are P3 values: read without the profile they are a duller red.
    const stored = await rgbAt(await sharp(p3, { ignoreIcc: true }).png().toBuffer(), 32, 32);
    expect(stored[0]).toBeLessThan(240);
    const { data, format } = await normaliseImage(p3, DEFAULT_IMAGE_LIMITS);
    expect(format).toBe('jpeg');
    const metadata = await sharp(data).metadata();
    expect(metadata.icc ?? metadata.exif).toBeUndefined();
    const [r, g, b] = await rgbAt(data, 32, 32);
    expect(r).toBeGreaterThan(245);
    expect(g).toBeLessThan(15);
    expect(b).toBeLessThan(15);
  });

  it('never enlarges, and keeps the format of each published raster', async () => {
    for (const [name, format] of [['bersih.jpg', 'jpeg'], ['bersih.png', 'png'], ['bersih.webp', 'webp'], ['bersih.avif', 'avif']] as const) {
      const input = await readFile(fixture(name));
      const before = await sharp(input).metadata();
      const result = await normaliseImage(input, { ...DEFAULT_IMAGE_LIMITS, maxEdge: 10_000 });
      expect([result.format, result.width, result.height], name).toEqual([format, before.width, before.height]);
    }
  });

  it('applies orientation before capping the edge', async () => {
    const result = await normaliseImage(await readFile(fixture('foto-miring.jpg')), { ...DEFAULT_IMAGE_LIMITS, maxEdge: 240 });
    expect([result.width, result.height]).toEqual([160, 240]);
  });

  it('keeps a palette PNG as a palette only when no pixel changes', async () => {
    const flat = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#1d3b5c' } })
      .composite([{ input: { create: { width: 100, height: 100, channels: 3, background: '#f2c14e' } }, left: 0, top: 0 }])
      .png({ palette: true })
      .toBuffer();
    expect((await sharp(flat).metadata()).isPalette).toBe(true);
    const { data } = await normaliseImage(flat, DEFAULT_IMAGE_LIMITS);
    expect((await sharp(data).metadata()).isPalette).toBe(true);
    expect(await sharp(data).ensureAlpha().raw().toBuffer()).toEqual(await sharp(flat).ensureAlpha().raw().toBuffer());
  });

  it('refuses formats the site does not publish, and images over maxPixels', async () => {
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).gif().toBuffer();
    await expect(normaliseImage(gif, DEFAULT_IMAGE_LIMITS)).rejects.toThrow(/not a published format/);
    await expect(normaliseImage(await readFile(fixture('bom.png')), DEFAULT_IMAGE_LIMITS)).rejects.toThrow(/pixel limit/i);
  });
});
