import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdfInfo } from './pdf-info.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'laman-pdf-'));
});

describe('readPdfInfo', () => {
  it('reads size and page count of a real PDF', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 3; i++) doc.addPage();
    const bytes = await doc.save();
    const file = path.join(dir, 'tiga.pdf');
    await writeFile(file, bytes);
    expect(await readPdfInfo(file, 'dokumen/tiga.pdf', 'content/dokumen/tiga.md')).toEqual({ bytes: bytes.byteLength, pages: 3 });
  });

  it('explains a missing, a fake and a corrupt PDF in Indonesian, naming the entry', async () => {
    await expect(readPdfInfo(path.join(dir, 'hilang.pdf'), 'dokumen/hilang.pdf', 'content/dokumen/x.md')).rejects.toThrow(
      'content/dokumen/x.md: berkas "dokumen/hilang.pdf" tidak dapat dibaca (ENOENT)',
    );
    await writeFile(path.join(dir, 'palsu.pdf'), '<html>bukan pdf</html>');
    await expect(readPdfInfo(path.join(dir, 'palsu.pdf'), 'dokumen/palsu.pdf', 'content/dokumen/x.md')).rejects.toThrow('bukan PDF');
    await writeFile(path.join(dir, 'rusak.pdf'), '%PDF-1.7\n' + 'x'.repeat(50));
    await expect(readPdfInfo(path.join(dir, 'rusak.pdf'), 'dokumen/rusak.pdf', 'content/dokumen/x.md')).rejects.toThrow('rusak');
  });
});
