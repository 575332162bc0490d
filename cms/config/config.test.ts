// The CMS fields and the site's schemas must not drift: every schema field has a CMS
// field with the same name, requiredness, type and options; every label names a real
// field; and an entry shaped like the CMS's defaults passes the schema.
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../src/schema/collections.ts';
import { buildCmsConfig, cmsEnvironment } from './config.ts';
import { schemaKeys, unwrap, type CmsField } from './fields.ts';
import { FIELD_UI } from './labels.ts';

const config = buildCmsConfig(cmsEnvironment({ LAMAN_CMS_REPO: 'pn-contoh/situs', LAMAN_CMS_OAUTH_URL: 'https://pn-contoh.go.id/cms-login' }, 'https://pn-contoh.go.id'));

function fieldsOf(name: CollectionName): CmsField[] {
  const collection = config.collections.find((c) => c.name === name)!;
  return 'files' in collection ? collection.files[0]!.fields : collection.fields;
}

type Def = { type: string; entries?: Record<string, string>; element?: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const WIDGETS: Record<string, string[]> = {
  string: ['string', 'text', 'image', 'file'],
  date: ['datetime'],
  boolean: ['boolean'],
  number: ['number'],
  enum: ['select'],
  object: ['object'],
  array: ['list', 'select'],
};

function compare(prefix: string, shape: Record<string, unknown>, fields: CmsField[]): void {
  const own = fields.filter((f) => f.name !== 'body');
  expect(own.map((f) => f.name), prefix).toEqual(Object.keys(shape));
  for (const field of own) {
    const key = `${prefix}.${field.name}`;
    const { schema, optional } = unwrap(shape[field.name] as never);
    const def = defOf(schema);
    expect(field.required === false, `${key} required`).toBe(optional);
    expect(WIDGETS[def.type], `${key} type ${def.type}`).toContain(field.widget);
    if (def.type === 'enum') expect(field.options?.map((o) => o.value), key).toEqual(Object.values(def.entries ?? {}));
    if (def.type === 'array') {
      const element = defOf(unwrap(def.element as never).schema);
      if (element.type === 'enum') {
        expect(field.multiple, key).toBe(true);
        expect(field.options?.map((o) => o.value), key).toEqual(Object.values(element.entries ?? {}));
      }
      if (element.type === 'object') compare(key, (unwrap(def.element as never).schema as unknown as { shape: Record<string, unknown> }).shape, field.fields!);
    }
    if (def.type === 'object') compare(key, (schema as unknown as { shape: Record<string, unknown> }).shape, field.fields!);
    expect(field.label.length, `${key} label`).toBeGreaterThan(1);
  }
}

describe('CMS configuration generated from the content schemas', () => {
  it.each(COLLECTION_NAMES)('%s: same fields, requiredness, types and options as the schema', (name) => {
    compare(name, (COLLECTIONS[name].schema as unknown as { shape: Record<string, unknown> }).shape, fieldsOf(name));
  });

  it('has a label for every schema field and no label for a field that does not exist', () => {
    const keys = COLLECTION_NAMES.flatMap((name) => schemaKeys(name, COLLECTIONS[name].schema));
    expect(Object.keys(FIELD_UI).sort()).toEqual([...keys].sort());
  });

  it('uses the editorial workflow, the Indonesian locale and the backend from the environment', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.locale).toBe('id');
    expect(config.backend).toMatchObject({ name: 'github', repo: 'pn-contoh/situs', branch: 'main', base_url: 'https://pn-contoh.go.id', auth_endpoint: 'cms-login/auth' });
    expect('local_backend' in config).toBe(false);
    const local = buildCmsConfig(cmsEnvironment({ LAMAN_CMS_LOCAL: 'http://127.0.0.1:8081/api/v1' }, 'https://pn-contoh.go.id'));
    expect(local.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1', allowed_hosts: ['localhost', '127.0.0.1'] });
  });

  it('stores media beside the entries, as the relative paths the schemas expect', () => {
    const berita = config.collections.find((c) => c.name === 'berita')!;
    expect(berita).toMatchObject({ folder: 'content/berita', media_folder: 'gambar', public_folder: 'gambar', delete: false });
    const dokumen = config.collections.find((c) => c.name === 'dokumen')!;
    expect(dokumen).toMatchObject({ media_folder: 'berkas', public_folder: 'berkas' });
    expect(fieldsOf('dokumen').find((f) => f.name === 'berkas')!.widget).toBe('file');
    expect(fieldsOf('berita').find((f) => f.name === 'gambar')!.widget).toBe('image');
  });

  it('limits single-line text as the schema does, with an Indonesian message', () => {
    const judul = fieldsOf('berita').find((f) => f.name === 'judul')!;
    expect(judul.pattern).toEqual(['^.{0,150}$', 'paling banyak 150 karakter, satu baris']);
    expect(new RegExp(judul.pattern![0]).test('a'.repeat(150))).toBe(true);
    expect(new RegExp(judul.pattern![0]).test('a'.repeat(151))).toBe(false);
    expect(fieldsOf('pengumuman').find((f) => f.name === 'jenis')!.options).toContainEqual({ label: 'Serta Merta', value: 'serta-merta' });
  });
});
