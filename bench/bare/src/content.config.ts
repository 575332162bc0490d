// The same Markdown the full site renders (berita, pengumuman, dokumen, halaman), with
// no schema beyond a title: the benchmark sets the env variable to the fixture folder as
// an absolute path, e.g. /work/main/bench/.out/fixture-1000.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const root = process.env.LAMAN_BENCH_CONTENT_DIR;
if (!root) throw new Error('LAMAN_BENCH_CONTENT_DIR is not set: point it at a fixture folder');

const markdown = (folder: string) =>
  defineCollection({
    loader: glob({ pattern: '**/*.md', base: `${root}/${folder}` }),
    schema: z.looseObject({ judul: z.string() }),
  });

export const collections = {
  berita: markdown('berita'),
  pengumuman: markdown('pengumuman'),
  dokumen: markdown('dokumen'),
  halaman: markdown('halaman'),
};
