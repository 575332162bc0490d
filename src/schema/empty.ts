// An empty optional value ("gambar: ''" or "gambar:") means the field is not filled in.
// Decap CMS writes such values when an operator clears an optional field, and people
// editing YAML by hand do the same; the schemas read them as absent. Empty required
// fields are left alone, so they still get their own "tidak boleh kosong" message.
import { z } from 'astro/zod';

type Shape = Record<string, { safeParse(value: unknown): { success: boolean } }>;

/** The keys of an object schema that may be left out. */
export function optionalKeys(schema: z.ZodType): ReadonlySet<string> {
  const shape = (schema as unknown as { shape?: Shape }).shape ?? {};
  return new Set(Object.entries(shape).filter(([, field]) => field.safeParse(undefined).success).map(([key]) => key));
}

export function withoutEmpty(data: unknown, optional: ReadonlySet<string>): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => !(optional.has(key) && (value === '' || value === null))));
}

/** A collection schema that reads empty optional values as absent. */
export function readingEmptyAsAbsent<T extends z.ZodType>(schema: T) {
  const optional = optionalKeys(schema);
  return z.preprocess((data) => withoutEmpty(data, optional), schema);
}
