// What a build manifest must satisfy before a deploy relies on it (pure): a build id that is
// safe as a folder name, and file paths that stay inside the release and fit one line of a
// `sha256sum -c` list.
import { MANIFEST_PATH, type BuildManifest } from '../types.ts';
import { isBuildId } from './layout.ts';

const SHA256 = /^[0-9a-f]{64}$/;
// Control characters (a newline would split a checksum line) and backslashes (sha256sum escapes them).
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/** Why `file` cannot be a release path, or undefined when it can. */
export function pathProblem(file: string): string | undefined {
  if (UNSAFE.test(file)) return 'berisi karakter kendali atau garis miring terbalik';
  if (file.startsWith('/')) return 'path absolut';
  if (file.split('/').some((s) => s === '' || s === '.' || s === '..')) return 'berisi bagian kosong, "." atau ".."';
  if (file === MANIFEST_PATH) return 'manifes tidak boleh mencantumkan dirinya sendiri';
  return undefined;
}

/** Every problem of the manifest, as "where: what" (empty when it is usable). */
export function manifestProblems(manifest: BuildManifest): string[] {
  const problems: string[] = [];
  if (manifest.versi !== 1) problems.push(`versi: ${JSON.stringify(manifest.versi)}, diharapkan 1`);
  if (typeof manifest.build !== 'string' || !isBuildId(manifest.build)) {
    problems.push(`build: ${JSON.stringify(manifest.build)} bukan id build (huruf, angka, "-" dan "_", mis. 3f2a9c1d0b7e-20261122T031500Z)`);
  }
  if (!manifest.berkas || typeof manifest.berkas !== 'object') return [...problems, 'berkas: tidak ada daftar berkas'];
  for (const [file, entry] of Object.entries(manifest.berkas)) {
    const problem = pathProblem(file);
    if (problem) problems.push(`berkas ${JSON.stringify(file)}: ${problem}`);
    if (!entry || typeof entry.sha256 !== 'string' || !SHA256.test(entry.sha256)) problems.push(`berkas ${JSON.stringify(file)}: sha256 bukan 64 digit heksadesimal`);
    if (!entry || !Number.isInteger(entry.bytes) || entry.bytes < 0) problems.push(`berkas ${JSON.stringify(file)}: bytes bukan ukuran berkas`);
  }
  return problems;
}
