// Where and how a court keeps its backups: deploy/backup.json in the repository (changed only
// by a reviewed pull request). The key is never here: it comes from the secret LAMAN_BACKUP_KEY.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { UserError } from '../cli/context.ts';
import { parseJsonConfig } from '../lib/json-config.ts';

export const BACKUP_CONFIG = 'deploy/backup.json';

const name = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'name harus huruf kecil, angka dan tanda hubung, misalnya "kantor"' });

const target = z.discriminatedUnion(
  'type',
  [
    z
      .object({
        name,
        type: z.literal('directory'),
        // Example: "/mnt/cadangan/laman" (a local disk or a mounted share).
        path: z.string().regex(/^\//, { error: 'path harus path absolut, misalnya /mnt/cadangan/laman' }),
      })
      .strict(),
    z
      .object({
        name,
        type: z.literal('rclone'),
        // Example: "cadangan-kantor:laman" (remote configured by RCLONE_CONFIG_<NAME>_* or rclone.conf).
        remote: z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_ .-]*:.*$/, { error: 'remote harus "nama-remote:path", misalnya "cadangan-kantor:laman"' }),
      })
      .strict(),
  ],
  { error: 'type harus "directory" atau "rclone"' },
);

const schema = z
  .object({
    targets: z.array(target).min(1, { error: 'targets harus berisi paling sedikit satu tujuan cadangan' }),
    retention: z
      .object({
        daily: z.number().int().min(1).max(366).default(7),
        weekly: z.number().int().min(0).max(520).default(4),
        monthly: z.number().int().min(0).max(240).default(12),
        yearly: z.number().int().min(0).max(100).default(0),
      })
      .strict()
      .default({ daily: 7, weekly: 4, monthly: 12, yearly: 0 }),
    // What `laman backup verify` reads back: "all" (every pack) or a subset for big repositories ("10%", "500M", "1/7").
    read_data: z
      .string()
      .regex(/^(all|\d+(\.\d+)?%|\d+[kKmMgGtT]|\d+\/\d+)$/, { error: 'read_data harus "all", persen ("10%"), ukuran ("500M") atau bagian ("1/7")' })
      .default('all'),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.targets.forEach((t, i) => {
      if (seen.has(t.name)) ctx.addIssue({ code: 'custom', path: ['targets', i, 'name'], message: `nama tujuan "${t.name}" dipakai dua kali` });
      seen.add(t.name);
    });
  });

export type BackupConfig = z.output<typeof schema>;
export type BackupTarget = BackupConfig['targets'][number];
export type RetentionPolicy = BackupConfig['retention'];

export function parseBackupConfig(text: string, file = BACKUP_CONFIG): BackupConfig {
  return parseJsonConfig(schema, text, file);
}

/** Reads the config file (`file` relative to `root`); a missing file is an error that says how to make one. */
export async function loadBackupConfig(root: string, file = BACKUP_CONFIG): Promise<BackupConfig> {
  const full = path.resolve(root, file);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new UserError(`${file} tidak ditemukan: pencadangan belum diatur. Buat berkas itu (contoh dan penjelasan: docs/backup.md).`);
  }
  return parseBackupConfig(text, file);
}

/** "kantor" or "2" (1-based) → that target; undefined → every target. */
export function selectTargets(config: BackupConfig, which: string | undefined): BackupTarget[] {
  if (which === undefined) return config.targets;
  const byName = config.targets.find((t) => t.name === which);
  if (byName) return [byName];
  const index = /^\d+$/.test(which) ? Number(which) - 1 : -1;
  const byIndex = config.targets[index];
  if (byIndex) return [byIndex];
  throw new UserError(`tujuan cadangan "${which}" tidak ada di konfigurasi; yang ada: ${config.targets.map((t, i) => `${i + 1}. ${t.name}`).join(', ')}`);
}
