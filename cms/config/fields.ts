// Decap CMS fields generated from the zod content schemas: names, required, types, select
// options and length limits come from the schema, labels and hints from labels.ts. The CMS
// and the site therefore cannot drift apart.
import type { z } from 'astro/zod';
import { FIELD_UI } from './labels.ts';
import { OPTION_LABELS } from './options.ts';

/** The subset of Decap's field configuration Laman generates. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: false;
  hint?: string;
  default?: unknown;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  fields?: CmsField[];
  field?: CmsField;
  pattern?: [string, string];
  value_type?: 'int';
  min?: number;
  max?: number;
  format?: string;
  time_format?: false;
  picker_utc?: boolean;
  allow_add?: boolean;
  summary?: string;
  collapsed?: boolean;
  choose_url?: boolean;
}

export class SchemaNotSupported extends Error {
  override name = 'SchemaNotSupported';
}

type Def = { type: string; innerType?: ZodLike; in?: ZodLike; out?: ZodLike; element?: ZodLike; entries?: Record<string, string>; shape?: Record<string, ZodLike>; checks?: { _zod: { def: { check: string; maximum?: number; minimum?: number; value?: number; inclusive?: boolean } } }[]; defaultValue?: unknown };
type ZodLike = { _zod: { def: Def } };

const def = (schema: ZodLike): Def => schema._zod.def;

interface Unwrapped {
  schema: ZodLike;
  optional: boolean;
  defaultValue: unknown;
}

/** Strips optional/default/pipe wrappers, remembering what they said. */
export function unwrap(schema: ZodLike): Unwrapped {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const d = def(current);
    if (d.type === 'optional' && d.innerType) {
      optional = true;
      current = d.innerType;
    } else if (d.type === 'default' && d.innerType) {
      optional = true;
      defaultValue = typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
      current = d.innerType;
    } else if (d.type === 'pipe' && d.in) {
      current = d.in;
    } else {
      return { schema: current, optional, defaultValue };
    }
  }
}

function check(schema: ZodLike, name: string) {
  return def(schema).checks?.find((c) => c._zod.def.check === name)?._zod.def;
}

export function maxLength(schema: ZodLike): number | undefined {
  return check(schema, 'max_length')?.maximum;
}

function options(key: string, values: readonly string[]) {
  const labels = OPTION_LABELS[key] ?? {};
  return values.map((value) => ({ label: labels[value] ?? value, value }));
}

function ui(key: string) {
  const found = FIELD_UI[key];
  if (!found) throw new SchemaNotSupported(`no CMS label for "${key}": add it to cms/config/labels.ts`);
  return found;
}

/** One Decap field for the schema of `key` ("berita.judul", "pengaturan.alamat.kota"). */
export function cmsField(key: string, schema: ZodLike): CmsField {
  const name = key.slice(key.lastIndexOf('.') + 1);
  const { label, hint, widget: override } = ui(key);
  const { schema: inner, optional, defaultValue } = unwrap(schema);
  const base: CmsField = {
    name,
    label,
    widget: 'string',
    ...(hint ? { hint } : {}),
    ...(optional ? { required: false as const } : {}),
    ...(defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0) ? { default: defaultValue } : {}),
  };
  const d = def(inner);
  switch (d.type) {
    case 'string': {
      if (override === 'image' || override === 'file') return { ...base, widget: override, choose_url: false };
      const max = maxLength(inner);
      const widget = override === 'text' ? 'text' : 'string';
      // A pattern only for single-line fields: Decap checks it as the operator types.
      return max && widget === 'string' ? { ...base, widget, pattern: [`^.{0,${max}}$`, `paling banyak ${max} karakter, satu baris`] } : { ...base, widget };
    }
    case 'date':
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'number': {
      const min = check(inner, 'greater_than');
      const max = check(inner, 'less_than');
      return {
        ...base,
        widget: 'number',
        value_type: 'int',
        ...(min?.value !== undefined ? { min: min.value } : {}),
        ...(max?.value !== undefined ? { max: max.value } : {}),
      };
    }
    case 'enum':
      return { ...base, widget: 'select', options: options(key, Object.values(d.entries ?? {})) };
    case 'object':
      return { ...base, widget: 'object', collapsed: false, fields: objectFields(key, inner) };
    case 'array': {
      const element = unwrap(d.element!).schema;
      const el = def(element);
      if (el.type === 'enum') return { ...base, widget: 'select', multiple: true, options: options(key, Object.values(el.entries ?? {})) };
      if (el.type === 'string') return { ...base, widget: 'list', allow_add: true };
      if (el.type === 'object') return { ...base, widget: 'list', allow_add: true, collapsed: false, fields: objectFields(key, element) };
      throw new SchemaNotSupported(`${key}: arrays of ${el.type} have no CMS widget`);
    }
    default:
      throw new SchemaNotSupported(`${key}: zod type "${d.type}" has no CMS widget`);
  }
}

/** The fields of an object schema, in schema order. */
export function objectFields(prefix: string, schema: ZodLike): CmsField[] {
  const shape = def(unwrap(schema).schema).shape;
  if (!shape) throw new SchemaNotSupported(`${prefix}: not an object schema`);
  return Object.entries(shape).map(([name, field]) => cmsField(`${prefix}.${name}`, field));
}

/** Every dotted key of an object schema, nested objects and lists of objects included. */
export function schemaKeys(prefix: string, schema: z.ZodType | ZodLike): string[] {
  const shape = def(unwrap(schema as ZodLike).schema).shape ?? {};
  return Object.entries(shape).flatMap(([name, field]) => {
    const key = `${prefix}.${name}`;
    const inner = unwrap(field).schema;
    const d = def(inner);
    if (d.type === 'object') return [key, ...schemaKeys(key, inner)];
    if (d.type === 'array' && def(unwrap(d.element!).schema).type === 'object') return [key, ...schemaKeys(key, unwrap(d.element!).schema)];
    return [key];
  });
}
