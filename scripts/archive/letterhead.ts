// The court's identity for the approval sheet, read from the published commit itself:
// content/pengaturan/situs.yml (name, superior court, address, phones, email, site URL),
// its logo rasterised to PNG, and the time zone of cms/editorial.yml.
import path from 'node:path/posix';
import sharp from 'sharp';
import { parse as parseYamlText } from 'yaml';
import { pengaturanSchema, type Pengaturan } from '../../src/schema/pengaturan.ts';
import { indonesianError } from '../../src/check/frontmatter/zod-locale.ts';
import { parsePolicy, POLICY_PATH } from '../gate/policy.ts';
import { git, GitError, type GitEnv } from './git.ts';
import { ArchiveError } from './messages.ts';
import type { Letterhead } from './sheet.ts';

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';
const SETTINGS = 'pengaturan/situs.yml';

export interface CourtInfo {
  kop: Letterhead;
  /** IANA zone the sheet shows times in. */
  zonaWaktu: string;
}

/** The letterhead lines from the settings. Pure. */
export function letterheadFromSettings(settings: Pengaturan, logoPng?: Uint8Array): Letterhead {
  const a = settings.alamat;
  return {
    nama: settings.nama,
    induk: settings.induk,
    alamat: `${a.jalan}, ${a.kota}, ${a.provinsi} ${a.kode_pos}`,
    kontak: [...settings.telepon.map((t) => `${t.label} ${t.nomor}`), `Email ${settings.email}`].join(' | '),
    url: settings.url_situs,
    ...(logoPng ? { logoPng } : {}),
  };
}

/** Any image sharp reads (the logo is usually SVG, which pdf-lib cannot embed) as a PNG 200 px high. */
export async function rasteriseLogo(bytes: Uint8Array): Promise<Uint8Array> {
  return sharp(bytes, { density: 300 }).resize({ height: 200, fit: 'inside' }).png({ compressionLevel: 9 }).toBuffer();
}

async function show(repoDir: string, commit: string, file: string, env: GitEnv): Promise<Buffer | undefined> {
  try {
    return await git(repoDir, ['show', `${commit}:${file}`], { env });
  } catch (error) {
    if (error instanceof GitError) return undefined;
    throw error;
  }
}

export interface ReadCourtOptions {
  repoDir: string;
  commit: string;
  /** The content folder, default "content". */
  contentDir?: string;
  env: GitEnv;
  log: (line: string) => void;
}

/** Reads the court's settings, logo and time zone as they were in `commit`. */
export async function readCourtInfo(options: ReadCourtOptions): Promise<CourtInfo> {
  const { repoDir, commit, env, log } = options;
  const settingsPath = path.join(options.contentDir ?? 'content', SETTINGS);
  const text = await show(repoDir, commit, settingsPath, env);
  if (!text) throw new ArchiveError(`${settingsPath} tidak ada di commit ${commit}: kop lembar persetujuan tidak dapat dibuat`);
  const parsed = pengaturanSchema.safeParse(parseYamlText(text.toString('utf8')), { error: indonesianError });
  if (!parsed.success) {
    throw new ArchiveError(`${settingsPath} di commit ${commit.slice(0, 12)} tidak valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const settings = parsed.data;

  let logoPng: Uint8Array | undefined;
  const logoPath = path.join(path.dirname(settingsPath), settings.logo);
  const logo = await show(repoDir, commit, logoPath, env);
  if (!logo) log(`arsip: logo ${logoPath} tidak ada di commit; lembar persetujuan dibuat tanpa logo`);
  else {
    try {
      logoPng = await rasteriseLogo(logo);
    } catch (error) {
      // The sheet is still valid without the logo; the court's name heads it either way.
      log(`arsip: logo ${logoPath} tidak dapat diubah ke PNG (${(error as Error).message}); lembar persetujuan dibuat tanpa logo`);
    }
  }

  let zonaWaktu = DEFAULT_TIME_ZONE;
  const policy = await show(repoDir, commit, POLICY_PATH, env);
  if (policy) {
    try {
      zonaWaktu = parsePolicy(policy.toString('utf8'), POLICY_PATH).zona_waktu;
    } catch (error) {
      log(`arsip: ${POLICY_PATH} tidak dapat dibaca (${(error as Error).message.split('\n')[0]}); waktu ditulis dalam ${DEFAULT_TIME_ZONE}`);
    }
  }
  return { kop: letterheadFromSettings(settings, logoPng), zonaWaktu };
}
