#!/usr/bin/env node
// Generates the benchmark's fixture in a process of its own, so that the benchmark's peak
// RSS is the check's alone:
//   node scripts/bench/check/fixture-child.ts --out DIR --berita N --dokumen M --pengumuman K --gambar G
// Prints "progress DONE TOTAL" lines now and then, and last one JSON line {files, bytes}.
import { parseArgs } from 'node:util';
import { generateFixture } from '../../fixture/generate.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    berita: { type: 'string' },
    dokumen: { type: 'string' },
    pengumuman: { type: 'string' },
    gambar: { type: 'string' },
  },
  strict: true,
});
const count = (name: 'berita' | 'dokumen' | 'pengumuman' | 'gambar'): number => {
  const value = values[name];
  if (value === undefined || !/^\d+$/.test(value)) throw new Error(`fixture-child.ts: --${name} must be a whole number, got ${value}`);
  return Number(value);
};
if (!values.out) throw new Error('fixture-child.ts: --out is required');

let shown = -1;
const result = await generateFixture({
  out: values.out,
  berita: count('berita'),
  dokumen: count('dokumen'),
  pengumuman: count('pengumuman'),
  gambar: count('gambar'),
  onProgress(done, total) {
    const percent = Math.floor((done * 100) / total);
    if (percent === shown) return;
    shown = percent;
    process.stdout.write(`progress ${done} ${total}\n`);
  },
});
process.stdout.write(JSON.stringify(result) + '\n');
