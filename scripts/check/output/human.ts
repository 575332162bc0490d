// The report operators read on a terminal or in a CI log: Indonesian, one finding per
// block with its position, what is wrong, and how to fix it.
import type { CheckFinding } from '../../../src/check/finding.ts';
import type { CheckReport } from '../engine.ts';

const LABEL = { error: 'kesalahan', warning: 'peringatan' } as const;

export function formatFindingHuman(f: CheckFinding): string {
  const where = `${f.file}:${f.line}:${f.column}${f.page ? ` (halaman ${f.page})` : ''}`;
  const fix = f.fixable && !f.hint.includes('--fix') ? ' Dapat diperbaiki otomatis dengan `npx laman check --fix`.' : '';
  return `${where}: ${LABEL[f.severity]}: ${f.message} [${f.rule}]\n    Cara memperbaiki: ${f.hint}${fix}\n`;
}

export function summaryLine(report: CheckReport): string {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  const fixed = report.fixes.length ? `, ${report.fixes.length} perbaikan ${report.dryRun ? 'akan dilakukan' : 'dilakukan'}` : '';
  if (!report.findings.length) return `${report.files} berkas diperiksa: tidak ada masalah${fixed}.\n`;
  return `${report.files} berkas diperiksa: ${errors} kesalahan, ${warnings} peringatan${fixed}.${errors ? ' Perbaiki kesalahan di atas sebelum diterbitkan.' : ''}\n`;
}

export function formatHuman(report: CheckReport): string {
  const fixes = report.fixes.map((f) => `${f.file}: ${report.dryRun ? 'akan diperbaiki' : 'diperbaiki'}: ${f.description}\n`);
  const notFixed = report.notFixed.map((n) => `${n.file}: tidak diperbaiki: ${n.reason}\n`);
  return [...fixes, ...notFixed, ...report.findings.map(formatFindingHuman), summaryLine(report)].join('');
}
