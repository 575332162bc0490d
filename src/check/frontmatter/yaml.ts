// Splits a Markdown file into its YAML frontmatter and body, keeping line numbers so
// every finding can point at the line an operator must fix.
import { yamlErrorMessage } from './yaml-messages.ts';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  doc: Document;
  lines: LineCounter;
  /** Line number (1-based) in the file of the YAML text's first line. */
  firstLine: number;
  /** Offset in the file of the YAML text's first character. */
  offset: number;
}

export class YamlSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = 'YamlSyntaxError';
    this.line = line;
  }
}

const FENCE = /^---[ \t]*$/;

/**
 * Returns the frontmatter text, the file line it starts on and its offset in `text`, or
 * undefined when there is none. The YAML keeps the file's own line endings, so offsets
 * inside it map straight back to the file.
 */
export function splitFrontmatter(text: string): { yaml: string; firstLine: number; offset: number } | undefined {
  const lineRe = /([^\r\n]*)(\r?\n|$)/y;
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  lineRe.lastIndex = bom;
  const first = lineRe.exec(text);
  if (!first || !FENCE.test(first[1] ?? '') || !first[2]) return undefined;
  const start = lineRe.lastIndex;
  while (lineRe.lastIndex < text.length) {
    const lineStart = lineRe.lastIndex;
    const match = lineRe.exec(text);
    if (!match) break;
    if (FENCE.test(match[1] ?? '')) return { yaml: text.slice(start, lineStart), firstLine: 2, offset: start };
    if (!match[2]) break;
  }
  return undefined;
}

export function parseYaml(text: string, firstLine = 1, offset = 0): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = (lines.linePos(error.pos[0]).line ?? 1) + firstLine - 1;
    throw new YamlSyntaxError(yamlErrorMessage(error.code), line);
  }
  return { data: doc.toJS(), doc, lines, firstLine, offset };
}

/**
 * The file line of the value at `path`; for a missing value, the line of the nearest
 * parent that exists (or the first line of the YAML).
 */
export function lineOf(parsed: ParsedYaml, path: readonly PropertyKey[], key?: string): number {
  const toLine = (offset: number) => parsed.lines.linePos(offset).line + parsed.firstLine - 1;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = parsed.doc.getIn(path.slice(0, depth) as unknown[], true);
    if (key !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) return toLine(pair.key.range[0]);
    }
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range && depth > 0) {
      // Point at the key when the value is a nested map or list, so the operator sees its name.
      const parent = parsed.doc.getIn(path.slice(0, depth - 1) as unknown[], true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[depth - 1]);
        if (pair && isScalar(pair.key) && pair.key.range) return toLine(pair.key.range[0]);
      }
      return toLine(range[0]);
    }
  }
  return parsed.firstLine;
}

/** File offsets of a top-level key and its scalar value, when present. */
export function topLevelRange(parsed: ParsedYaml, key: string): { key: number; value: [number, number] | undefined } | undefined {
  const root = parsed.doc.contents;
  if (!isMap(root)) return undefined;
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
  const value = isScalar(pair.value) && pair.value.range ? ([pair.value.range[0] + parsed.offset, pair.value.range[1] + parsed.offset] as [number, number]) : undefined;
  return { key: pair.key.range[0] + parsed.offset, value };
}
