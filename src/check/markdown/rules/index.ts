// Every Markdown/frontmatter rule with its severity, in the order findings are listed.
import type { Severity } from '../../finding.ts';
import type { RuleExample } from './example.ts';
import * as etikaIstilah from './etika-istilah.ts';
import * as gambarAlt from './gambar-alt.ts';
import * as gambarAltUmum from './gambar-alt-umum.ts';
import * as htmlMentah from './html-mentah.ts';
import * as isianBerkas from './isian-berkas.ts';
import * as isianPanjang from './isian-panjang.ts';
import * as isianSkema from './isian-skema.ts';
import * as isianSlug from './isian-slug.ts';
import * as isianTanggal from './isian-tanggal.ts';
import * as judulH1 from './judul-h1.ts';
import * as judulUrutan from './judul-urutan.ts';
import * as pribadiPengaburan from './pribadi-pengaburan.ts';
import * as tautanHttps from './tautan-https.ts';
import * as tautanInternal from './tautan-internal.ts';
import * as tautanRusak from './tautan-rusak.ts';
import * as tautanSkema from './tautan-skema.ts';

export interface MarkdownRule {
  id: string;
  severity: Severity;
  plugin: (config?: unknown) => unknown;
  examples: readonly RuleExample[];
}

const rule = (id: string, severity: Severity, plugin: MarkdownRule['plugin'], examples: readonly RuleExample[]): MarkdownRule => ({ id, severity, plugin, examples });

export const MARKDOWN_RULES: readonly MarkdownRule[] = [
  rule('isian/skema', 'error', isianSkema.isianSkema, isianSkema.examples),
  rule('isian/berkas', 'error', isianBerkas.isianBerkas, isianBerkas.examples),
  rule('isian/tanggal', 'error', isianTanggal.isianTanggal, isianTanggal.examples),
  rule('isian/slug', 'error', isianSlug.isianSlug, isianSlug.examples),
  rule('isian/panjang', 'warning', isianPanjang.isianPanjang, isianPanjang.examples),
  rule('pribadi/pengaburan', 'error', pribadiPengaburan.pribadiPengaburan, pribadiPengaburan.examples),
  rule('gambar/alt', 'error', gambarAlt.gambarAlt, gambarAlt.examples),
  rule('gambar/alt-umum', 'warning', gambarAltUmum.gambarAltUmum, gambarAltUmum.examples),
  rule('judul/h1', 'error', judulH1.judulH1, judulH1.examples),
  rule('judul/urutan', 'warning', judulUrutan.judulUrutan, judulUrutan.examples),
  rule('tautan/skema', 'error', tautanSkema.tautanSkema, tautanSkema.examples),
  rule('tautan/https', 'error', tautanHttps.tautanHttps, tautanHttps.examples),
  rule('tautan/rusak', 'error', tautanRusak.tautanRusak, tautanRusak.examples),
  rule('tautan/internal', 'error', tautanInternal.tautanInternal, tautanInternal.examples),
  rule('html/mentah', 'error', htmlMentah.htmlMentah, htmlMentah.examples),
  rule('etika/istilah', 'warning', etikaIstilah.etikaIstilah, etikaIstilah.examples),
];
