// The whole benchmark at a tiny size, end to end: it runs, names every figure, and the
// second --fix re-encodes nothing. No timing is asserted: benchmarks print figures.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { benchCheckCommand } from '../../cli/commands/bench-check.ts';
import type { Context } from '../../cli/context.ts';
import { main } from '../../cli/main.ts';

function capture() {
  let text = '';
  const stream = new Writable({ write: (chunk, _enc, done) => ((text += chunk.toString()), done()) });
  return { stream, text: () => text };
}

function context(cwd: string) {
  const out = capture();
  const err = capture();
  const ctx: Context = { cwd, env: { ...process.env }, stdout: out.stream, stderr: err.stream, now: () => new Date(0) };
  return { ctx, out, err };
}

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('laman bench check', () => {
  it('runs at a tiny size and reports every figure; the second --fix re-encodes 0 images', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'laman-bench-check-test-'));
    temps.push(dir);
    const { ctx, out, err } = context(dir);
    const code = await benchCheckCommand.run(['--items', '30', '--images', '3', '--pdfs', '3', '--keep', 'kept'], ctx);
    const text = out.text();
    expect(code, err.text()).toBe(0);

    expect(text).toContain('Fixture: 30 entries (8 berita, 5 pengumuman, 3 dokumen, 14 halaman), 3 phone photos');
    for (const figure of ['files/s', 'images/s', 'MB/s', 'peak RSS MB', 'normalise/raw time: ', 'wall s', 'encodes']) expect(text).toContain(figure);
    for (const run of ['1 check, no --fix', '2 --fix, photos only', '3 --fix, whole tree', '4 --fix, whole tree again']) expect(text).toContain(run);
    expect(text).toMatch(/Check without --fix: \d+ files in \d+\.\d\d s, \d+\.\d files\/s, peak RSS \d+ MB\./);
    expect(text).toMatch(/Laman image checker, --fix +\d+\.\d\d +\d+\.\d\d +\d+\.\d\d +\d+/);
    expect(text).toMatch(/bare sharp resize \(baseline, ran first\) +\d+\.\d\d +\d+\.\d\d +\d+\.\d\d +\d+/);
    expect(text).toMatch(/cache reused: \d+ files in \d+\.\d\d s, 0 fixes; cache hits 3, misses 0, encodes 0, rejected 0: no image was re-encoded\./);
    // The photos run did the real work: 3 encodes, and the kept photos are upright and within 2560 px, without EXIF.
    expect(text).toMatch(/^2 --fix, photos only +3 +\S+ +\S+ +0 +0 +\d+ +3 /m);
    const gambar = join(dir, 'kept', 'content', 'berita', 'gambar');
    const photos = (await readdir(gambar)).filter((name) => name.startsWith('foto-'));
    expect(photos).toHaveLength(3);
    for (const name of photos) {
      const meta = await sharp(join(gambar, name)).metadata();
      expect([Math.max(meta.width, meta.height), meta.exif]).toEqual([2560, undefined]);
    }
    expect(err.text()).toContain('[bench] --fix, whole tree again');
  });

  it('refuses a --keep folder holding files it did not make, and sizes that do not fit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'laman-bench-check-test-'));
    temps.push(dir);
    await writeFile(join(dir, 'catatan.md'), 'milik redaksi');
    const foreign = context(dir);
    expect(await main(['bench', 'check', '--items', '30', '--images', '1', '--pdfs', '1', '--keep', '.'], foreign.ctx)).toBe(1);
    expect(foreign.err.text()).toContain('catatan.md');
    expect(await readdir(dir)).toEqual(['catatan.md']);

    const small = context(dir);
    expect(await main(['bench', 'check', '--items', '20'], small.ctx)).toBe(2);
    expect(small.err.text()).toContain('--items 20 is too small for 300 images and 300 PDFs');
  });
});
