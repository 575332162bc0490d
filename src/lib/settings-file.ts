// Reads the site settings outside Astro's content layer (for astro.config.mjs and the CLI).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PENGATURAN_ID } from '../schema/collections.ts';
import { readingEmptyAsAbsent } from '../schema/empty.ts';
import { pengaturanSchema, type Pengaturan } from '../schema/pengaturan.ts';

export function settingsPath(contentRoot: string): string {
  return path.join(contentRoot, 'pengaturan', `${PENGATURAN_ID}.yml`);
}

export function readSettings(contentRoot: string): Pengaturan {
  const file = settingsPath(contentRoot);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Pengaturan situs tidak dapat dibaca di ${file}: ${(error as Error).message}`);
  }
  const result = readingEmptyAsAbsent(pengaturanSchema).safeParse(parse(text));
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`${file}: ${first?.path.join('.') || '(berkas)'}: ${first?.message}. Jalankan "npx laman validate" untuk daftar lengkapnya.`);
  }
  return result.data;
}
