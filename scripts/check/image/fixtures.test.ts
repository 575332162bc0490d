// Every committed fixture yields exactly its findings (tests/fixtures/check/gambar/README.md).
import { readdir } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkImageFile, DEFAULT_IMAGE_LIMITS } from './index.ts';
import { fixture, FIXTURES, looksIndonesian } from './test-support.ts';

const check = (name: string) =>
  checkImageFile(fixture(name), `content/gambar/${name}`, { fix: false, dryRun: false, limits: DEFAULT_IMAGE_LIMITS });

/** File → [rule, severity, fixable] for every finding, in the order reported. */
const EXPECTED: Record<string, [string, 'error' | 'warning', boolean][]> = {
  'bersih.jpg': [],
  'bersih.png': [],
  'bersih.webp': [],
  'bersih.avif': [],
  'logo-bersih.svg': [],
  'icc-orientasi-1.jpg': [],
  'svg-teks-javascript.svg': [],
  'svg-rujukan-internal.svg': [],
  'terpotong.jpg': [['gambar/rusak', 'error', false]],
  'bukan-gambar.jpg': [['gambar/bukan-gambar', 'error', false]],
  'png-bernama-jpg.jpg': [['gambar/jenis', 'error', false]],
  'bom.png': [['gambar/bom', 'error', false]],
  'foto-gps.jpg': [['gambar/gps', 'error', true], ['gambar/metadata', 'warning', true]],
  'foto-nama.jpg': [['gambar/nama', 'error', true]],
  'foto-miring.jpg': [['gambar/metadata', 'warning', true]],
  'besar.jpg': [['gambar/dimensi', 'error', true]],
  'svg-skrip.svg': Array.from({ length: 5 }, () => ['svg/skrip', 'error', true] as ['svg/skrip', 'error', true]),
  'svg-tautan-luar.svg': Array.from({ length: 4 }, () => ['svg/tautan-luar', 'error', true] as ['svg/tautan-luar', 'error', true]),
  'svg-entitas.svg': [['svg/entitas', 'error', false]],
  'svg-rusak.svg': [['svg/rusak', 'error', false]],
  'grafis-xmp.webp': [['gambar/gps', 'error', true], ['gambar/nama', 'error', true], ['gambar/metadata', 'warning', true]],
  'foto-iptc.jpg': [['gambar/nama', 'error', true], ['gambar/metadata', 'warning', true]],
};

describe('fixtures', () => {
  it('lists every fixture file in the expectations (and nothing that is missing)', async () => {
    const files = (await readdir(FIXTURES)).filter((name) => !name.endsWith('.ts') && !name.endsWith('.md')).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name} yields ${expected.length === 0 ? 'no finding' : [...new Set(expected.map(([rule]) => rule))].join(', ')}`, async () => {
      const { findings, fixes } = await check(name);
      expect(findings.map((f) => [f.rule, f.severity, f.fixable])).toEqual(expected);
      expect(fixes).toEqual([]);
      for (const finding of findings) {
        expect(finding.file).toBe(`content/gambar/${name}`);
        expect(finding.message.length).toBeGreaterThan(40);
        expect(finding.hint.length).toBeGreaterThan(20);
        expect(looksIndonesian(finding.message), finding.message).toBe(true);
        expect(looksIndonesian(finding.hint), finding.hint).toBe(true);
        expect(finding.line).toBeGreaterThanOrEqual(1);
        expect(finding.column).toBeGreaterThanOrEqual(1);
      }
    });
  }
});

describe('what the messages say', () => {
  it('GPS: says the photo reveals where it was taken and names the fields', async () => {
    const [gps] = (await check('foto-gps.jpg')).findings;
    expect(gps?.message).toContain('mengungkap lokasi tempat foto diambil');
    expect(gps?.message).toContain('EXIF GPSLatitude');
    expect(gps?.hint).toContain('npx laman check --fix');
  });

  it('names: quotes the field names; other metadata is listed by kind in one warning', async () => {
    const [names] = (await check('foto-nama.jpg')).findings;
    expect(names?.message).toContain('EXIF Artist');
    expect(names?.message).toContain('EXIF Copyright');
    const metadata = (await check('foto-gps.jpg')).findings.find((f) => f.rule === 'gambar/metadata');
    expect(metadata?.message).toContain('merek dan model kamera');
    expect(metadata?.message).toContain('tanggal dan jam pemotretan');
    const xmp = (await check('grafis-xmp.webp')).findings;
    expect(xmp.find((f) => f.rule === 'gambar/gps')?.message).toContain('XMP exif:GPSLatitude');
    expect(xmp.find((f) => f.rule === 'gambar/nama')?.message).toContain('XMP dc:creator');
    expect((await check('foto-iptc.jpg')).findings[0]?.message).toContain('IPTC By-line');
  });

  it('SVG findings point at the element', async () => {
    const findings = (await check('svg-skrip.svg')).findings;
    expect(findings.map((f) => [f.line, f.column])).toEqual([[2, 1], [3, 3], [5, 3], [6, 3], [7, 47]]);
    expect(findings[1]?.message).toContain('<script>');
    expect(findings[2]?.message).toContain('javascript:');
    expect((await check('svg-entitas.svg')).findings[0]).toMatchObject({ line: 2, column: 1 });
    expect((await check('svg-rusak.svg')).findings[0]).toMatchObject({ line: 5 });
  });

  it('the truncated JPEG has an intact header: only decoding the pixels finds the damage', async () => {
    const header = await sharp(fixture('terpotong.jpg')).metadata();
    expect([header.format, header.width, header.height]).toEqual(['jpeg', 800, 600]);
    expect((await check('terpotong.jpg')).findings[0]?.message).toContain('terpotong');
  });

  it('the bomb is judged from its header without allocating its 900 megapixels', async () => {
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const [bomb] = (await check('bom.png')).findings;
    expect(performance.now() - started).toBeLessThan(2000);
    // Decoding would need at least 900 MB for one byte per pixel.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    expect(bomb?.message).toContain('30000×30000');
    expect(bomb?.message).toContain('900 megapiksel');
  });

  it('the wrong-extension finding tells the real format and the extension to use', async () => {
    const [wrong] = (await check('png-bernama-jpg.jpg')).findings;
    expect(wrong?.message).toContain('PNG');
    expect(wrong?.hint).toContain('.png');
    expect((await check('bukan-gambar.jpg')).findings[0]?.message).toContain('halaman HTML');
  });
});
