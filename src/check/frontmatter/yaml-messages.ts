// Indonesian explanations of the `yaml` parser's error codes, for operators who edit
// frontmatter by hand.
import type { ErrorCode } from 'yaml';

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  BAD_INDENT: 'indentasi (spasi di awal baris) tidak sesuai',
  TAB_AS_INDENT: 'indentasi memakai tab; gunakan spasi',
  DUPLICATE_KEY: 'ada isian yang ditulis dua kali',
  MISSING_CHAR: 'ada tanda penutup yang hilang (misalnya " atau ])',
  MULTILINE_IMPLICIT_KEY: 'nama isian tidak boleh terpecah ke beberapa baris; mungkin tanda ":" terlupa',
  BLOCK_AS_IMPLICIT_KEY: 'nama isian tidak boleh terpecah ke beberapa baris; mungkin tanda ":" terlupa',
  UNEXPECTED_TOKEN: 'ada karakter yang tidak diharapkan',
  BAD_SCALAR_START: 'nilai diawali karakter khusus; apit nilainya dengan tanda kutip',
  BAD_DQ_ESCAPE: 'urutan garis miring terbalik (\\) di dalam tanda kutip tidak valid',
  BLOCK_IN_FLOW: 'daftar di dalam [ ] tidak boleh memuat baris bertingkat',
  MULTIPLE_DOCS: 'frontmatter hanya boleh berisi satu bagian; hapus baris "---" tambahan',
  BAD_ALIAS: 'tanda * dan & punya arti khusus; apit nilainya dengan tanda kutip',
  ALIAS_PROPS: 'tanda * dan & punya arti khusus; apit nilainya dengan tanda kutip',
  RESOURCE_EXHAUSTION: 'isian terlalu besar atau berulang terlalu banyak',
};

export function yamlErrorMessage(code: ErrorCode): string {
  return `YAML tidak valid: ${MESSAGES[code] ?? 'penulisan isian tidak dapat dibaca'}. Periksa tanda titik dua, tanda kutip dan indentasi di baris ini`;
}
