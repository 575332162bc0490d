// What `laman backup …` prints, in Indonesian (pure).
import type { CreateResult } from './create.ts';
import { targetLabel } from './targets.ts';
import type { VerifyOutcome } from './verify.ts';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1).replace('.', ',')} ${units[unit]}`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;

export function formatCreate(result: CreateResult): string {
  const lines = [`Cadangan commit ${result.commit.slice(0, 12)}: ${result.refs} ref Git, ${result.files} berkas.`];
  if (result.github) {
    const g = result.github;
    lines.push(`Ekspor GitHub: ${g.issues} isu, ${g.pulls} pull request, ${g.labels} label, ${g.comments} komentar, ${g.events} peristiwa, ${g.rulesets} ruleset.`);
  }
  for (const o of result.outcomes) {
    const head = `- ${o.target.name} (${targetLabel(o.target)})`;
    if (o.error || !o.summary) {
      lines.push(`${head}: GAGAL`, ...(o.error ?? '').split('\n').map((l) => `    ${l}`));
      continue;
    }
    const s = o.summary;
    lines.push(
      `${head}: snapshot ${s.snapshot}${o.created ? ' (repositori baru)' : ''}, ${s.files} berkas, ${formatBytes(s.bytes)}, ` +
        `ditambahkan ${formatBytes(s.newBytes)} setelah deduplikasi, ${seconds(s.durationMs)}` +
        (o.retention ? `; masa simpan: ${o.retention.kept.length} snapshot disimpan, ${o.retention.removed.length} dihapus` : ''),
    );
  }
  const failed = result.outcomes.filter((o) => o.error).length;
  lines.push(failed ? `${failed} dari ${result.outcomes.length} tujuan gagal.` : `Semua ${result.outcomes.length} tujuan berhasil.`);
  return lines.join('\n') + '\n';
}

export function formatVerify(outcomes: readonly VerifyOutcome[], what: string): string {
  const lines: string[] = [];
  for (const o of outcomes) {
    const head = `- ${o.target.name} (${targetLabel(o.target)})${o.snapshot ? `, snapshot ${o.snapshot.slice(0, 8)}` : ''}`;
    if (!o.problems.length) lines.push(`${head}: utuh, ${o.files} berkas (${formatBytes(o.bytes)}) cocok dengan MANIFEST.json, ${seconds(o.durationMs)}`);
    else lines.push(`${head}: ${o.problems.length} masalah`, ...o.problems.flatMap((p) => p.split('\n')).map((l) => `    ${l}`));
  }
  const bad = outcomes.filter((o) => o.problems.length).length;
  lines.push(bad ? `${what}: ${bad} dari ${outcomes.length} tujuan bermasalah.` : `${what}: semua ${outcomes.length} tujuan utuh.`);
  return lines.join('\n') + '\n';
}
