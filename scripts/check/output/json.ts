// `laman check --json`: a stable, documented shape (docs/laman-check.md and the JSON
// Schema docs/laman-check.schema.json, generated from the schema below).
import { z } from 'astro/zod';
import type { CheckReport } from '../engine.ts';

export const JSON_FORMAT_VERSION = 1;

export const findingJsonSchema = z
  .object({
    rule: z.string().regex(/^[a-z]+\/[a-z0-9-]+$/).describe('Stable rule id, "<area>/<name>", e.g. "pribadi/nik".'),
    severity: z.enum(['error', 'warning']).describe('"error" fails the check (exit 1); "warning" does not.'),
    file: z.string().describe('Path relative to the project root, forward slashes.'),
    line: z.number().int().min(1).describe('1-based line; 1 for findings about a whole binary file.'),
    column: z.number().int().min(1).describe('1-based column in UTF-16 code units; 1 for whole-file findings.'),
    page: z.number().int().min(1).optional().describe('For findings in the text of a PDF: the 1-based page.'),
    message: z.string().min(1).describe('Indonesian: what is wrong and why it matters.'),
    hint: z.string().describe('Indonesian: how to fix it.'),
    fixable: z.boolean().describe('`laman check --fix` repairs it.'),
  })
  .strict();

export const reportJsonSchema = z
  .object({
    version: z.literal(JSON_FORMAT_VERSION).describe('Bumped on any incompatible change.'),
    files: z.number().int().min(0).describe('Number of files checked.'),
    errors: z.number().int().min(0),
    warnings: z.number().int().min(0),
    dryRun: z.boolean().describe('True with --fix --dry-run: fixes lists what would change, nothing was written.'),
    findings: z.array(findingJsonSchema).describe('Sorted by file, page, line, column, rule.'),
    fixes: z
      .array(z.object({ file: z.string(), description: z.string().describe('Indonesian.') }).strict())
      .describe('Changes made by --fix (or that would be made, with --dry-run).'),
    notFixed: z
      .array(z.object({ file: z.string(), reason: z.string().describe('Indonesian.') }).strict())
      .describe('Files --fix left untouched although a finding is fixable, with the reason (e.g. a non-fixable error in the same file).'),
  })
  .strict();

export type ReportJson = z.infer<typeof reportJsonSchema>;

export function toJson(report: CheckReport): ReportJson {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  return {
    version: JSON_FORMAT_VERSION,
    files: report.files,
    errors,
    warnings: report.findings.length - errors,
    dryRun: report.dryRun,
    findings: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      file: f.file,
      line: f.line,
      column: f.column,
      ...(f.page ? { page: f.page } : {}),
      message: f.message,
      hint: f.hint,
      fixable: f.fixable,
    })),
    fixes: report.fixes.map((f) => ({ file: f.file, description: f.description })),
    notFixed: report.notFixed.map((n) => ({ file: n.file, reason: n.reason })),
  };
}

/** The JSON Schema committed at docs/laman-check.schema.json. */
export function reportJsonSchemaDocument(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://laman.example/schemas/laman-check.schema.json',
    title: 'laman check --json',
    ...z.toJSONSchema(reportJsonSchema),
  };
}
