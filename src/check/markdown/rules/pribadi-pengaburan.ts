// Content about a case of a sensitive type (sexual offences, domestic violence, children,
// terrorism, family matters) must not reveal the parties (SK KMA 2-144/2022, pengaburan).
// Such content must carry `pengaburan_dikonfirmasi: true`: the writer and reviewers
// confirm names, addresses and numbers were obscured. A 2022 publication re-exposed a
// victim of a sexual offence; this is the check that would have stopped it.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { JENIS_PERKARA_SENSITIF, LABEL_JENIS_PERKARA, type JenisPerkaraSensitif } from '../../../schema/perkara.ts';
import { topLevelRange } from '../../frontmatter/yaml.ts';
import { pointAt, report, ruleContext } from '../context.ts';
import { berita, type RuleExample } from './example.ts';

/** Words that show content is about a case of that type. */
export const SENSITIVE_TERMS: Readonly<Record<JenisPerkaraSensitif, RegExp>> = {
  kesusilaan: /kesusilaan|pencabulan|\bcabul|pemerkosaan|perkosaan|persetubuhan|pelecehan seksual|kekerasan seksual|\basusila/i,
  kdrt: /\bKDRT\b|kekerasan dalam rumah tangga/i,
  'perlindungan-anak': /perlindungan anak/i,
  terorisme: /terorisme|\bteroris\b/i,
  anak: /Pid\.Sus-Anak|anak berhadapan dengan hukum|anak yang berkonflik dengan hukum|pidana anak|\bdiversi\b/i,
  perkawinan: /dispensasi kawin|dispensasi nikah|[ei]tsbat nikah|isbat nikah|pembatalan perkawinan|izin poligami/i,
  perceraian: /perceraian|cerai gugat|cerai talak|\bgugatan cerai/i,
  waris: /\bwaris\b|kewarisan|ahli waris|pembagian warisan/i,
  'harta-bersama': /harta bersama|gono-?gini/i,
  'hak-asuh': /hak asuh|hadh?anah|pemeliharaan anak/i,
  'pengangkatan-anak': /pengangkatan anak|adopsi anak/i,
};

const APPLIES_TO = new Set(['berita', 'pengumuman', 'dokumen']);
const FIELDS = ['judul', 'ringkasan', 'kategori', 'tag', 'nomor'];

function firstSensitiveTerm(text: string): { offset: number; jenis: JenisPerkaraSensitif } | undefined {
  let best: { offset: number; jenis: JenisPerkaraSensitif } | undefined;
  for (const jenis of JENIS_PERKARA_SENSITIF) {
    const m = SENSITIVE_TERMS[jenis].exec(text);
    if (m && (!best || m.index < best.offset)) best = { offset: m.index, jenis };
  }
  return best;
}

export const pribadiPengaburan = lintRule<Root>('laman:pribadi/pengaburan', (_tree, file) => {
  const { input, parsed, data } = ruleContext(file);
  if (!parsed || !data || !APPLIES_TO.has(input.collection) || data.pengaburan_dikonfirmasi === true) return;
  const declared = data.jenis_perkara;
  if (declared === 'lainnya') return;
  let found: { offset: number; jenis: JenisPerkaraSensitif } | undefined;
  if (typeof declared === 'string' && (JENIS_PERKARA_SENSITIF as readonly string[]).includes(declared)) {
    const range = topLevelRange(parsed, 'jenis_perkara');
    found = { offset: range?.value?.[0] ?? range?.key ?? 0, jenis: declared as JenisPerkaraSensitif };
  } else {
    // The fields that describe the content; for a court document its whole text too.
    for (const field of FIELDS) {
      const range = topLevelRange(parsed, field);
      if (!range) continue;
      const lineEnd = input.text.indexOf('\n', range.key);
      const hit = firstSensitiveTerm(input.text.slice(range.key, lineEnd === -1 ? undefined : lineEnd));
      if (hit && (!found || range.key + hit.offset < found.offset)) found = { offset: range.key + hit.offset, jenis: hit.jenis };
    }
    if (!found && input.collection === 'dokumen') {
      const hit = firstSensitiveTerm(input.text.slice(parsed.offset));
      if (hit) found = { offset: parsed.offset + hit.offset, jenis: hit.jenis };
    }
  }
  if (!found) return;
  report(
    file,
    `tulisan ini menyangkut perkara ${LABEL_JENIS_PERKARA[found.jenis].toLowerCase()}, yang identitas para pihaknya wajib dikaburkan (SK KMA 2-144/KMA/SK/VIII/2022), tetapi belum ada konfirmasi pengaburan.`,
    'Pastikan nama para pihak, saksi dan anak diganti dengan status prosedural (mis. "PENGGUGAT", "TERDAKWA"), alamat dikurangi menjadi kabupaten/kota, dan NIK/nomor rekening dihapus; lalu isi "pengaburan_dikonfirmasi: true". Bila tulisan tidak menyangkut perkara seperti itu, isi "jenis_perkara: lainnya".',
    pointAt(input.text, found.offset),
  );
});

export const examples: RuleExample[] = [
  { name: 'unrelated berita', text: berita('Rapat evaluasi kinerja triwulan III.\n'), expect: [] },
  {
    name: 'confirmed obscuring',
    text: berita('Isi.\n', { judul: 'Sidang Perkara Pencabulan Anak Digelar Tertutup', pengaburan_dikonfirmasi: 'true' }),
    expect: [],
  },
  { name: 'declared as not sensitive', text: berita('Isi.\n', { judul: 'Sosialisasi Pencegahan KDRT di Kecamatan', jenis_perkara: 'lainnya' }), expect: [] },
  { name: 'keyword in the title', text: berita('Isi.\n', { judul: 'Sidang Perkara Pencabulan Anak Digelar Tertutup' }), expect: ['2:23'] },
  { name: 'declared sensitive type', text: berita('Isi.\n', { jenis_perkara: 'perceraian' }), expect: ['8:16'] },
  {
    name: 'decision text names the case type',
    collection: 'dokumen',
    text: '---\njudul: Putusan Nomor 12/Pdt.G/2026/PN Ctn\ntanggal: 2026-03-02\nkategori: putusan\njenis: putusan\nberkas: berkas/ada.pdf\nringkasan: Salinan putusan perkara perdata.\n---\nMengadili gugatan harta bersama antara PENGGUGAT dan TERGUGAT.\n',
    expect: ['9:19'],
  },
];
