import { describe, expect, it } from 'vitest';
import { findLabels, labelBefore } from './context.ts';
import { digitsOf } from './digits.ts';
import { EXAMPLE_ALLOWLIST, PERSONAL_DATA_EXAMPLES } from './examples.ts';
import { findPersonalData, isNikStructure, PERSONAL_DATA_MESSAGES, type PersonalDataRule } from './index.ts';
import { createLocator } from './position.ts';

const rules = Object.keys(PERSONAL_DATA_EXAMPLES) as PersonalDataRule[];
const brief = (text: string) => findPersonalData(text).map((f) => `${f.rule} ${f.masked}`);

describe.each(rules)('%s examples', (rule) => {
  const { ok, notOk } = PERSONAL_DATA_EXAMPLES[rule];
  it.each(ok)('ok: %s', (text) => {
    expect(findPersonalData(text, EXAMPLE_ALLOWLIST)).toEqual([]);
  });
  it.each(notOk)('not ok: $text', ({ text, masked }) => {
    const findings = findPersonalData(text, EXAMPLE_ALLOWLIST);
    expect(findings.map((f) => [f.rule, f.masked])).toEqual([[rule, masked]]);
    const [finding] = findings;
    const value = text.slice(finding!.offset, finding!.offset + finding!.length);
    // The finding spans the value and the mask never gives it away.
    expect(value).toMatch(/^[+\w]/);
    expect(finding!.masked).not.toContain(value);
    if (/\d{5}/.test(digitsOf(value))) expect(finding!.masked).not.toContain(digitsOf(value));
    expect(finding!.message).toBe(PERSONAL_DATA_MESSAGES[rule](masked));
  });
});

describe('near misses that must not fire', () => {
  it.each([
    ['province code 00', '0001011203900001'],
    ['province code 99', '9901011203900001'],
    ['day 35', '3201013503900001'],
    ['month 13', '3201011213900001'],
    ['a court case number', 'Perkara 15/Pdt.G.S/2026/PN Ctn'],
    ['a landline', 'Telepon (0271) 555-0100'],
    ['a year range', 'Tahun anggaran 2025-2026'],
    ['a date', 'Diputus 2026-11-21'],
    ['a NIK inside a 20-digit run', 'Kode 32010112039000011234'],
  ])('%s', (_, text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('an allowlisted mobile, in any notation', () => {
    const allow = { phones: ['0812-3456-7890'] };
    expect(findPersonalData('WA 0812-3456-7890', allow)).toEqual([]);
    expect(findPersonalData('WA +62 812 3456 7890', allow)).toEqual([]);
    expect(brief('WA 0812-3456-7890')).toEqual(['pribadi/telepon 08********90']);
  });

  it('the court email, by address or by domain', () => {
    expect(findPersonalData('Surel info@pn-contoh.go.id', { emailDomains: ['pn-contoh.go.id'] })).toEqual([]);
    expect(findPersonalData('Surel INFO@PN-Contoh.go.id', { emails: ['info@pn-contoh.go.id'] })).toEqual([]);
    expect(findPersonalData('Surel ptsp@pn-contoh.go.id', { emails: ['info@pn-contoh.go.id'] })).toHaveLength(1);
    expect(findPersonalData('Surel x@bukan-pn-contoh.go.id', { emailDomains: ['pn-contoh.go.id'] })).toHaveLength(1);
  });
});

describe('positives', () => {
  it.each([
    ['a man’s NIK', 'NIK 3201011203900001', 'pribadi/nik 32************01'],
    ['a woman’s NIK', 'NIK 3201015203900002', 'pribadi/nik 32************02'],
    ['a NIK with spaces', '3201 0112 0390 0001', 'pribadi/nik 32************01'],
    ['a KK near "Kartu Keluarga"', 'Kartu Keluarga nomor 3201010101200005', 'pribadi/kk 32************05'],
    ['a legacy NPWP', 'NPWP 01.234.567.8-901.000', 'pribadi/npwp 01***********00'],
    ['a 16-digit NPWP, not a NIK', 'NPWP: 3201011203900001', 'pribadi/npwp 32************01'],
    ['an international mobile', '+62 812-3456-7890', 'pribadi/telepon +62*********90'],
    ['a national mobile', '081234567890', 'pribadi/telepon 08********90'],
    ['a personal email', 'budi.santoso@gmail.com', 'pribadi/email b***@gmail.com'],
    ['an account number', 'No. Rek. 123-456-7890 pada BRI', 'pribadi/rekening 12******90'],
  ])('%s', (_, text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  it('reports the most specific rule once when rules overlap', () => {
    expect(brief('rekening 3201011203900001')).toEqual(['pribadi/nik 32************01']);
    expect(brief('No. KK 3201010101200005')).toEqual(['pribadi/kk 32************05']);
    expect(brief('No. rek 0812 3456 7891')).toEqual(['pribadi/rekening 08********91']);
  });

  it('sorts findings by offset and gives 1-based line and column', () => {
    const text = 'Putusan\n\nPenggugat (NIK 3201011203900001), surel a@b.id\r\nponsel 081234567891';
    const findings = findPersonalData(text);
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([
      ['pribadi/nik', 3, 16],
      ['pribadi/email', 3, 41],
      ['pribadi/telepon', 4, 8],
    ]);
    expect(text.slice(findings[0]!.offset, findings[0]!.offset + findings[0]!.length)).toBe('3201011203900001');
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('never puts the full value in the mask or the message', () => {
    const text = 'NIK 3374 0152 0390 0003, NPWP 01.234.567.8-901.000, HP +62 857-1234-5678, norek 0123-01-000123-30-1';
    const findings = findPersonalData(text);
    expect(findings).toHaveLength(4);
    for (const f of findings) {
      const digits = digitsOf(text.slice(f.offset, f.offset + f.length));
      expect(f.masked).not.toContain(digits);
      expect(f.message).not.toContain(digits);
      expect(digitsOf(f.masked).length).toBeLessThanOrEqual(4);
    }
  });
});

describe('helpers', () => {
  it('checks the NIK structure', () => {
    expect(isNikStructure('3201012902000001')).toBe(true); // 29 February
    expect(isNikStructure('3201016902000001')).toBe(true); // 29 February, woman
    expect(isNikStructure('3201017102000001')).toBe(false); // 31 February, woman
    expect(isNikStructure('3201013104900001')).toBe(false); // 31 April
    expect(isNikStructure('3200011203900001')).toBe(false); // district 00
    expect(isNikStructure('3201014003900001')).toBe(false); // day 40
  });

  it('locates offsets', () => {
    const locate = createLocator('ab\ncd\r\n\nef');
    expect([0, 1, 3, 5, 8, 9].map(locate)).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });

  it('finds the nearest label before a number, as a whole word', () => {
    const text = 'Nomor KK 1, NIK 2, unik 3';
    const labels = findLabels(text);
    expect(labelBefore(labels, text, text.indexOf('1'))).toEqual({ label: 'kk', distance: 1, between: ' ' });
    expect(labelBefore(labels, text, text.indexOf('2'))?.label).toBe('nik');
    expect(labelBefore(labels, text, text.indexOf('3'))).toEqual({ label: 'nik', distance: 9, between: ' 2, unik ' });
    expect(labelBefore(labels, text, 0)).toBeUndefined();
  });
});
