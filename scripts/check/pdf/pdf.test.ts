// The PDF checks against the committed fixtures (tests/fixtures/check/pdf/, see its README):
// each file yields exactly its findings, near-misses yield none, and --fix rewrites only
// the metadata of files it may touch, leaving the same pages and text.
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, StandardFonts, type PDFPage } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckFinding } from '../../../src/check/finding.ts';
import { makeJpeg } from '../../lib/image.ts';
import { checkPdfFile, DEFAULT_PDF_LIMITS, inspectPdfBytes, type PdfCheckOptions, type PdfMetadata } from './index.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/check/pdf');
const COURT = 'Pengadilan Negeri Contoh';
const OPTIONS: PdfCheckOptions = {
  fix: false,
  dryRun: false,
  limits: DEFAULT_PDF_LIMITS,
  court: COURT,
  allowlist: { phones: ['(0271) 555-0100'], emailDomains: ['pn-contoh.go.id'] },
};
/** Every personal number in the fixtures, as written and as bare digits: never in a message. */
const SECRETS = [
  '3372015708900003',
  '3372011203900002',
  '12.345.678.9-012.345',
  '123456789012345',
  '0812-3456-7890',
  '081234567890',
  '1234567890',
];
const INDONESIAN = /\b(?:ini|tidak|yang|dan|atau|terdeteksi)\b/i;

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'laman-pdf-test-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

async function check(name: string, options: Partial<PdfCheckOptions> = {}) {
  return checkPdfFile(fixture(name), `content/dokumen/berkas/${name}`, { ...OPTIONS, ...options });
}

/** A copy in the scratch folder, so a fix never touches the committed fixture. */
async function copy(name: string): Promise<string> {
  const target = path.join(await mkdtemp(path.join(scratch, 'f-')), name);
  await copyFile(fixture(name), target);
  return target;
}

function summary(findings: readonly CheckFinding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.severity}${f.page === undefined ? '' : ` p${f.page}`}`).sort();
}

function expectReadable(findings: readonly CheckFinding[], file: string): void {
  for (const f of findings) {
    expect(f.file).toBe(file);
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.message.length).toBeGreaterThan(40);
    expect(f.hint.length).toBeGreaterThan(20);
    expect(f.message).toMatch(INDONESIAN);
    for (const secret of SECRETS) {
      expect(f.message).not.toContain(secret);
      expect(f.hint).not.toContain(secret);
      expect(f.message.replace(/\D/g, '')).not.toContain(secret.replace(/\D/g, ''));
    }
    // Personal data is removed in the source document, not by covering it in the PDF.
    if (f.rule.startsWith('pribadi/')) expect(f.hint).toContain('ekspor ulang PDF');
    // Only metadata can be repaired by --fix.
    if (f.fixable) expect(f.rule).toBe('pdf/metadata');
  }
}

/** Pages, page sizes and text, measured with pdf-lib and unpdf directly (not through the checker). */
async function describeDocument(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const proxy = await getDocumentProxy(bytes.slice(), { verbosity: 0 });
  try {
    const { text } = await extractText(proxy, { mergePages: false });
    return {
      pages: doc.getPageCount(),
      sizes: doc.getPages().map((p) => p.getSize()),
      text,
      doc,
    };
  } finally {
    await proxy.loadingTask.destroy();
  }
}

/** Every string and decodable stream in the file, decoded: where a leaked name could hide. */
function allText(doc: PDFDocument): string {
  const parts: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const filter = object instanceof PDFRawStream ? object.dict.get(PDFName.of('Filter')) : undefined;
    if (object instanceof PDFRawStream && (filter === undefined || filter === PDFName.of('FlateDecode'))) {
      parts.push(new TextDecoder().decode(decodePDFRawStream(object).decode()));
    }
    const visit = (value: unknown): void => {
      if (value instanceof PDFString || value instanceof PDFHexString) parts.push(value.decodeText());
      else if (value && typeof value === 'object' && 'asArray' in value) (value as { asArray(): unknown[] }).asArray().forEach(visit);
      else if (value && typeof value === 'object' && 'entries' in value && typeof (value as { entries: unknown }).entries === 'function') {
        for (const [, v] of (value as { entries(): [unknown, unknown][] }).entries()) visit(v);
      }
    };
    visit(object instanceof PDFRawStream ? object.dict : object);
  }
  return parts.join('\n');
}

describe('PDF fixtures', () => {
  const cases: [string, string[]][] = [
    ['bersih.pdf', []],
    ['nomor-perkara.pdf', []],
    ['goto-openaction.pdf', []],
    ['rusak.pdf', ['pdf/rusak error']],
    ['bukan-pdf.pdf', ['pdf/rusak error']],
    ['terenkripsi-sandi.pdf', ['pdf/terenkripsi error']],
    ['terenkripsi-tanpa-sandi.pdf', ['pdf/terenkripsi error']],
    ['javascript.pdf', ['pdf/javascript error']],
    ['javascript-names.pdf', ['pdf/javascript error']],
    ['javascript-nama-escape.pdf', ['pdf/javascript error']],
    ['launch.pdf', ['pdf/aksi error']],
    ['lampiran.pdf', ['pdf/lampiran error']],
    ['scan-tanpa-teks.pdf', ['pdf/tanpa-teks warning p1']],
    ['nik.pdf', ['pribadi/nik error p2']],
    ['kk-npwp-rekening.pdf', ['pribadi/kk error p1', 'pribadi/npwp error p1', 'pribadi/rekening error p2', 'pribadi/telepon error p2']],
    ['metadata-bocor.pdf', ['pdf/metadata warning', 'pdf/metadata warning']],
    ['metadata-bocor-linear.pdf', ['pdf/metadata warning', 'pdf/metadata warning']],
  ];

  it('covers every fixture file', async () => {
    const files = (await readdir(FIXTURES)).filter((f) => f.endsWith('.pdf')).sort();
    expect(files).toEqual(cases.map(([name]) => name).sort());
  });

  it.each(cases)('%s yields %j', async (name, expected) => {
    const result = await check(name);
    expect(summary(result.findings)).toEqual(expected);
    expectReadable(result.findings, `content/dokumen/berkas/${name}`);
    expect(result.fixes).toEqual([]);
  });

  it('names what a file that is not a PDF actually is', async () => {
    const html = await check('bukan-pdf.pdf');
    expect(html.findings[0]?.message).toContain('HTML');
    const jpeg = await makeJpeg({ caption: 'foto', width: 64, height: 48, colors: ['#000000', '#ffffff'] });
    const photo = await inspectPdfBytes(new Uint8Array(jpeg), 'foto.pdf', OPTIONS);
    expect(summary(photo.findings)).toEqual(['pdf/rusak error']);
    expect(photo.findings[0]?.message).toContain('JPEG');
  });

  it('reports a file with a PDF header but garbage inside as damaged', async () => {
    const garbage = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nstream\x00\x01\x02 endobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
    const result = await inspectPdfBytes(garbage, 'x.pdf', OPTIONS);
    expect(summary(result.findings)).toEqual(['pdf/rusak error']);
    expect((await inspectPdfBytes(new Uint8Array(0), 'kosong.pdf', OPTIONS)).findings.map((f) => f.rule)).toEqual(['pdf/rusak']);
  });

  it('tells a password to open apart from owner-only restrictions', async () => {
    const [withPassword, ownerOnly] = await Promise.all([check('terenkripsi-sandi.pdf'), check('terenkripsi-tanpa-sandi.pdf')]);
    expect(withPassword.findings[0]?.message).toContain('kata sandi untuk membukanya');
    expect(ownerOnly.findings[0]?.message).toContain('pembatasan izin');
  });

  it('says which metadata fields leak and which description is missing', async () => {
    const { findings } = await check('metadata-bocor.pdf');
    const leak = findings.find((f) => f.fixable);
    expect(leak?.message).toEqual(expect.stringContaining('Author'));
    for (const field of ['Creator', 'Company', 'XMP dc:creator']) expect(leak?.message).toContain(field);
    expect(leak?.message).not.toContain('Budi');
    const title = findings.find((f) => !f.fixable);
    expect(title?.message).toContain('Title kosong');
    // With the dokumen entry's title, --fix can fill it in.
    const withEntry = await check('metadata-bocor.pdf', { metadata: { title: 'Putusan Nomor 1/Pid.B/2026/PN Ctn' } });
    expect(withEntry.findings.every((f) => f.rule === 'pdf/metadata' && f.fixable)).toBe(true);
  });

  it('accepts a formal title that differs from the dokumen entry', async () => {
    const { findings } = await check('bersih.pdf', { metadata: { title: 'Jadwal Sidang Bulan Maret 2026' } });
    expect(findings).toEqual([]);
  });

  it('reports files over the size and page limits', async () => {
    const small = await check('bersih.pdf', { limits: { maxBytes: 1000, maxPages: 500 } });
    expect(summary(small.findings)).toEqual(['pdf/ukuran error']);
    expect(small.findings[0]?.message).toContain('MB');
    const short = await check('nik.pdf', { limits: { maxBytes: DEFAULT_PDF_LIMITS.maxBytes, maxPages: 1 } });
    expect(summary(short.findings)).toEqual(['pdf/halaman error', 'pribadi/nik error p2']);
    expect(short.pages).toBe(2);
  });

  it('throws only for I/O errors', async () => {
    await expect(checkPdfFile(path.join(scratch, 'tidak-ada.pdf'), 'tidak-ada.pdf', OPTIONS)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('active content in PDFs built here with pdf-lib', () => {
  /** A one-page text PDF with the court's metadata; `extend` adds the content under test. */
  async function build(extend: (doc: PDFDocument, page: PDFPage) => void): Promise<Uint8Array> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.setTitle('Pengumuman');
    doc.setAuthor(COURT);
    const page = doc.addPage([595, 842]);
    page.drawText('Pengumuman jadwal sidang bulan ini untuk para pihak.', { x: 50, y: 780, size: 11, font: await doc.embedFont(StandardFonts.Helvetica) });
    extend(doc, page);
    return doc.save();
  }

  async function rules(extend: (doc: PDFDocument, page: PDFPage) => void): Promise<string[]> {
    const { findings } = await inspectPdfBytes(await build(extend), 'x.pdf', OPTIONS);
    expectReadable(findings, 'x.pdf');
    return summary(findings);
  }

  /** One annotation on the page; `dict` is the annotation dictionary without /Type and /Rect. */
  const annotation = (doc: PDFDocument, page: PDFPage, dict: PDFDict) => {
    dict.set(PDFName.of('Type'), PDFName.of('Annot'));
    dict.set(PDFName.of('Rect'), doc.context.obj([50, 700, 200, 720]));
    page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(dict)]));
  };

  it('finds an XFA form', async () => {
    expect(await rules((doc) => doc.catalog.set(PDFName.of('AcroForm'), doc.context.obj({ Fields: [], XFA: [PDFString.of('template'), doc.context.register(doc.context.stream('<xdp/>'))] })))).toEqual(['pdf/javascript error']);
  });

  it('finds actions run by /AA and chained with /Next, but not plain links', async () => {
    expect(await rules((doc, page) => page.node.set(PDFName.of('AA'), doc.context.obj({ O: { S: 'URI', URI: PDFString.of('https://contoh.test/') } })))).toEqual(['pdf/aksi error']);
    expect(await rules((doc) => doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj({ S: 'GoTo', D: [0, 'Fit'], Next: { S: 'SubmitForm', F: PDFString.of('https://contoh.test/') } })))).toEqual(['pdf/aksi error']);
    expect(await rules((doc, page) => page.node.set(PDFName.of('AA'), doc.context.obj({ C: { S: 'JavaScript', JS: PDFString.of('app.alert(1)') } })))).toEqual(['pdf/javascript error']);
    expect(await rules((doc, page) => annotation(doc, page, doc.context.obj({ Subtype: 'Link', A: { S: 'URI', URI: PDFString.of('https://pn-contoh.go.id/') } })))).toEqual([]);
    expect(await rules((doc, page) => annotation(doc, page, doc.context.obj({ Subtype: 'Link', A: { S: 'Launch', F: PDFString.of('calc.exe') } })))).toEqual(['pdf/aksi error']);
  });

  it('finds a file attachment annotation', async () => {
    expect(
      await rules((doc, page) => {
        const file = doc.context.register(doc.context.stream('isi', { Type: 'EmbeddedFile' }));
        annotation(doc, page, doc.context.obj({ Subtype: 'FileAttachment', FS: { Type: 'Filespec', F: PDFString.of('a.txt'), EF: { F: file } } }));
      }),
    ).toEqual(['pdf/lampiran error']);
  });
});

describe('laman check --fix on PDFs', () => {
  const entry: PdfMetadata = { title: 'Putusan Nomor 1/Pid.B/2026/PN Ctn', subject: 'Putusan pidana', keywords: ['putusan', 'pidana'] };

  async function fixAndCompare(name: string, metadata: PdfMetadata | undefined) {
    const target = await copy(name);
    const before = await describeDocument(new Uint8Array(await readFile(target)));
    const options: PdfCheckOptions = { ...OPTIONS, fix: true };
    if (metadata !== undefined) options.metadata = metadata;
    const result = await checkPdfFile(target, name, options);
    const bytes = new Uint8Array(await readFile(target));
    const after = await describeDocument(bytes);
    expect(after.pages).toBe(before.pages);
    expect(after.sizes).toEqual(before.sizes);
    expect(after.text).toEqual(before.text);
    // A fresh check of the written file agrees with what the fix returned.
    const recheck = await checkPdfFile(target, name, { ...options, fix: false });
    expect(recheck.findings).toEqual(result.findings);
    expect(await readdir(path.dirname(target))).toEqual([name]);
    return { result, doc: after.doc };
  }

  it.each(['metadata-bocor.pdf', 'metadata-bocor-linear.pdf'])('cleans %s with the dokumen entry', async (name) => {
    const { result, doc } = await fixAndCompare(name, entry);
    expect(result.findings).toEqual([]);
    expect(result.fixes).toEqual(expect.arrayContaining(['Author diganti menjadi "Pengadilan Negeri Contoh"', 'Metadata XMP dihapus']));
    expect(doc.getTitle()).toBe(entry.title);
    expect(doc.getSubject()).toBe('Putusan pidana');
    expect(doc.getKeywords()).toBe('putusan, pidana');
    expect(doc.getAuthor()).toBe(COURT);
    expect(doc.getCreator()).toBe('Laman');
    expect(doc.getProducer()).toBe('Laman');
    expect(allText(doc)).not.toMatch(/Budi|Microsoft|docx/);
  });

  it('without a dokumen entry fixes the leak and leaves the missing title reported', async () => {
    const { result, doc } = await fixAndCompare('metadata-bocor.pdf', undefined);
    expect(summary(result.findings)).toEqual(['pdf/metadata warning']);
    expect(result.findings[0]?.message).toContain('Title kosong');
    expect(result.findings[0]?.fixable).toBe(false);
    expect(doc.getAuthor()).toBe(COURT);
    expect(allText(doc)).not.toContain('Budi');
  });

  it('sets Title, Subject and Keywords from its dokumen entry when it rewrites a PDF', async () => {
    const { result, doc } = await fixAndCompare('metadata-bocor.pdf', entry);
    expect(result.findings).toEqual([]);
    expect(doc.getTitle()).toBe(entry.title);
    expect(doc.getSubject()).toBe('Putusan pidana');
    expect(doc.getKeywords()).toBe('putusan, pidana');
    expect(doc.getAuthor()).toBe(COURT);
  });

  it('writes nothing in a dry run but lists what it would change', async () => {
    const target = await copy('metadata-bocor.pdf');
    const original = await readFile(target);
    const result = await checkPdfFile(target, 'metadata-bocor.pdf', { ...OPTIONS, fix: true, dryRun: true, metadata: entry });
    expect(result.fixes.length).toBeGreaterThan(3);
    expect(summary(result.findings)).toEqual(['pdf/metadata warning', 'pdf/metadata warning']);
    expect((await readFile(target)).equals(original)).toBe(true);
    expect(await readdir(path.dirname(target))).toEqual(['metadata-bocor.pdf']);
  });

  it.each(['javascript.pdf', 'nik.pdf'])('does not rewrite %s, which has errors --fix cannot repair', async (name) => {
    // The fixture plus a leaked author, so there is something --fix could otherwise repair.
    const target = await copy(name);
    const leaky = await PDFDocument.load(await readFile(target), { updateMetadata: false });
    leaky.setAuthor('Budi Santoso');
    await writeFile(target, await leaky.save());
    const original = await readFile(target);
    const result = await checkPdfFile(target, name, { ...OPTIONS, fix: true, metadata: { title: 'Judul lain' } });
    expect(result.fixes).toEqual([]);
    expect(result.notFixed).toMatch(/tidak diperbaiki/);
    expect(result.findings.some((f) => f.rule === 'pdf/metadata')).toBe(true);
    expect((await readFile(target)).equals(original)).toBe(true);
  });

  it('leaves a file without fixable findings untouched', async () => {
    const target = await copy('bersih.pdf');
    const original = await readFile(target);
    const result = await checkPdfFile(target, 'bersih.pdf', { ...OPTIONS, fix: true });
    expect(result).toEqual({ findings: [], fixes: [], pages: 1 });
    expect((await readFile(target)).equals(original)).toBe(true);
  });
});
