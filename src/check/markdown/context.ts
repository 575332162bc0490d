// The data every Markdown rule reads from the file being checked (vfile `data.laman`).
import type { VFile } from 'vfile';
import type { CheckEnvironment, EntryInput } from '../context.ts';
import type { ParsedYaml } from '../frontmatter/yaml.ts';

export interface RuleContext {
  input: EntryInput;
  env: CheckEnvironment;
  /** The parsed frontmatter (settings: the whole file); undefined when it does not parse. */
  parsed: ParsedYaml | undefined;
  data: Record<string, unknown> | undefined;
}

declare module 'vfile' {
  interface DataMap {
    laman: RuleContext;
  }
}

export function ruleContext(file: VFile): RuleContext {
  const context = file.data.laman;
  if (!context) throw new Error('laman check: rule context missing from vfile data (use checkEntry)');
  return context;
}

/** Reports a finding at a 1-based point, with the how-to-fix hint in the message's note. */
export function report(file: VFile, message: string, hint: string, place: { line: number; column: number } | undefined): void {
  const m = file.message(message, place ? { place } : undefined);
  m.note = hint;
}

/** 1-based line and column of a file offset. */
export function pointAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
