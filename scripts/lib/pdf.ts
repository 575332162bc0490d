// Small, real PDF documents for sample content and fixtures (pdf-lib).
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

export interface PdfSpec {
  title: string;
  /** The court's name, printed as a letterhead on every page. */
  kop: string;
  /** Paragraphs of body text; they flow over as many pages as needed. */
  paragraphs: readonly string[];
  /** Fixed dates keep the output byte-identical between runs. */
  date: Date;
  minPages?: number;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

export async function makePdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(spec.title);
  doc.setAuthor(spec.kop);
  doc.setProducer('Laman');
  doc.setCreator('Laman');
  doc.setLanguage('id-ID');
  doc.setCreationDate(spec.date);
  doc.setModificationDate(spec.date);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const size = 11;
  const leading = 16;
  const maxWidth = A4[0] - 2 * MARGIN;

  let page = doc.addPage(A4);
  let y = 0;
  const newPage = () => {
    if (doc.getPageCount() > 1 || y !== 0) page = doc.addPage(A4);
    page.drawText(spec.kop.toUpperCase(), { x: MARGIN, y: A4[1] - MARGIN, size: 12, font: bold, color: rgb(0.1, 0.2, 0.35) });
    page.drawLine({ start: { x: MARGIN, y: A4[1] - MARGIN - 8 }, end: { x: A4[0] - MARGIN, y: A4[1] - MARGIN - 8 }, thickness: 1.5, color: rgb(0.1, 0.2, 0.35) });
    y = A4[1] - MARGIN - 40;
  };
  newPage();
  for (const line of wrap(spec.title, bold, 14, maxWidth)) {
    page.drawText(line, { x: MARGIN, y, size: 14, font: bold });
    y -= 20;
  }
  y -= 8;
  for (const paragraph of spec.paragraphs) {
    for (const line of wrap(paragraph, regular, size, maxWidth)) {
      if (y < MARGIN) newPage();
      page.drawText(line, { x: MARGIN, y, size, font: regular });
      y -= leading;
    }
    y -= leading / 2;
  }
  while (doc.getPageCount() < (spec.minPages ?? 1)) newPage();
  return doc.save({ useObjectStreams: true });
}

function wrap(text: string, font: { widthOfTextAtSize(t: string, s: number): number }, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) > maxWidth && current) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}
