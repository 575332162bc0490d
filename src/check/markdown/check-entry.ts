// Checks one content file (Markdown entry or settings YAML): frontmatter, body rules and
// personal data. Pure and browser-safe: the CLI and the CMS call the same function.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { COLLECTIONS } from '../../schema/collections.ts';
import type { CheckEnvironment, EntryInput } from '../context.ts';
import type { CheckFinding } from '../finding.ts';
import { parseEntry } from '../frontmatter/schema.ts';
import { findPersonalData } from '../personal-data/index.ts';
import type { RuleContext } from './context.ts';
import { MARKDOWN_RULES, type MarkdownRule } from './rules/index.ts';

function processor(rules: readonly MarkdownRule[]) {
  const plugins: PluggableList = rules.map((r) => [r.plugin, r.severity === 'error' ? 'error' : 'warn'] as PluggableList[number]);
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(plugins).freeze();
}

const MARKDOWN = processor(MARKDOWN_RULES);
const SEVERITY = new Map(MARKDOWN_RULES.map((r) => [r.id, r.severity]));

/** Runs `rules` (all by default) over one file. Findings are in rule order, then position. */
export function checkEntry(input: EntryInput, env: CheckEnvironment, rules?: readonly MarkdownRule[]): CheckFinding[] {
  const entry = parseEntry(input.text, input.collection);
  const context: RuleContext = {
    input,
    env,
    parsed: entry.ok ? entry.parsed : undefined,
    data: entry.ok ? entry.data : undefined,
  };
  const findings: CheckFinding[] = [];
  const file = new VFile({ path: input.file, value: input.text, data: { laman: context } });
  const pipeline = rules ? processor(rules) : MARKDOWN;
  if (COLLECTIONS[input.collection].format === 'markdown') {
    pipeline.runSync(pipeline.parse(file), file);
  } else {
    // A settings file has no Markdown body: run the rules on an empty tree.
    const empty: Root = { type: 'root', children: [] };
    pipeline.runSync(empty, file);
  }
  for (const m of file.messages) {
    const rule = m.ruleId ?? 'laman/internal';
    findings.push({
      rule,
      severity: SEVERITY.get(rule) ?? (m.fatal ? 'error' : 'warning'),
      file: input.file,
      line: m.line ?? 1,
      column: m.column ?? 1,
      message: m.reason,
      hint: m.note ?? '',
      fixable: false,
    });
  }
  if (!rules) {
    for (const p of findPersonalData(input.text, env.settings.allowlist)) {
      findings.push({ rule: p.rule, severity: 'error', file: input.file, line: p.line, column: p.column, message: p.message, hint: p.hint, fixable: false });
    }
  }
  return findings;
}
