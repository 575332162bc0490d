// A top-to-bottom cursor over A4 pages for the report: headings, paragraphs, label/value
// fields, tables that repeat their header on every page they run onto and never split a
// row, lists, fixed-height boxes (charts, the signature) and "Halaman X dari Y" footers.
// Every string goes through `sanitise` (WinAnsi) before pdf-lib sees it.
import type { PDFDocument, PDFFont, PDFImage, PDFPage } from 'pdf-lib';
import { A4, drawFooters, drawLetterhead, FOOTER, GREY, INK, MARGIN, NAVY, SHADE, WIDTH, wrapText } from '../lib/pdf-page.ts';
import { sanitise } from '../archive/winansi.ts';
import type { Letterhead } from '../archive/sheet.ts';

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

export type Layout = ReturnType<typeof createLayout>;

export function createLayout(doc: PDFDocument, fonts: Fonts, continuation: string) {
  const state = { page: doc.addPage(A4), y: A4[1] - MARGIN };
  /** Set by `table` while it runs: redraws its header at the top of a new page. */
  let onNewPage: (() => void) | undefined;
  const newPage = () => {
    state.page = doc.addPage(A4);
    state.page.drawText(sanitise(continuation, fonts.regular), { x: MARGIN, y: A4[1] - MARGIN, size: 8, font: fonts.regular, color: GREY });
    state.y = A4[1] - MARGIN - 14;
    onNewPage?.();
  };
  /** A heading waits for the content after it, so it never ends a page alone. */
  let pendingHeading: string | undefined;
  const HEADING_HEIGHT = 31;
  const drawHeading = (text: string) => {
    state.y -= 12;
    state.page.drawText(sanitise(text, fonts.bold), { x: MARGIN, y: state.y - 11, size: 11.5, font: fonts.bold, color: NAVY });
    state.y -= 15;
    state.page.drawLine({ start: { x: MARGIN, y: state.y }, end: { x: A4[0] - MARGIN, y: state.y }, thickness: 0.5, color: GREY });
    state.y -= 4;
  };
  const ensure = (height: number) => {
    const heading = pendingHeading;
    pendingHeading = undefined;
    if (state.y - height - (heading !== undefined ? HEADING_HEIGHT : 0) < MARGIN + FOOTER) newPage();
    if (heading !== undefined) drawHeading(heading);
  };

  const self = {
    fonts,
    get page(): PDFPage {
      return state.page;
    },
    get y(): number {
      return state.y;
    },
    gap(height: number) {
      state.y -= height;
    },
    ensure,

    letterhead(kop: Letterhead, logo: PDFImage | undefined) {
      state.y = drawLetterhead(state.page, fonts, kop, logo, state.y) - 22;
    },

    centred(text: string, font: PDFFont, size: number) {
      for (const line of wrapText(text, font, size, WIDTH)) {
        ensure(size + 6);
        state.y -= size + 4;
        state.page.drawText(line, { x: (A4[0] - font.widthOfTextAtSize(line, size)) / 2, y: state.y, size, font, color: INK });
      }
    },

    /** Drawn with the first line of what follows it, on the same page. */
    heading(text: string) {
      if (pendingHeading !== undefined) ensure(0);
      pendingHeading = text;
    },

    paragraph(text: string, size = 9.5) {
      for (const line of wrapText(text, fonts.regular, size, WIDTH)) {
        ensure(size + 4);
        state.y -= size + 3.5;
        state.page.drawText(line, { x: MARGIN, y: state.y, size, font: fonts.regular, color: INK });
      }
      state.y -= 4;
    },

    list(items: readonly string[]) {
      for (const item of items) {
        const lines = wrapText(item, fonts.regular, 9, WIDTH - 14);
        lines.forEach((line, i) => {
          ensure(13);
          state.y -= 12.5;
          if (i === 0) state.page.drawText('-', { x: MARGIN + 3, y: state.y, size: 9, font: fonts.regular, color: INK });
          state.page.drawText(line, { x: MARGIN + 14, y: state.y, size: 9, font: fonts.regular, color: INK });
        });
      }
      state.y -= 4;
    },

    /** "Label      value" rows, the value wrapped in its own column. */
    fields(rows: ReadonlyArray<readonly [string, string]>) {
      const labelWidth = 170;
      for (const [label, value] of rows) {
        const labelLines = wrapText(label, fonts.bold, 9.5, labelWidth - 8);
        const valueLines = wrapText(value, fonts.regular, 9.5, WIDTH - labelWidth);
        const height = 13 * Math.max(labelLines.length, valueLines.length) + 2;
        ensure(height);
        const top = state.y;
        labelLines.forEach((line, i) => state.page.drawText(line, { x: MARGIN, y: top - 13 * (i + 1), size: 9.5, font: fonts.bold, color: INK }));
        valueLines.forEach((line, i) => state.page.drawText(line, { x: MARGIN + labelWidth, y: top - 13 * (i + 1), size: 9.5, font: fonts.regular, color: INK }));
        state.y = top - height;
      }
      state.y -= 4;
    },

    /** A table over the full width; `widths` are relative. Rows are never split; the header repeats on each new page. */
    table(header: readonly string[], widths: readonly number[], rows: readonly (readonly string[])[]) {
      const total = widths.reduce((a, b) => a + b, 0) || 1;
      const cols = widths.map((w) => (w / total) * WIDTH);
      const size = cols.length > 5 ? 7.5 : 8.5;
      const leading = size + 2.5;
      const pad = 3.5;
      const draw = (font: PDFFont, shade: boolean, height: number, wrapped: string[][]) => {
        let x = MARGIN;
        wrapped.forEach((cellLines, i) => {
          const width = cols[i] ?? 0;
          state.page.drawRectangle({ x, y: state.y - height, width, height, borderColor: GREY, borderWidth: 0.5, ...(shade ? { color: SHADE } : {}) });
          cellLines.forEach((line, j) => state.page.drawText(line, { x: x + pad, y: state.y - pad - size - j * leading + 1, size, font, color: INK }));
          x += width;
        });
        state.y -= height;
      };
      const measure = (cells: readonly string[], font: PDFFont) => {
        const wrapped = cols.map((w, i) => wrapText(cells[i] ?? '', font, size, w - 2 * pad));
        return { wrapped, height: Math.max(...wrapped.map((l) => l.length)) * leading + 2 * pad };
      };
      const head = measure(header, fonts.bold);
      const drawHeader = () => draw(fonts.bold, true, head.height, head.wrapped);
      // The header and the first row stay together.
      const first = rows[0] ? measure(rows[0], fonts.regular).height : 0;
      ensure(head.height + first);
      drawHeader();
      onNewPage = drawHeader;
      try {
        for (const cells of rows) {
          const m = measure(cells, fonts.regular);
          ensure(m.height);
          draw(fonts.regular, false, m.height, m.wrapped);
        }
      } finally {
        onNewPage = undefined;
      }
      state.y -= 8;
    },

    /** A fixed-height area drawn by `paint` (its top-left corner and width), moved to a new page when it does not fit. */
    box(height: number, paint: (page: PDFPage, left: number, top: number, width: number) => void) {
      ensure(height);
      paint(state.page, MARGIN, state.y, WIDTH);
      state.y -= height;
    },

    /** The note and "Halaman i dari n" at the foot of every page, once all pages exist. */
    footers(note: string) {
      if (pendingHeading !== undefined) ensure(0);
      drawFooters(doc, fonts.regular, note);
    },
  };
  return self;
}
