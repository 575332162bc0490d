// GitHub Actions workflow commands: each finding becomes an annotation on the file and
// line in the pull request's "Files changed" view.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { CheckFinding } from '../../../src/check/finding.ts';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatAnnotation(f: CheckFinding): string {
  const command = f.severity === 'error' ? 'error' : 'warning';
  const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.column}`, `title=${escapeProperty(`laman check: ${f.rule}`)}`];
  const page = f.page ? `Halaman ${f.page}: ` : '';
  return `::${command} ${props.join(',')}::${escapeData(`${page}${f.message}\nCara memperbaiki: ${f.hint}`)}\n`;
}
