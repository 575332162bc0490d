// The report as an A4 PDF (pdf-lib): the court's letterhead, every section of the
// document, two charts, tables that break cleanly across pages, "Halaman X dari Y" and a
// signature block for the Kasubbag PTIP. The same document gives the same bytes: every
// date in the file comes from the report.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Block, ReportDocument } from './document.ts';
import { CHART_HEIGHT, drawAvailabilityChart, drawResponseChart } from './pdf-charts.ts';
import { GREY, INK, wrapText } from '../lib/pdf-page.ts';
import { createLayout, type Layout } from './pdf-layout.ts';

const SIGNATURE_HEIGHT = 130;

export async function renderPdf(doc: ReportDocument, generatedAt: Date): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(`${doc.title} — ${doc.period}`);
  pdf.setSubject(`Laporan situasi, kondisi, masalah dan usulan penyelesaian website, ${doc.period} (SOP F5)`);
  pdf.setAuthor(doc.court.nama);
  pdf.setCreator('Laman');
  pdf.setProducer('Laman (pdf-lib)');
  pdf.setLanguage('id-ID');
  pdf.setCreationDate(generatedAt);
  pdf.setModificationDate(generatedAt);
  const fonts = { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };
  const logo = doc.court.logoPng ? await pdf.embedPng(doc.court.logoPng) : undefined;

  const w = createLayout(pdf, fonts, `${doc.title} — ${doc.period}, ${doc.court.nama} (lanjutan)`);
  w.letterhead(doc.court, logo);
  w.centred(doc.title.toUpperCase(), fonts.bold, 14);
  w.centred(`Bulan ${doc.period}`, fonts.regular, 10.5);
  w.gap(8);
  w.paragraph(doc.intro);
  for (const section of doc.sections) {
    w.heading(section.title);
    for (const block of section.blocks) drawBlock(w, block);
  }
  signature(w, doc);
  w.footers(`Dibuat otomatis oleh Laman pada ${doc.generatedAt} dari catatan pemantauan di repositori situs.`);
  return pdf.save({ useObjectStreams: true });
}

function drawBlock(w: Layout, block: Block): void {
  switch (block.kind) {
    case 'paragraph':
      return w.paragraph(block.text);
    case 'fields':
      return w.fields(block.rows);
    case 'list':
      return w.list(block.items);
    case 'table':
      return w.table(block.header, block.widths, block.rows);
    case 'chart':
      return w.box(CHART_HEIGHT + 10, (page, left, top, width) =>
        (block.chart === 'availability' ? drawAvailabilityChart : drawResponseChart)(page, w.fonts, block.title, block.days, left, top, width),
      );
  }
}

/** Two columns: the maker of the report, and "Mengetahui" for the Kasubbag PTIP, dated in Indonesian. */
function signature(w: Layout, doc: ReportDocument): void {
  w.gap(12);
  w.box(SIGNATURE_HEIGHT, (page, left, top, width) => {
    const column = width / 2;
    const { regular, bold } = w.fonts;
    const text = (value: string, x: number, y: number, font = regular, size = 9.5) => {
      let yy = y;
      for (const line of wrapText(value, font, size, column - 10)) {
        page.drawText(line, { x, y: yy, size, font, color: INK });
        yy -= size + 3;
      }
      return yy;
    };
    const right = left + column + 10;
    text(doc.signedOn, right, top - 12);
    text('Kepala Subbagian Perencanaan, Teknologi Informasi dan Pelaporan', right, text('Mengetahui,', right, top - 26));
    text('(....................................................)', right, top - SIGNATURE_HEIGHT + 26, bold);
    text('NIP.', right, top - SIGNATURE_HEIGHT + 12);
    text('Operator / Admin Web', left, text('Dibuat oleh,', left, top - 26));
    text('(....................................................)', left, top - SIGNATURE_HEIGHT + 26, bold);
    text('NIP.', left, top - SIGNATURE_HEIGHT + 12);
    page.drawLine({ start: { x: left, y: top }, end: { x: left + width, y: top }, thickness: 0.3, color: GREY });
  });
}
