// Replays every rule's ok/not-ok examples: each not-ok example must produce exactly the
// listed findings of that rule, each ok example none, with an Indonesian message and hint.
import { describe, expect, it } from 'vitest';
import type { CheckEnvironment } from '../../context.ts';
import { buildSiteIndex } from '../../site-index.ts';
import { checkEntry } from '../check-entry.ts';
import { MARKDOWN_RULES } from './index.ts';

const env: CheckEnvironment = {
  now: new Date('2026-11-21T12:00:00Z'),
  settings: {
    court: 'Pengadilan Negeri Contoh',
    allowlist: { phones: ['(0271) 555-0100'], emails: ['info@pn-contoh.go.id'], emailDomains: ['pn-contoh.go.id'] },
    ethics: [
      { hindari: 'pelaku', saran: 'terdakwa', alasan: 'Asas praduga tak bersalah.', kecuali: ['pelaku usaha'] },
      { hindari: 'orang gila', saran: 'orang dengan gangguan jiwa (ODGJ)' },
      { hindari: 'napi', saran: 'warga binaan pemasyarakatan' },
    ],
  },
  index: buildSiteIndex(
    [
      { collection: 'berita', contentPath: 'berita/rapat-evaluasi.md', data: { kategori: 'Kegiatan', tag: ['Kinerja'] } },
      { collection: 'halaman', contentPath: 'halaman/layanan-ptsp.md', data: {} },
    ],
    ['berita/gambar/ada.jpg', 'dokumen/berkas/ada.pdf'],
  ),
};

// Indonesian text: no common English words in what operators read.
const ENGLISH = /\b(the|is|must|should|missing|error|invalid|not found)\b/i;

describe.each(MARKDOWN_RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('has ok and not-ok examples', () => {
    expect(rule.examples.some((e) => e.expect.length === 0)).toBe(true);
    expect(rule.examples.some((e) => e.expect.length > 0)).toBe(true);
  });
  it.each(rule.examples.map((e) => [e.name, e] as const))('%s', (_name, example) => {
    const collection = example.collection ?? 'berita';
    const findings = checkEntry(
      { file: 'contoh.md', contentPath: example.contentPath ?? `${collection}/contoh.md`, collection, text: example.text },
      env,
      [rule],
    );
    expect(findings.map((f) => `${f.line}:${f.column}`)).toEqual(example.expect);
    for (const f of findings) {
      expect(f.rule).toBe(id);
      expect(f.severity).toBe(rule.severity);
      expect(f.message).not.toMatch(ENGLISH);
      expect(f.hint.length).toBeGreaterThan(10);
    }
  });
});
