// The report as Markdown and as PDF, from the same synthetic month: figures present,
// hostile text escaped, the PDF readable back with pdf.js (unpdf).
import { PDFDocument } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from './build.ts';
import { toDocument } from './document.ts';
import { renderMarkdown } from './markdown.ts';
import { renderPdf } from './pdf.ts';
import { issueBody, parseReportMarker } from './post.ts';
import { ATTACKER, COURT, emptyData, NOVEMBER, novemberData, NOW } from './test-fixtures.ts';

const doc = toDocument(buildReport(novemberData(), { month: NOVEMBER, now: NOW, court: COURT }));
const SECTIONS = [
  '1. Ringkasan',
  '2. Ketersediaan dan waktu respons',
  '3. Insiden',
  '4. Konten terbit dan waktu pemeriksaan',
  '5. Kesegaran informasi wajib dan konten',
  '6. Pencadangan dan uji pemulihan',
  '7. Perpanjangan layanan',
  '8. Aktivitas mencurigakan',
  '9. Masalah dan usulan penyelesaian',
];

/** What GitHub shows of an escaped Markdown line: backslash escapes removed. */
const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

describe('Markdown', () => {
  const md = renderMarkdown(doc);

  it('has the title, every section and the figures', () => {
    expect(md.split('\n')[0]).toBe('# Laporan Situasi Website — November 2026');
    for (const s of SECTIONS) expect(unescape(md)).toContain(`## ${s}`);
    expect(md).toContain('98,61%'); // 710 of 720 runs, floored
    expect(unescape(md)).toContain('| Editor | 3 | 1 jam | 1 jam 30 menit | 30 menit | 3 |');
    expect(unescape(md)).toContain('| berita | 2 | 0 | 0 | 2 |');
    expect(unescape(md)).toContain('Mengetahui,');
  });

  it('escapes what outsiders wrote: no HTML, no images or links, no mentions, no broken tables', () => {
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(md).not.toMatch(/!\[x\]\(/);
    expect(md).not.toMatch(/@everyone/); // a zero-width space breaks the mention
    expect(md).not.toContain('http://evil');
    // Every table row keeps its column count: a "|" in a title is escaped.
    const incidentRow = md.split('\n').find((l) => l.includes('#45'))!;
    expect(incidentRow.split(/(?<!\\)\|/).length - 2).toBe(6);
    expect(unescape(md)).toContain(ATTACKER);
  });

  it('an empty month renders "tidak ada data" and names the source not read', () => {
    const empty = renderMarkdown(toDocument(buildReport(emptyData(), { month: NOVEMBER, now: NOW, court: COURT })));
    expect(empty).toContain('tidak ada data');
    expect(empty).toContain('GITHUB\\_TOKEN tidak diisi');
    expect(empty).not.toMatch(/NaN|undefined/);
  });

  it('the issue body carries the month marker and the PDF link, and a forged marker in the text does not count', () => {
    const body = issueBody(NOVEMBER, md, 'https://github.com/pn-contoh/situs/blob/pemantauan/laporan/2026-11.pdf');
    expect(body.startsWith('<!-- laman:laporan bulan=2026-11 -->')).toBe(true);
    expect(parseReportMarker(body)).toBe('2026-11');
    expect(body).toContain('https://github.com/pn-contoh/situs/blob/pemantauan/laporan/2026-11.pdf');
    const forged = renderMarkdown({ ...doc, intro: '<!-- laman:laporan bulan=2026-10 -->' });
    expect(parseReportMarker(forged)).toBeUndefined();
  });
});

describe('PDF', () => {
  let bytes: Uint8Array;
  let text: string;
  beforeAll(async () => {
    bytes = await renderPdf(doc, NOW);
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    text = ((await extractText(pdf, { mergePages: true })).text as string).replace(/\s+/g, ' ');
  });

  it('holds the court, the month, the uptime figure, every section and the signature block', () => {
    expect(text).toContain('PENGADILAN NEGERI CONTOH');
    expect(text).toContain('LAPORAN SITUASI WEBSITE');
    expect(text).toContain('Bulan November 2026');
    expect(text).toContain('98,61%');
    for (const s of SECTIONS) expect(text).toContain(s);
    expect(text).toContain('Ketersediaan harian (%)');
    expect(text).toContain('rata-rata dan p95');
    expect(text).toContain('Mengetahui,');
    expect(text).toContain('Kepala Subbagian Perencanaan, Teknologi Informasi dan Pelaporan');
    expect(text).toContain('3 Desember 2026');
    // Hostile text is drawn as text, and "→" (not WinAnsi) is replaced instead of crashing.
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('-> 404');
  });

  it('spans several pages, each numbered "Halaman X dari Y", with the table header repeated', async () => {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = pdf.getPageCount();
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let i = 1; i <= pages; i++) expect(text).toContain(`Halaman ${i} dari ${pages}`);
    expect(pdf.getTitle()).toBe('Laporan Situasi Website — November 2026');
    const proxy = await getDocumentProxy(new Uint8Array(bytes));
    const perPage = ((await extractText(proxy, { mergePages: false })).text as string[]).map((p) => p.replace(/\s+/g, ' '));
    // The daily table runs onto a second page: every page with its rows starts them under its header.
    const withDays = perPage.filter((p) => /\d+ November 2026 24 /.test(p));
    expect(withDays.length).toBeGreaterThanOrEqual(2);
    for (const page of withDays) expect(page).toMatch(/Tanggal Pemeriksaan Ketersediaan Rata-rata p95 \d+ November 2026 24 /);
    // A section heading is never the last thing on a page.
    for (const page of perPage) expect(page.split('Dibuat otomatis')[0]!.trimEnd()).not.toMatch(/\d\. [A-Z][a-z ]+$/);
  });

  it('is the same bytes for the same report', async () => {
    expect(Buffer.from(await renderPdf(doc, NOW)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('renders an empty month without charts or crashes', async () => {
    const empty = await renderPdf(toDocument(buildReport(emptyData(), { month: NOVEMBER, now: NOW, court: COURT })), NOW);
    const t = ((await extractText(await getDocumentProxy(new Uint8Array(empty)), { mergePages: true })).text as string).replace(/\s+/g, ' ');
    expect(t).toContain('Ketersediaan: tidak ada data');
    expect(t).toContain('Halaman 1 dari');
  });
});
