// Field builders shared by the content schemas. Every message is Indonesian: operators
// read them in the build output, in `laman validate` and (later) inside the CMS.
import { z } from 'astro/zod';

/** A required, non-empty, single-line text. */
export function teks(label: string, { maks = 300 }: { maks?: number } = {}) {
  return z
    .string({ error: `${label} wajib diisi dan berupa teks` })
    .trim()
    .min(1, { error: `${label} tidak boleh kosong` })
    .max(maks, { error: `${label} terlalu panjang (paling banyak ${maks} karakter)` })
    .refine((s) => !/[\r\n]/.test(s), { error: `${label} harus satu baris` });
}

/** A calendar date written as YYYY-MM-DD (YAML dates and strings both accepted). */
export function tanggal(label: string) {
  return z.coerce.date({
    error: `${label} harus berupa tanggal yang valid dengan format TTTT-BB-HH, misalnya 2026-01-31`,
  });
}

/** A path to a file stored in the repository, relative to the entry that names it. */
export function berkasRelatif(label: string, ekstensi: readonly string[]) {
  const pola = new RegExp(`\\.(${ekstensi.join('|')})$`, 'i');
  return z
    .string({ error: `${label} wajib berupa path berkas` })
    .trim()
    .min(1, { error: `${label} tidak boleh kosong` })
    .refine((p) => !/^[a-z][a-z0-9+.-]*:/i.test(p) && !p.startsWith('//'), {
      error: `${label} harus berkas di repositori, bukan alamat web`,
    })
    .refine((p) => !p.split(/[\\/]/).includes('..'), {
      error: `${label} tidak boleh keluar dari folder konten (".." tidak diizinkan)`,
    })
    .refine((p) => pola.test(p), {
      error: `${label} harus berakhiran ${ekstensi.map((e) => '.' + e).join(', ')}`,
    });
}

/** A web address that must use https. */
export function urlHttps(label: string) {
  return z
    .string({ error: `${label} wajib berupa alamat web` })
    .trim()
    .pipe(z.url({ protocol: /^https$/, error: `${label} harus alamat web lengkap yang diawali https://` }));
}

/** A link target: either a path on this site ("/prosedur-berperkara/") or an https URL. */
export function tautan(label: string) {
  return z
    .string({ error: `${label} wajib diisi` })
    .trim()
    .refine((s) => /^\/(?!\/)/.test(s) || /^https:\/\/[^\s/]+\.[^\s]+$/.test(s), {
      error: `${label} harus path di situs ini (diawali "/") atau alamat web yang diawali https://`,
    });
}

export function daftarTag() {
  return z
    .array(teks('Setiap tag', { maks: 40 }), { error: 'tag harus berupa daftar' })
    .max(12, { error: 'tag paling banyak 12' })
    .default([]);
}

/** A refinement: the optional date `field` must not be earlier than `tanggal`. */
export function tidakSebelumTanggal<K extends string>(field: K, dari: string) {
  return (data: { tanggal: Date } & { [P in K]?: Date | undefined }, ctx: z.RefinementCtx) => {
    const value = data[field];
    if (value && value < data.tanggal) {
      ctx.addIssue({ code: 'custom', path: [field], message: `${field} tidak boleh lebih awal dari tanggal ${dari}` });
    }
  };
}

export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;
