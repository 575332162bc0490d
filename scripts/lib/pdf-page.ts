// What Laman's A4 documents share (the archive's Lembar Persetujuan Publikasi and the monthly
// report): page geometry, colours, word wrapping over WinAnsi-safe text, and the
// "Halaman i dari n" footers drawn once every page exists, and the court's letterhead.
import { rgb, type PDFDocument, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import type { Letterhead } from '../archive/sheet.ts';
import { sanitise } from '../archive/winansi.ts';

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 50;
export const WIDTH = A4[0] - 2 * MARGIN;
/** Room kept free at the bottom of every page for the footer. */
export const FOOTER = 40;
export const INK = rgb(0.1, 0.1, 0.1);
export const NAVY = rgb(0.1, 0.2, 0.35);
export const GREY = rgb(0.4, 0.4, 0.4);
export const SHADE = rgb(0.9, 0.92, 0.95);

/** Words that fit `width` (text made WinAnsi-safe first); a word longer than a line (a URL, a hash) is cut where it must. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const out: string[] = [];
  let line = '';
  for (const word of sanitise(text, font).split(' ').filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) out.push(line);
    let rest = word;
    while (!fits(rest) && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut -= 1;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line || !out.length) out.push(line);
  return out;
}

/** The note and "Halaman i dari n" at the foot of every page of `doc`. */
export function drawFooters(doc: PDFDocument, font: PDFFont, note: string): void {
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    let y = MARGIN + 18;
    for (const line of wrapText(note, font, 7.5, WIDTH - 80)) {
      page.drawText(line, { x: MARGIN, y, size: 7.5, font, color: GREY });
      y -= 9;
    }
    const label = `Halaman ${i + 1} dari ${pages.length}`;
    page.drawText(label, { x: A4[0] - MARGIN - font.widthOfTextAtSize(label, 7.5), y: MARGIN + 18, size: 7.5, font, color: GREY });
  });
}

/**
 * The court's letterhead from `top` down: the logo (when there is one), the names and
 * contacts beside it, and the double rule under them. Returns the y of the lower rule.
 */
export function drawLetterhead(page: PDFPage, fonts: { regular: PDFFont; bold: PDFFont }, kop: Letterhead, logo: PDFImage | undefined, top: number): number {
  let x = MARGIN;
  if (logo) {
    const height = 62;
    const width = (logo.width / logo.height) * height;
    page.drawImage(logo, { x, y: top - height, width, height });
    x += width + 14;
  }
  const width = A4[0] - MARGIN - x;
  let y = top - 10;
  const lines: Array<[string, PDFFont, number, typeof INK]> = [
    [kop.induk.toUpperCase(), fonts.regular, 9.5, NAVY],
    [kop.nama.toUpperCase(), fonts.bold, 15, NAVY],
    [kop.alamat, fonts.regular, 8.5, INK],
    [kop.kontak, fonts.regular, 8.5, INK],
    [kop.url, fonts.regular, 8.5, INK],
  ];
  for (const [text, font, size, color] of lines) {
    for (const line of wrapText(text, font, size, width)) {
      y -= size + 2;
      page.drawText(line, { x, y, size, font, color });
    }
  }
  y = Math.min(y, top - 68) - 4;
  page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness: 2, color: NAVY });
  page.drawLine({ start: { x: MARGIN, y: y - 3 }, end: { x: A4[0] - MARGIN, y: y - 3 }, thickness: 0.6, color: NAVY });
  return y;
}
