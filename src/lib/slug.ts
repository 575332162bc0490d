import { slug } from 'github-slugger';

/** URL segment for a category or tag name ("Zona Integritas" → "zona-integritas"). */
export function slugify(name: string): string {
  const result = slug(name);
  if (!result) throw new Error(`Nama "${name}" tidak menghasilkan alamat (slug) yang valid: gunakan huruf atau angka`);
  return result;
}
