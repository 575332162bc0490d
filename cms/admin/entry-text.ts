// Turns the entry Decap is about to save back into the file text it will write, so the
// content checks see exactly what the repository will receive.
import { stringify } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../src/schema/collections.ts';

/** Drops what Decap leaves out of the file (omit_empty_optional_fields). */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, compact(v)]),
    );
  }
  return value;
}

export function entryText(collection: CollectionName, data: Record<string, unknown>): string {
  const { body, ...fields } = data;
  const yaml = stringify(compact(fields), { lineWidth: 0 });
  if (COLLECTIONS[collection].format === 'yaml') return yaml;
  return `---\n${yaml}---\n${typeof body === 'string' ? body : ''}\n`;
}
