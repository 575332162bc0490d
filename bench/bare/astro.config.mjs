// @ts-check
// The baseline for `laman bench build`: the least Astro needs to turn the same
// Markdown into pages. The benchmark passes root, outDir and cacheDir inline.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bench.invalid',
});
