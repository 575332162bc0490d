// Validates a content file's frontmatter (or a settings YAML file) against its
// collection's schema — the same zod schemas Astro builds with — and points each
// problem at its file line. Browser-safe: the CMS runs it too.
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../../schema/collections.ts';
import { optionalKeys, withoutEmpty } from '../../schema/empty.ts';
import { lineOf, parseYaml, splitFrontmatter, YamlSyntaxError, type ParsedYaml } from './yaml.ts';
import { indonesianError } from './zod-locale.ts';

export interface Finding {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  /** Dotted field path ("alamat.kota", "tag.2"), empty for the whole file. */
  field: string;
  message: string;
}

export type ParsedEntry =
  | { ok: true; parsed: ParsedYaml; data: Record<string, unknown> }
  | { ok: false; finding: Omit<Finding, 'file'> };

/** Parses the YAML part of a content file (the frontmatter, or the whole settings file). */
export function parseEntry(text: string, collection: CollectionName): ParsedEntry {
  let parsed: ParsedYaml;
  try {
    if (COLLECTIONS[collection].format === 'markdown') {
      const fm = splitFrontmatter(text);
      if (!fm) {
        return { ok: false, finding: { line: 1, field: '', message: 'frontmatter tidak ditemukan: berkas harus diawali baris "---", isian, lalu "---"' } };
      }
      parsed = parseYaml(fm.yaml, fm.firstLine, fm.offset);
    } else {
      parsed = parseYaml(text, 1);
    }
  } catch (error) {
    if (error instanceof YamlSyntaxError) return { ok: false, finding: { line: error.line, field: '', message: error.message } };
    throw error;
  }
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    return { ok: false, finding: { line: parsed.firstLine, field: '', message: 'isian harus berupa daftar "nama: nilai"' } };
  }
  return { ok: true, parsed, data: parsed.data as Record<string, unknown> };
}

/** Schema problems of an already parsed entry. */
export function schemaFindings(file: string, parsed: ParsedYaml, collection: CollectionName): Finding[] {
  const schema = COLLECTIONS[collection].schema as z.ZodType;
  const result = schema.safeParse(withoutEmpty(parsed.data, optionalKeys(schema)), { error: indonesianError });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((key) => {
      const fieldPath = key === undefined ? issue.path : [...issue.path, key];
      return {
        file,
        line: lineOf(parsed, issue.path, key),
        field: fieldPath.map(String).join('.'),
        message: key === undefined ? issue.message : `isian "${key}" tidak dikenal: hapus atau periksa ejaannya`,
      };
    });
  });
}

/** Validates one file's text. Pure: no file system access. */
export function validateText(file: string, text: string, collection: CollectionName): Finding[] {
  const entry = parseEntry(text, collection);
  if (!entry.ok) return [{ file, ...entry.finding }];
  return schemaFindings(file, entry.parsed, collection);
}
