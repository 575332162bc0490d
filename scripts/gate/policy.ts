// The editorial policy (cms/editorial.yml): the SOP E review chain as stages with their
// labels, role holders and service-level times, when the Ketua must approve, and which
// login is the gate itself. Parsed and validated here; every problem points at its line.
import { z } from 'astro/zod';
import { COLLECTION_NAMES } from '../../src/schema/collections.ts';
import { lineOf, parseYaml, YamlSyntaxError, type ParsedYaml } from '../../src/check/frontmatter/yaml.ts';
import { indonesianError } from '../../src/check/frontmatter/zod-locale.ts';

/** Where the policy lives; the gate always reads it from the base branch. */
export const POLICY_PATH = 'cms/editorial.yml';

/** The first stage: the operator's own submission of the draft. */
export const OPERATOR_ID = 'operator';
/** The last stage, required only for content that needs special attention. */
export const KETUA_ID = 'ketua';

const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
const BOT_LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}(?:\[bot\])?$/i;
const TEAM = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}\/[a-z\d][a-z\d_-]*$/i;
const STAGE_ID = /^[a-z][a-z\d-]*$/;

const login = z
  .string({ error: 'login GitHub harus berupa teks' })
  .regex(LOGIN, { error: 'login GitHub tidak valid: hanya huruf, angka dan tanda hubung (tanpa "@")' });

const team = z
  .string({ error: 'tim harus berupa teks' })
  .regex(TEAM, { error: 'tim harus ditulis "organisasi/slug-tim", misalnya "pengadilan/redaktur" (tanpa "@")' });

const pemegangSchema = z
  .object(
    {
    logins: z.array(login, { error: 'logins harus berupa daftar login GitHub' }).default([]),
    teams: z.array(team, { error: 'teams harus berupa daftar tim "organisasi/slug-tim"' }).default([]),
    },
    { error: 'pemegang wajib diisi: logins dan/atau teams' },
  )
  .strict();

const stageSchema = z
  .object(
    {
    id: z.string({ error: 'id tahap wajib diisi' }).regex(STAGE_ID, { error: 'id tahap hanya boleh huruf kecil, angka dan tanda hubung, diawali huruf' }),
    label: z
      .string({ error: 'label wajib diisi' })
      .trim()
      .min(1, { error: 'label wajib diisi' })
      .max(50, { error: 'label GitHub paling panjang 50 karakter' })
      .refine((v) => !v.includes(','), { error: 'label tidak boleh memuat tanda koma' })
      .refine((v) => !v.toLowerCase().startsWith('decap-cms/'), {
        error: 'label tidak boleh diawali "decap-cms/": Decap CMS menghapus label berawalan itu setiap kali status entri berubah',
      }),
    nama: z.string({ error: 'nama tahap wajib diisi' }).trim().min(1, { error: 'nama tahap wajib diisi' }),
    pemegang: pemegangSchema,
    sla_jam: z
      .number({ error: 'sla_jam harus berupa angka jam, misalnya 0.5 untuk 30 menit' })
      .positive({ error: 'sla_jam harus lebih dari 0' })
      .max(24 * 30, { error: 'sla_jam paling banyak 720 jam (30 hari)' }),
    },
    { error: 'setiap tahap harus berisi id, label, nama, pemegang dan sla_jam' },
  )
  .strict();

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const policySchema = z
  .object(
    {
    versi: z.literal(1, { error: 'versi harus 1' }),
    folder_konten: z
      .string({ error: 'folder_konten harus berupa teks' })
      .regex(/^[^/.][^\\]*\/$/, { error: 'folder_konten harus berupa folder relatif yang diakhiri "/", misalnya "content/"' })
      .default('content/'),
    gate_bot: z
      .array(z.string({ error: 'login bot harus berupa teks' }).regex(BOT_LOGIN, { error: 'login bot tidak valid, misalnya "github-actions[bot]"' }), {
        error: 'gate_bot harus berupa daftar login',
      })
      .min(1, { error: 'gate_bot wajib berisi login gate (misalnya "github-actions[bot]")' }),
    zona_waktu: z
      .string({ error: 'zona_waktu harus berupa teks' })
      .refine(validTimeZone, { error: 'zona_waktu tidak dikenal: gunakan "Asia/Jakarta" (WIB), "Asia/Makassar" (WITA) atau "Asia/Jayapura" (WIT)' })
      .default('Asia/Jakarta'),
    tahap: z
      .array(stageSchema, { error: 'tahap harus berupa daftar tahap' })
      .min(3, { error: 'tahap paling sedikit tiga: operator, satu tahap pemeriksa, dan ketua' }),
    ketua_wajib: z
      .object(
        {
        perhatian_khusus: z.boolean({ error: 'perhatian_khusus harus true atau false' }),
        koleksi: z
          .array(z.enum(COLLECTION_NAMES, { error: `koleksi harus salah satu dari: ${COLLECTION_NAMES.join(', ')}` }), {
            error: 'koleksi harus berupa daftar',
          })
          .default([]),
        kategori: z
          .array(z.string({ error: 'kategori harus berupa teks' }).trim().min(1, { error: 'kategori tidak boleh kosong' }), {
            error: 'kategori harus berupa daftar',
          })
          .default([]),
        },
        { error: 'ketua_wajib wajib diisi: perhatian_khusus, koleksi dan kategori' },
      )
      .strict(),
    },
    { error: 'kebijakan harus berupa daftar "nama: nilai"' },
  )
  .strict();

/**
 * Rules across fields: unique ids and labels, a holder for every stage, no bot holding a
 * role, Operator first and Ketua last. Reads the raw YAML data defensively, so these
 * problems are reported together with the schema's (zod skips refinements of an object
 * that already has issues).
 */
function crossFieldIssues(data: Record<string, unknown>): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const stages = Array.isArray(data.tahap) ? (data.tahap as unknown[]) : [];
  const record = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const bots = new Set(strings(data.gate_bot).map((b) => b.toLowerCase()));
  const ids = new Map<string, number>();
  const labels = new Map<string, number>();
  stages.forEach((raw, i) => {
    const stage = record(raw);
    if (typeof stage.id === 'string') {
      const seen = ids.get(stage.id);
      if (seen !== undefined) issues.push({ path: ['tahap', i, 'id'], message: `id "${stage.id}" sudah dipakai tahap ke-${seen + 1}` });
      else ids.set(stage.id, i);
    }
    if (typeof stage.label === 'string') {
      const key = stage.label.trim().toLowerCase();
      const seen = labels.get(key);
      if (seen !== undefined) issues.push({ path: ['tahap', i, 'label'], message: `label "${stage.label}" sudah dipakai tahap ke-${seen + 1} (huruf besar/kecil tidak dibedakan GitHub)` });
      else labels.set(key, i);
    }
    const holders = record(stage.pemegang);
    const logins = strings(holders.logins);
    if (stage.pemegang !== undefined && logins.length + strings(holders.teams).length === 0) {
      issues.push({ path: ['tahap', i, 'pemegang'], message: `tahap "${String(stage.id ?? i + 1)}" harus punya paling sedikit satu pemegang peran (logins atau teams)` });
    }
    logins.forEach((l, j) => {
      if (bots.has(l.toLowerCase())) issues.push({ path: ['tahap', i, 'pemegang', 'logins', j], message: `"${l}" adalah login gate: bot tidak boleh memegang peran` });
    });
  });
  if (stages.length >= 3) {
    const idOf = (i: number) => record(stages[i]).id;
    if (idOf(0) !== OPERATOR_ID) issues.push({ path: ['tahap', 0, 'id'], message: `tahap pertama harus "${OPERATOR_ID}" (pengajuan draf oleh Operator)` });
    const last = stages.length - 1;
    stages.forEach((_, i) => {
      if (idOf(i) === KETUA_ID && i !== last) issues.push({ path: ['tahap', i, 'id'], message: `tahap "${KETUA_ID}" harus menjadi tahap terakhir` });
    });
    if (!stages.some((_, i) => idOf(i) === KETUA_ID)) {
      issues.push({ path: ['tahap', last], message: `tahap terakhir harus "${KETUA_ID}" (persetujuan Ketua untuk informasi yang perlu perhatian khusus)` });
    }
  }
  return issues;
}

export type Policy = z.output<typeof policySchema>;
export type Stage = Policy['tahap'][number];

export interface PolicyProblem {
  file: string;
  line: number;
  /** Dotted field path ("tahap.2.label"), empty for the whole file. */
  field: string;
  message: string;
}

export class PolicyError extends Error {
  readonly problems: readonly PolicyProblem[];
  constructor(problems: readonly PolicyProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}: ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n'));
    this.name = 'PolicyError';
    this.problems = problems;
  }
}

/** Parses and validates the policy text; throws a PolicyError listing every problem. */
export function parsePolicy(text: string, file: string = POLICY_PATH): Policy {
  let parsed: ParsedYaml;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    if (error instanceof YamlSyntaxError) throw new PolicyError([{ file, line: error.line, field: '', message: error.message }]);
    throw error;
  }
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    throw new PolicyError([{ file, line: 1, field: '', message: 'kebijakan harus berupa daftar "nama: nilai" (versi, gate_bot, tahap, ketua_wajib)' }]);
  }
  const result = policySchema.safeParse(parsed.data, { error: indonesianError });
  const cross = crossFieldIssues(parsed.data as Record<string, unknown>);
  if (result.success && !cross.length) return result.data;
  const schemaIssues = result.success ? [] : result.error.issues;
  const flat: { path: PropertyKey[]; key?: string; message: string }[] = [
    ...schemaIssues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ path: issue.path, key, message: `isian "${key}" tidak dikenal: hapus atau periksa ejaannya` }))
        : [{ path: issue.path, message: issue.message }],
    ),
    ...cross,
  ];
  const problems: PolicyProblem[] = flat.map(({ path, key, message }) => ({
    file,
    line: lineOf(parsed, path, key),
    field: (key === undefined ? path : [...path, key]).map(String).join('.'),
    message,
  }));
  problems.sort((a, b) => a.line - b.line);
  throw new PolicyError(problems);
}
