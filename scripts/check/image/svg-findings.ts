// Policy for SVG: what a scan means as findings, and the fix lines. Pure.
import type { CheckFinding } from '../../../src/check/finding.ts';
import { fixLine, svgMessages } from './messages.ts';
import { positionOf, type SvgIssue, type SvgScan } from './svg-scan.ts';

export function svgFindings(scan: SvgScan, file: string, fixable: boolean): CheckFinding[] {
  switch (scan.kind) {
    case 'entities': {
      const at = positionOf(scan.text, scan.offset);
      return [svgMessages.entities(file, at.line, at.column)];
    }
    case 'malformed': {
      const at = positionOf(scan.text, scan.offset);
      return [svgMessages.malformed(file, at.line, at.column, scan.reason)];
    }
    case 'not-svg': {
      const at = positionOf(scan.text, scan.offset);
      return [svgMessages.notSvg(file, at.line, at.column, scan.root)];
    }
    case 'ok':
      return scan.issues.map((issue) => {
        const at = positionOf(scan.text, issue.offset);
        return issue.rule === 'svg/skrip'
          ? svgMessages.script(file, at.line, at.column, issue.what, fixable)
          : svgMessages.external(file, at.line, at.column, issue.what, issue.url ?? '', fixable);
      });
  }
}

function summary(issues: readonly SvgIssue[]): string {
  const kinds = [...new Set(issues.map((issue) => issue.what))];
  return kinds.length > 4 ? `${kinds.slice(0, 4).join(', ')}, dan lainnya` : kinds.join(', ');
}

export function svgFixLines(issues: readonly SvgIssue[], file: string, dryRun: boolean): string[] {
  const lines: string[] = [];
  const scripts = issues.filter((issue) => issue.rule === 'svg/skrip');
  const external = issues.filter((issue) => issue.rule === 'svg/tautan-luar');
  if (scripts.length > 0) {
    lines.push(fixLine(file, dryRun, `${scripts.length} unsur skrip dihapus (${summary(scripts)}).`, `${scripts.length} unsur skrip akan dihapus (${summary(scripts)}).`));
  }
  if (external.length > 0) {
    lines.push(fixLine(file, dryRun, `${external.length} rujukan ke sumber luar dihapus (${summary(external)}).`, `${external.length} rujukan ke sumber luar akan dihapus (${summary(external)}).`));
  }
  return lines;
}
