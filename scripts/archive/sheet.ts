// "Lembar Persetujuan Publikasi": the approval sheet stored with each archive record (A4,
// Indonesian, the court's letterhead). Pure apart from pdf-lib: the same record and
// letterhead give the same bytes, because every date in the PDF comes from the record.
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatTime } from '../gate/time.ts';
import type { RecordDraft } from './record.ts';
import { padNomor } from './layout.ts';
import { A4, drawFooters, drawLetterhead, FOOTER, GREY, INK, MARGIN, NAVY, SHADE, WIDTH, wrapText } from '../lib/pdf-page.ts';
import { sanitise } from './winansi.ts';

/** The court's letterhead, from content/pengaturan/situs.yml (see letterhead.ts). */
export interface Letterhead {
  /** "Pengadilan Negeri Contoh" */
  nama: string;
  /** The superior court, "Pengadilan Tinggi Contoh". */
  induk: string;
  /** One line: street, city, province, postcode. */
  alamat: string;
  /** One line: phone numbers and email. */
  kontak: string;
  /** The site's address, "https://pn-contoh.go.id". */
  url: string;
  /** The logo as PNG; absent when it could not be rasterised. */
  logoPng?: Uint8Array;
}

export const SHEET_TITLE = 'Lembar Persetujuan Publikasi';

const PERUBAHAN: Record<RecordDraft['item']['perubahan'], string> = {
  ditambah: 'ditambah (terbit baru)',
  diubah: 'diubah',
  dihapus: 'dihapus dari situs',
};

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  mono: PDFFont;
}

/** Renders the sheet for a record draft (everything but the sheet's own hash). */
export async function renderSheet(record: RecordDraft, kop: Letterhead): Promise<Uint8Array> {
  const date = new Date(record.waktu);
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(`${SHEET_TITLE}: ${record.item.judul}`);
  doc.setSubject(`Catatan arsip ${padNomor(record.nomor)}, ${record.item.koleksi}/${record.item.slug}`);
  doc.setAuthor(kop.nama);
  doc.setCreator('Laman');
  doc.setProducer('Laman (pdf-lib)');
  doc.setLanguage('id-ID');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    mono: await doc.embedFont(StandardFonts.Courier),
  };
  const logo = kop.logoPng ? await doc.embedPng(kop.logoPng) : undefined;
  const zone = record.zonaWaktu;
  const time = (iso: string) => formatTime(iso, zone);
  const zoneName = formatTime(record.waktu, zone).split(' ').slice(2).join(' ');

  const w = writer(doc, fonts, `${SHEET_TITLE}, catatan arsip nomor ${padNomor(record.nomor)} (lanjutan)`);
  w.y = drawLetterhead(w.page, w.fonts, kop, logo, w.y) - 26;
  w.centred(SHEET_TITLE.toUpperCase(), fonts.bold, 14);
  w.centred(`Catatan arsip nomor ${padNomor(record.nomor)}`, fonts.regular, 10);
  w.gap(10);

  w.heading('Konten');
  w.field('Judul', record.item.judul);
  w.field('Koleksi', record.item.koleksi);
  w.field('Slug', record.item.slug);
  w.field('Perubahan', PERUBAHAN[record.item.perubahan]);
  w.field('Alamat di situs', record.item.url ?? '- (tidak lagi tayang)');
  w.field('Berkas konten', record.item.path);

  w.heading('Pull request');
  const pr = record.pullRequest;
  if (pr) {
    w.field('Nomor', `#${pr.nomor}`);
    w.field('Judul', pr.judul);
    w.field('Penulis', pr.penulis || '-');
    w.field('Digabung', time(pr.digabung));
    w.field('Alamat', pr.url);
  } else {
    w.paragraph('Tidak ada pull request: perubahan ini tidak melalui pull request yang digabung.');
  }

  w.heading('Persetujuan rantai penyuntingan (SOP E)');
  if (record.persetujuan.length) {
    w.table(
      ['Tahap', 'Disetujui oleh', `Waktu (${zoneName})`],
      [150, 160, WIDTH - 310],
      record.persetujuan.map((a) => [a.nama, a.oleh, time(a.pada)]),
    );
  } else {
    w.paragraph('Tidak ada persetujuan yang tercatat.');
  }

  w.heading('Publikasi');
  w.field('Commit', record.commit, 'mono');
  w.field('Build', record.build, 'mono');
  w.field('Nomor catatan', padNomor(record.nomor));
  w.field('Diarsipkan', time(record.waktu));
  w.field('Hash catatan sebelumnya', record.sebelumnya ?? '- (catatan pertama)', record.sebelumnya ? 'mono' : 'regular');

  w.heading('Sidik berkas (SHA-256)');
  if (record.isi) w.hash(`Konten: ${record.isi.path} (${record.isi.bytes} bita)`, record.isi.sha256);
  else w.paragraph('Konten: - (dihapus, tidak ada berkas yang terbit)');
  for (const file of record.lampiran) w.hash(`Lampiran: ${file.path} (${file.bytes} bita)`, file.sha256);
  if (!record.lampiran.length) w.paragraph('Lampiran: tidak ada.');

  w.footers(
    `Dibuat otomatis oleh Laman, ${time(record.waktu)}. Keaslian lembar ini diperiksa dengan "laman archive verify" pada cabang arsip repositori situs.`,
  );
  return doc.save({ useObjectStreams: true });
}

/** A top-to-bottom cursor over as many A4 pages as the content needs. */
function writer(doc: PDFDocument, fonts: Fonts, continuation: string) {
  const state = { page: doc.addPage(A4), y: A4[1] - MARGIN };
  const ensure = (height: number) => {
    if (state.y - height < MARGIN + FOOTER) {
      state.page = doc.addPage(A4);
      state.page.drawText(sanitise(continuation, fonts.regular), { x: MARGIN, y: A4[1] - MARGIN, size: 8, font: fonts.regular, color: GREY });
      state.y = A4[1] - MARGIN - 14;
    }
  };
  const lines = wrapText;
  const self = {
    fonts,
    get page(): PDFPage {
      return state.page;
    },
    get y(): number {
      return state.y;
    },
    set y(value: number) {
      state.y = value;
    },
    gap(height: number) {
      state.y -= height;
    },
    centred(text: string, font: PDFFont, size: number) {
      for (const line of lines(text, font, size, WIDTH)) {
        ensure(size + 6);
        state.y -= size + 4;
        state.page.drawText(line, { x: (A4[0] - font.widthOfTextAtSize(line, size)) / 2, y: state.y, size, font, color: INK });
      }
    },
    heading(text: string) {
      ensure(40);
      state.y -= 10;
      state.page.drawText(sanitise(text, fonts.bold), { x: MARGIN, y: state.y - 11, size: 11, font: fonts.bold, color: NAVY });
      state.y -= 15;
      state.page.drawLine({ start: { x: MARGIN, y: state.y }, end: { x: A4[0] - MARGIN, y: state.y }, thickness: 0.5, color: GREY });
      state.y -= 4;
    },
    paragraph(text: string) {
      for (const line of lines(text, fonts.regular, 9.5, WIDTH)) {
        ensure(14);
        state.y -= 13;
        state.page.drawText(line, { x: MARGIN, y: state.y, size: 9.5, font: fonts.regular, color: INK });
      }
    },
    /** "Label      value" with the value wrapped in its own column. */
    field(label: string, value: string, face: 'regular' | 'mono' = 'regular') {
      const labelWidth = 135;
      const font = face === 'mono' ? fonts.mono : fonts.regular;
      const size = face === 'mono' ? 8.5 : 9.5;
      const valueLines = lines(value, font, size, WIDTH - labelWidth);
      ensure(13 * valueLines.length + 2);
      state.page.drawText(sanitise(label, fonts.bold), { x: MARGIN, y: state.y - 13, size: 9.5, font: fonts.bold, color: INK });
      for (const line of valueLines) {
        state.y -= 13;
        state.page.drawText(line, { x: MARGIN + labelWidth, y: state.y, size, font, color: INK });
      }
      state.y -= 2;
    },
    /** A file's description and, below it, its hash in a fixed-width face. */
    hash(description: string, sha256: string) {
      const descLines = lines(description, fonts.regular, 9.5, WIDTH);
      ensure(13 * descLines.length + 16);
      for (const line of descLines) {
        state.y -= 13;
        state.page.drawText(line, { x: MARGIN, y: state.y, size: 9.5, font: fonts.regular, color: INK });
      }
      state.y -= 12;
      state.page.drawText(sha256, { x: MARGIN + 12, y: state.y, size: 8.5, font: fonts.mono, color: INK });
      state.y -= 4;
    },
    table(header: string[], widths: number[], rows: string[][]) {
      const size = 9.5;
      const pad = 4;
      const row = (cells: string[], font: PDFFont, shade: boolean) => {
        const wrapped = cells.map((cell, i) => lines(cell, font, size, (widths[i] ?? 0) - 2 * pad));
        const height = Math.max(...wrapped.map((l) => l.length)) * 12 + 2 * pad;
        ensure(height);
        let x = MARGIN;
        wrapped.forEach((cellLines, i) => {
          const width = widths[i] ?? 0;
          state.page.drawRectangle({ x, y: state.y - height, width, height, borderColor: GREY, borderWidth: 0.5, ...(shade ? { color: SHADE } : {}) });
          cellLines.forEach((line, j) => {
            state.page.drawText(line, { x: x + pad, y: state.y - pad - 9 - j * 12, size, font, color: INK });
          });
          x += width;
        });
        state.y -= height;
      };
      row(header, fonts.bold, true);
      for (const cells of rows) row(cells, fonts.regular, false);
      state.y -= 4;
    },
    /** The note and "Halaman i dari n" at the foot of every page, once all pages exist. */
    footers(note: string) {
      drawFooters(doc, fonts.regular, note);
    },
  };
  return self;
}
