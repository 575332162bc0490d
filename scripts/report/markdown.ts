// The report as GitHub-flavoured Markdown (the file laporan-YYYY-MM.md and the issue body).
// Every text goes through escapeInline: incident titles, IP addresses, request samples and
// evidence lines are hostile input and must not render links, images, HTML, mentions or
// forge Laman's markers.
import { escapeInline } from '../incidents/markdown.ts';
import type { Block, ReportDocument } from './document.ts';

const MAX = 2000;

function text(value: string): string {
  return escapeInline(value, MAX);
}

function cell(value: string): string {
  return text(value) || ' ';
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return text(b.text);
    case 'fields':
      return ['| Butir | Keterangan |', '| --- | --- |', ...b.rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`)].join('\n');
    case 'table':
      return [`| ${b.header.map(cell).join(' | ')} |`, `| ${b.header.map(() => '---').join(' | ')} |`, ...b.rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
    case 'list':
      return b.items.map((item) => `- ${text(item)}`).join('\n');
    case 'chart':
      // The charts are drawn in the PDF; the daily table that follows holds the same numbers.
      return `_${text(b.title)}: lihat grafik di PDF; angka harian pada tabel di bawah._`;
  }
}

export function renderMarkdown(doc: ReportDocument): string {
  const parts = [
    `# ${text(`${doc.title} — ${doc.period}`)}`,
    `**${text(doc.court.nama)}**  \n${text(doc.court.alamat)}`,
    text(doc.intro),
  ];
  for (const section of doc.sections) {
    parts.push(`## ${text(section.title)}`);
    for (const b of section.blocks) parts.push(block(b));
  }
  parts.push(
    '## Pengesahan',
    `Mengetahui,  \nKepala Subbagian Perencanaan, Teknologi Informasi dan Pelaporan  \n${text(doc.court.nama)}\n\n\n\n(................................................)  \nNIP.`,
    `_${text(`Dibuat otomatis oleh Laman pada ${doc.generatedAt}. Tanggal laporan: ${doc.signedOn}.`)}_`,
  );
  return parts.join('\n\n') + '\n';
}
