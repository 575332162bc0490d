// Splits a Markdown file into its YAML frontmatter and body, keeping line numbers so
// every finding can point at the line an operator must fix.
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  doc: Document;
  lines: LineCounter;
  /** Line number (1-based) in the file of the YAML text's first line. */
  firstLine: number;
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

/** Returns the frontmatter text and the line it starts on, or undefined when there is none. */
export function splitFrontmatter(text: string): { yaml: string; firstLine: number } | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return undefined;
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end === -1) return undefined;
  return { yaml: lines.slice(1, end).join('\n'), firstLine: 2 };
}

export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = (lines.linePos(error.pos[0]).line ?? 1) + firstLine - 1;
    throw new YamlSyntaxError(`YAML tidak valid: ${error.message.split('\n')[0]}`, line);
  }
  return { data: doc.toJS(), doc, lines, firstLine };
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
