// How many HTML pages a build wrote.
import { readdir } from 'node:fs/promises';

export async function countHtmlPages(outDir: string): Promise<number> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}
