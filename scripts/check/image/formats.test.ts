// What a file really is versus what its name says, and damage beyond the committed fixtures.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkImageFile, DEFAULT_IMAGE_LIMITS } from './index.ts';
import { formatFromExtension, looksLikeSvg, sniff } from './sniff.ts';
import { fixture, makeTempDir, type TempDir } from './test-support.ts';

let temp: TempDir;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(async () => {
  await temp.remove();
});

async function rulesFor(name: string, data: Buffer | string, limits = DEFAULT_IMAGE_LIMITS): Promise<string[]> {
  const path = join(temp.path, name);
  await writeFile(path, data);
  return (await checkImageFile(path, name, { fix: false, dryRun: false, limits })).findings.map((f) => f.rule);
}

const picture = () => sharp({ create: { width: 40, height: 30, channels: 3, background: '#d62828' } });

describe('sniff', () => {
  it('recognises each format by its signature, whatever the name', async () => {
    expect(sniff(await readFile(fixture('bersih.jpg')))).toEqual({ kind: 'image', format: 'jpeg' });
    expect(sniff(await readFile(fixture('png-bernama-jpg.jpg')))).toEqual({ kind: 'image', format: 'png' });
    expect(sniff(await readFile(fixture('bersih.webp')))).toEqual({ kind: 'image', format: 'webp' });
    expect(sniff(await readFile(fixture('bersih.avif')))).toEqual({ kind: 'image', format: 'avif' });
    expect(sniff(await picture().gif().toBuffer())).toEqual({ kind: 'image', format: 'gif' });
    expect(sniff(await picture().tiff().toBuffer())).toEqual({ kind: 'image', format: 'tiff' });
    expect(sniff(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toEqual({ kind: 'other', what: 'dokumen PDF' });
    expect(sniff(Buffer.alloc(0))).toEqual({ kind: 'other', what: 'berkas kosong' });
  });

  it('an HTML page with an inline <svg> is not an SVG; an SVG after a comment and DOCTYPE is', () => {
    expect(looksLikeSvg(Buffer.from('<!DOCTYPE html><html><body><svg></svg></body></html>'))).toBe(false);
    expect(looksLikeSvg(Buffer.from('\uFEFF<?xml version="1.0"?>\n<!-- Inkscape -->\n<!DOCTYPE svg [<!ENTITY a "b">]>\n<svg/>'))).toBe(true);
  });

  it('maps extensions case-insensitively', () => {
    expect(formatFromExtension('content/Foto.JPEG')).toBe('jpeg');
    expect(formatFromExtension('content/gambar.svg')).toBe('svg');
    expect(formatFromExtension('content/tanpa-ekstensi')).toBeUndefined();
  });
});

describe('gambar/jenis and gambar/bukan-gambar', () => {
  it('a format the site does not publish is gambar/jenis, even with the right extension', async () => {
    expect(await rulesFor('animasi.gif', await picture().gif().toBuffer())).toEqual(['gambar/jenis']);
    expect(await rulesFor('pindaian.tif', await picture().tiff().toBuffer())).toEqual(['gambar/jenis']);
  });

  it('an SVG named .png and a JPEG named .webp are gambar/jenis', async () => {
    expect(await rulesFor('logo.png', await readFile(fixture('logo-bersih.svg')))).toEqual(['gambar/jenis']);
    expect(await rulesFor('foto.webp', await readFile(fixture('bersih.jpg')))).toEqual(['gambar/jenis']);
  });

  it('a PDF, an empty file and plain text are gambar/bukan-gambar', async () => {
    expect(await rulesFor('surat.jpg', '%PDF-1.4\n1 0 obj\n<<>>\nendobj\n')).toEqual(['gambar/bukan-gambar']);
    expect(await rulesFor('kosong.png', '')).toEqual(['gambar/bukan-gambar']);
    expect(await rulesFor('catatan.webp', 'Ini hanya catatan.\n')).toEqual(['gambar/bukan-gambar']);
  });

  it('markup named .svg whose root is not <svg> is svg/rusak; other text named .svg is not an image', async () => {
    expect(await rulesFor('ikon.svg', '<html><body>bukan svg</body></html>')).toEqual(['svg/rusak']);
    expect(await rulesFor('ikon2.svg', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>')).toEqual(['svg/rusak']);
    expect(await rulesFor('ikon3.svg', 'bukan markup sama sekali')).toEqual(['gambar/bukan-gambar']);
  });
});

describe('gambar/rusak beyond JPEG', () => {
  it('a truncated PNG and a truncated WebP are caught by decoding', async () => {
    const noisy = () => sharp({ create: { width: 300, height: 200, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } });
    const png = await noisy().png().toBuffer();
    expect(await rulesFor('terpotong.png', png.subarray(0, Math.floor(png.length * 0.6)))).toEqual(['gambar/rusak']);
    const webp = await noisy().webp().toBuffer();
    expect(await rulesFor('terpotong.webp', webp.subarray(0, Math.floor(webp.length * 0.6)))).toEqual(['gambar/rusak']);
  });

  it('a JPEG signature followed by garbage is gambar/rusak, not bukan-gambar', async () => {
    expect(await rulesFor('sampah.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 0x41)]))).toEqual(['gambar/rusak']);
  });
});

describe('limits', () => {
  it('gambar/ukuran: over maxBytes, fixable for a valid raster, not for an SVG', async () => {
    const limits = { ...DEFAULT_IMAGE_LIMITS, maxBytes: 1000 };
    const path = join(temp.path, 'foto.jpg');
    await writeFile(path, await readFile(fixture('bersih.jpg')));
    const [raster] = (await checkImageFile(path, 'foto.jpg', { fix: false, dryRun: false, limits })).findings;
    expect(raster).toMatchObject({ rule: 'gambar/ukuran', severity: 'error', fixable: true });
    expect(raster?.message).toContain('Ukuran berkas ini 8,8 KB, melebihi batas 1 KB.');
    expect(await rulesFor('logo.svg', `${await readFile(fixture('logo-bersih.svg'), 'utf8')}<!--${'x'.repeat(1000)}-->`, limits)).toEqual(['gambar/ukuran']);
  });

  it('gambar/bom follows limits.maxPixels, and dimensi follows limits.maxEdge', async () => {
    const jpeg = await readFile(fixture('bersih.jpg')); // 640×480
    expect(await rulesFor('a.jpg', jpeg, { ...DEFAULT_IMAGE_LIMITS, maxPixels: 640 * 480 - 1 })).toEqual(['gambar/bom']);
    expect(await rulesFor('b.jpg', jpeg, { ...DEFAULT_IMAGE_LIMITS, maxPixels: 640 * 480 })).toEqual([]);
    expect(await rulesFor('c.jpg', jpeg, { ...DEFAULT_IMAGE_LIMITS, maxEdge: 639 })).toEqual(['gambar/dimensi']);
  });
});
