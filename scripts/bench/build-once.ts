#!/usr/bin/env node
// One cold Astro build in its own process, for `laman bench build`:
//   node scripts/bench/build-once.ts --root DIR --out DIR --cache DIR
// Content locations come from the environment (LAMAN_CONTENT_DIR, LAMAN_BENCH_CONTENT_DIR).
// Prints one JSON line (see measurement.ts) as the last line of stdout.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { countHtmlPages } from './count-pages.ts';
import type { BuildMeasurement } from './measurement.ts';

const { values } = parseArgs({
  options: { root: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' } },
  strict: true,
});
if (!values.root || !values.out || !values.cache) {
  throw new Error('usage: build-once.ts --root DIR --out DIR --cache DIR');
}

const started = performance.now();
// Vite keeps its own cache (node_modules/.vite under the root); both go in the fresh
// folder so that every measured build is cold.
await build({
  root: values.root,
  outDir: values.out,
  cacheDir: values.cache,
  vite: { cacheDir: join(values.cache, 'vite') },
  logLevel: 'warn',
});
const finished = performance.now();

const measurement: BuildMeasurement = {
  wallMs: Math.round(finished),
  buildMs: Math.round(finished - started),
  cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
  maxRssKb: process.resourceUsage().maxRSS,
  pages: await countHtmlPages(values.out),
};
process.stdout.write(JSON.stringify(measurement) + '\n');
