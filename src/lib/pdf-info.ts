// Size and page count of a published PDF, shown in the document index.
import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';

export interface PdfInfo {
  bytes: number;
  pages: number;
}

/** `shown` is the path printed in errors (inside the content folder), `entryFile` the entry naming it. */
export async function readPdfInfo(file: string, shown: string, entryFile: string): Promise<PdfInfo> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      `${entryFile}: berkas "${shown}" tidak dapat dibaca (${code ?? String(error)}). ` +
        'Periksa isian "berkas" dan pastikan PDF-nya ikut diunggah.',
    );
  }
  if (data.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new Error(`${entryFile}: berkas "${shown}" bukan PDF (tanda %PDF- tidak ditemukan di awal berkas)`);
  }
  try {
    const doc = await PDFDocument.load(data, { ignoreEncryption: true, updateMetadata: false });
    return { bytes: data.byteLength, pages: doc.getPageCount() };
  } catch (error) {
    throw new Error(`${entryFile}: PDF "${shown}" rusak dan tidak dapat dibaca: ${(error as Error).message}`);
  }
}
