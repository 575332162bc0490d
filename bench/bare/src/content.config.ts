// One collection over the fixture's berita folder; the benchmark sets the env variable
// to an absolute path, e.g. /work/main/bench/.out/fixture-1000/berita.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const base = process.env.LAMAN_BENCH_BERITA_DIR;
if (!base) throw new Error('LAMAN_BENCH_BERITA_DIR is not set: point it at a fixture berita folder');

const berita = defineCollection({
  loader: glob({ pattern: '**/*.md', base }),
  schema: z.object({ judul: z.string(), tanggal: z.coerce.date() }),
});

export const collections = { berita };
