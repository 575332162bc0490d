// Bad frontmatter stops the build with a message naming the file and the field, in
// Indonesian: through `laman build`, and through a bare `astro build` too.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { binPath, PROJECT_ROOT } from '../../scripts/lib/project.ts';

const work = path.join(PROJECT_ROOT, 'tests', '.tmp', 'build-errors');
const content = path.join(work, 'content');
const relContent = path.relative(PROJECT_ROOT, content);
const victim = 'berita/sidang-keliling-kecamatan-sukamaju.md';

beforeAll(async () => {
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  await cp(path.join(PROJECT_ROOT, 'content'), content, { recursive: true });
  const file = path.join(content, victim);
  const text = await readFile(file, 'utf8');
  // An operator wipes the title and types a date that does not exist.
  const broken = text.replace(/^judul: .*$/m, 'judul: ""').replace(/^tanggal: .*$/m, 'tanggal: 2026-02-30x');
  expect(broken).not.toBe(text);
  await writeFile(file, broken);
  // Another writer pastes a party's NIK into a news item.
  const other = path.join(content, 'berita', 'posbakum-layani-ratusan-warga-semester-i-2026.md');
  await writeFile(other, (await readFile(other, 'utf8')) + '\nPemohon ber-NIK 3372015708900003 dibantu petugas.\n');
});
afterAll(async () => rm(work, { recursive: true, force: true }));

function run(args: string[]) {
  return spawnSync(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LAMAN_CONTENT_DIR: relContent, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
}

it('laman build stops before building and lists each problem as FILE:LINE:COLUMN: kesalahan: FIELD: message', () => {
  const result = run([path.join(PROJECT_ROOT, 'scripts', 'laman.ts'), 'build', '--out', path.join(work, 'dist')]);
  expect(result.status).toBe(1);
  const file = `${relContent}/${victim}`;
  expect(result.stderr).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+:1: kesalahan: judul: judul tidak boleh kosong`));
  expect(result.stderr).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+:1: kesalahan: tanggal: tanggal harus berupa tanggal yang valid`));
  expect(result.stderr).toContain('kesalahan pada konten; situs tidak dibangun');
  // Personal data stops publication too, and the report never prints the number.
  expect(result.stderr).toMatch(/posbakum-layani-ratusan-warga-semester-i-2026\.md:\d+:\d+: kesalahan: NIK terdeteksi .*\[pribadi\/nik\]/);
  expect(result.stderr).not.toContain('3372015708900003');
});

it('a bare astro build fails too, naming the entry and the field in Indonesian', () => {
  const result = run([binPath('astro'), 'build', '--outDir', path.join(work, 'dist-astro')]);
  expect(result.status).not.toBe(0);
  const output = result.stdout + result.stderr;
  expect(output).toContain('sidang-keliling-kecamatan-sukamaju');
  expect(output).toContain('judul tidak boleh kosong');
  expect(output).toContain('tanggal harus berupa tanggal yang valid');
}, 60_000);
