import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_LINE, readLines } from './read-lines.ts';

/** Reads `chunks` as a stream would deliver them; returns the lines, overlong count and stats. */
async function read(chunks: Array<Buffer | string>) {
  const lines: string[] = [];
  let overlong = 0;
  const totals: number[] = [];
  async function* source() {
    for (const chunk of chunks) yield chunk;
  }
  const stats = await readLines(source(), { line: (text) => lines.push(text), overlong: () => overlong++ }, (total) => totals.push(total));
  return { lines, overlong, stats, totals };
}

/** Splits a buffer into pieces of `size` bytes. */
function pieces(buffer: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < buffer.length; i += size) out.push(buffer.subarray(i, i + size));
  return out;
}

const LOG = 'baris satu\nbaris dua\nbaris tiga\n';

describe('readLines', () => {
  it('reads plain lines and counts the bytes read', async () => {
    const { lines, overlong, stats, totals } = await read([LOG]);
    expect(lines).toEqual(['baris satu', 'baris dua', 'baris tiga']);
    expect(overlong).toBe(0);
    expect(stats).toEqual({ gzip: false, bytes: Buffer.byteLength(LOG) });
    expect(totals.at(-1)).toBe(Buffer.byteLength(LOG));
  });

  it('recognises gzip by its content (magic bytes 1f 8b), whatever the file is called', async () => {
    const gz = gzipSync(LOG);
    const { lines, stats } = await read([gz]);
    expect(lines).toEqual(['baris satu', 'baris dua', 'baris tiga']);
    expect(stats).toEqual({ gzip: true, bytes: gz.length });
  });

  it('recognises gzip when a pipe delivers the magic bytes one at a time', async () => {
    const { lines, stats } = await read(pieces(gzipSync(LOG), 1));
    expect(stats.gzip).toBe(true);
    expect(lines).toEqual(['baris satu', 'baris dua', 'baris tiga']);
  });

  it('reads concatenated gzip members (two rotated logs joined with cat) through to the end', async () => {
    const { lines } = await read([Buffer.concat([gzipSync('a\nb\n'), gzipSync('c\n')])]);
    expect(lines).toEqual(['a', 'b', 'c']);
  });

  it('rejects a truncated gzip file with zlib\'s Z_BUF_ERROR', async () => {
    const gz = gzipSync(LOG.repeat(50));
    await expect(read([gz.subarray(0, gz.length - 12)])).rejects.toMatchObject({ code: 'Z_BUF_ERROR' });
  });

  it('rejects a corrupt gzip file with a zlib error code', async () => {
    const gz = Buffer.from(gzipSync(LOG.repeat(50)));
    gz.fill(0xff, 12, 40);
    await expect(read([gz])).rejects.toMatchObject({ code: expect.stringMatching(/^Z_/) });
  });

  it('passes on an error of the source itself', async () => {
    async function* failing() {
      yield Buffer.from('satu\n');
      throw Object.assign(new Error('read error'), { code: 'EIO' });
    }
    await expect(readLines(failing(), { line: () => {}, overlong: () => {} })).rejects.toMatchObject({ code: 'EIO' });
  });

  it('takes CRLF line ends off, also when \\r and \\n arrive in different chunks', async () => {
    const { lines } = await read(['satu\r\ndua\r', '\ntiga\r\n']);
    expect(lines).toEqual(['satu', 'dua', 'tiga']);
  });

  it('reads a last line without a newline', async () => {
    expect((await read(['satu\ndua'])).lines).toEqual(['satu', 'dua']);
    expect((await read([gzipSync('satu\ndua')])).lines).toEqual(['satu', 'dua']);
  });

  it('joins a line split across chunks, also inside a multi-byte character', async () => {
    const text = '203.0.113.7 "GET /berita/sidang-keliling-ñ-✓ HTTP/1.1"\nberikutnya\n';
    const bytes = Buffer.from(text);
    const split = bytes.indexOf(Buffer.from('✓')) + 1; // In the middle of the 3-byte ✓.
    const { lines } = await read([bytes.subarray(0, 20), bytes.subarray(20, split), bytes.subarray(split)]);
    expect(lines).toEqual(['203.0.113.7 "GET /berita/sidang-keliling-ñ-✓ HTTP/1.1"', 'berikutnya']);
    // And through gzip, one byte at a time.
    expect((await read(pieces(gzipSync(text), 1))).lines).toEqual(lines);
  });

  it('keeps empty lines as empty lines (the scan skips them)', async () => {
    expect((await read(['a\n\nb\n'])).lines).toEqual(['a', '', 'b']);
  });

  it('reports an empty source as no lines', async () => {
    expect(await read([])).toMatchObject({ lines: [], stats: { gzip: false, bytes: 0 } });
  });

  it('drops a line longer than MAX_LINE without keeping it, within a chunk and across chunks', async () => {
    const long = 'x'.repeat(MAX_LINE + 1);
    const inOne = await read([`a\n${long}\nb\n`]);
    expect(inOne).toMatchObject({ lines: ['a', 'b'], overlong: 1 });
    // Split over many chunks with no newline in sight: one overlong line, then the next line.
    const acrossChunks = await read(['a\n', ...pieces(Buffer.from(long + long), 8192), '\nb\n']);
    expect(acrossChunks).toMatchObject({ lines: ['a', 'b'], overlong: 1 });
    // A line of exactly MAX_LINE characters is still a line.
    expect((await read(['y'.repeat(MAX_LINE), '\n'])).lines).toEqual(['y'.repeat(MAX_LINE)]);
  });

  it('reads invalid UTF-8 as replacement characters rather than failing', async () => {
    const { lines } = await read([Buffer.from([0x61, 0xff, 0xfe, 0x62, 0x0a])]);
    expect(lines).toEqual(['a\ufffd\ufffdb']);
  });
});
