// Reads the sample content the way the site does, so tests derive their expectations
// from the content instead of repeating it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';
import { listContentFiles } from '../../scripts/content/validate.ts';
import { parseYaml, splitFrontmatter } from '../../src/check/frontmatter/yaml.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schema/collections.ts';
import type { z } from 'astro/zod';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

export async function loadEntries<K extends CollectionName>(
  collection: K,
  contentDir = 'content',
): Promise<Entry<z.output<(typeof COLLECTIONS)[K]['schema']>>[]> {
  const files = (await listContentFiles(PROJECT_ROOT, contentDir)).filter((f) => f.collection === collection);
  return Promise.all(
    files.map(async ({ file }) => {
      const text = await readFile(path.join(PROJECT_ROOT, file), 'utf8');
      const yaml = COLLECTIONS[collection].format === 'markdown' ? splitFrontmatter(text)?.yaml ?? '' : text;
      const data = (COLLECTIONS[collection].schema as z.ZodType).parse(parseYaml(yaml).data);
      return { id: path.basename(file).replace(/\.(md|ya?ml)$/, ''), file, data: data as z.output<(typeof COLLECTIONS)[K]['schema']> };
    }),
  );
}
