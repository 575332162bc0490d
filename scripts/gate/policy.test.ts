import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy, PolicyError, type PolicyProblem } from './policy.ts';

const text = readFileSync(new URL('../../cms/editorial.yml', import.meta.url), 'utf8');

function problems(source: string): PolicyProblem[] {
  try {
    parsePolicy(source, 'cms/editorial.yml');
  } catch (error) {
    if (error instanceof PolicyError) return [...error.problems];
    throw error;
  }
  throw new Error('expected the policy to be invalid');
}

const lineOf = (source: string, needle: string, nth = 0) => {
  const lines = source.split('\n');
  let seen = 0;
  const i = lines.findIndex((l) => l.includes(needle) && seen++ === nth);
  return i + 1;
};

describe('parsePolicy', () => {
  it('reads the default policy: five stages, SOP E times, Ketua for perhatian_khusus', () => {
    const policy = parsePolicy(text);
    expect(policy.tahap.map((s) => s.label)).toEqual(['review/operator', 'review/redaktur', 'review/editor', 'review/penanggung-jawab', 'review/ketua']);
    expect(policy.tahap.map((s) => s.sla_jam)).toEqual([1, 0.5, 0.5, 0.5, 0.5]);
    expect(policy.tahap[1]?.pemegang).toEqual({ logins: [], teams: ['pengadilan/redaktur'] });
    expect(policy.ketua_wajib).toEqual({ perhatian_khusus: true, koleksi: [], kategori: [] });
    expect(policy.gate_bot).toEqual(['github-actions[bot]']);
    expect(policy.folder_konten).toBe('content/');
    expect(policy.zona_waktu).toBe('Asia/Jakarta');
  });

  it('lists every problem as file:line: field: message, in Indonesian', () => {
    const bad = text
      .replace('label: review/editor', 'label: review/redaktur')
      .replace('      teams: [pengadilan/editor]', '      teams: []')
      .replace('sla_jam: 0.5 # SOP E langkah 5: persetujuan, 30 menit', 'sla_jam: nol')
      .replace('teams: [pengadilan/ketua]', 'teams: ["@pengadilan"]')
      .replace('kategori: []', 'kategori: []\n  warna: merah');
    let error: unknown;
    try {
      parsePolicy(bad, 'cms/editorial.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyError);
    const message = (error as Error).message.split('\n');
    expect(message).toEqual([
      `cms/editorial.yml:${lineOf(bad, 'label: review/redaktur', 1)}: tahap.2.label: label "review/redaktur" sudah dipakai tahap ke-2 (huruf besar/kecil tidak dibedakan GitHub)`,
      `cms/editorial.yml:${lineOf(bad, '    pemegang:', 2)}: tahap.2.pemegang: tahap "editor" harus punya paling sedikit satu pemegang peran (logins atau teams)`,
      `cms/editorial.yml:${lineOf(bad, 'sla_jam: nol')}: tahap.3.sla_jam: sla_jam harus berupa angka jam, misalnya 0.5 untuk 30 menit`,
      `cms/editorial.yml:${lineOf(bad, '"@pengadilan"')}: tahap.4.pemegang.teams.0: tim harus ditulis "organisasi/slug-tim", misalnya "pengadilan/redaktur" (tanpa "@")`,
      `cms/editorial.yml:${lineOf(bad, 'warna: merah')}: ketua_wajib.warna: isian "warna" tidak dikenal: hapus atau periksa ejaannya`,
    ]);
  });

  it('requires Operator first and Ketua last', () => {
    const swapped = text.replace('id: operator', 'id: pengaju').replace('id: ketua', 'id: ketua-pengadilan');
    expect(problems(swapped).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'tahap.0.id: tahap pertama harus "operator" (pengajuan draf oleh Operator)',
      'tahap.4: tahap terakhir harus "ketua" (persetujuan Ketua untuk informasi yang perlu perhatian khusus)',
    ]);
    const moved = text.replace('id: editor', 'id: ketua');
    expect(problems(moved).map((p) => p.message)).toContain('tahap "ketua" harus menjadi tahap terakhir');
  });

  it('rejects duplicate ids, bot holders, unknown collections, Decap labels and bad logins', () => {
    const bad = text
      .replace('id: editor', 'id: redaktur')
      .replace('teams: [pengadilan/penanggung-jawab]', 'logins: ["github-actions[bot]", "@dedi"]')
      .replace('koleksi: []', 'koleksi: [galeri]')
      .replace('label: review/operator', 'label: decap-cms/operator');
    const found = problems(bad).map((p) => `${p.field}: ${p.message}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'tahap.2.id: id "redaktur" sudah dipakai tahap ke-2',
        'tahap.3.pemegang.logins.0: login GitHub tidak valid: hanya huruf, angka dan tanda hubung (tanpa "@")',
        'tahap.3.pemegang.logins.1: login GitHub tidak valid: hanya huruf, angka dan tanda hubung (tanpa "@")',
        'ketua_wajib.koleksi.0: koleksi harus salah satu dari: berita, pengumuman, dokumen, halaman, pengaturan',
        'tahap.0.label: label tidak boleh diawali "decap-cms/": Decap CMS menghapus label berawalan itu setiap kali status entri berubah',
      ]),
    );
  });

  it('rejects the gate as a role holder', () => {
    const bad = text.replace('teams: [pengadilan/redaktur]', 'logins: [laman-gate]').replace('  - github-actions[bot]', '  - laman-gate');
    expect(problems(bad).map((p) => p.message)).toEqual(['"laman-gate" adalah login gate: bot tidak boleh memegang peran']);
  });

  it('reports missing fields and a bad time zone', () => {
    const found = problems('versi: 1\nzona_waktu: WIB\ntahap: []\n').map((p) => `${p.line}: ${p.field}: ${p.message}`);
    expect(found).toEqual([
      '1: gate_bot: gate_bot harus berupa daftar login',
      '1: ketua_wajib: ketua_wajib wajib diisi: perhatian_khusus, koleksi dan kategori',
      '2: zona_waktu: zona_waktu tidak dikenal: gunakan "Asia/Jakarta" (WIB), "Asia/Makassar" (WITA) atau "Asia/Jayapura" (WIT)',
      '3: tahap: tahap paling sedikit tiga: operator, satu tahap pemeriksa, dan ketua',
    ]);
  });

  it('reports YAML syntax errors and a file that is not a mapping with their line', () => {
    expect(problems('versi: 1\ntahap:\n  - id: operator\n   label: x\n')[0]).toMatchObject({ file: 'cms/editorial.yml', line: 4 });
    expect(problems('- a\n- b\n')).toEqual([
      { file: 'cms/editorial.yml', line: 1, field: '', message: 'kebijakan harus berupa daftar "nama: nilai" (versi, gate_bot, tahap, ketua_wajib)' },
    ]);
  });
});
