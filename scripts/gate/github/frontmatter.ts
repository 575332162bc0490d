// The data of a content file as the gate needs it (perhatian_khusus, kategori): a Markdown
// file's frontmatter or a YAML settings file's top-level map. A file the gate cannot read
// is treated as needing special attention, so doubt never shortens the chain.
import { parseYaml, splitFrontmatter, YamlSyntaxError } from '../../../src/check/frontmatter/yaml.ts';

export const ENTRY_EXTENSIONS = ['.md', '.mdx', '.markdown', '.yml', '.yaml'] as const;

export function isEntryFile(path: string): boolean {
  const lower = path.toLowerCase();
  return ENTRY_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export interface EntryData {
  data: Record<string, unknown>;
  /** Why the file could not be read (Indonesian), when it could not. */
  problem?: string;
}

const UNREADABLE = { perhatian_khusus: true } as const;

export function entryData(path: string, text: string): EntryData {
  const yamlFile = /\.ya?ml$/i.test(path);
  const source = yamlFile ? { yaml: text, firstLine: 1, offset: 0 } : splitFrontmatter(text);
  if (!source) return { data: {} };
  try {
    const { data } = parseYaml(source.yaml, source.firstLine, source.offset);
    if (data === null || data === undefined) return { data: {} };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: { ...UNREADABLE }, problem: `${path}: frontmatter bukan daftar "nama: nilai"` };
    }
    return { data: data as Record<string, unknown> };
  } catch (error) {
    if (error instanceof YamlSyntaxError) {
      return { data: { ...UNREADABLE }, problem: `${path}:${error.line}: ${error.message}` };
    }
    throw error;
  }
}
