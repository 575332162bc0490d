// `laman bench publish`: on a generated court site, a full publish with empty caches next to
// publishing a one-article change with the caches of the first run (Astro's content-layer
// cache, the content check's processed-media cache): check, build, manifest, deploy, archive.
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { appendToArchive } from '../../archive/store.ts';
import { binPath } from '../../lib/project.ts';
import { directoryTarget } from '../../publish/deploy/directory.ts';
import { publish, type PublishResult } from '../../publish/publish.ts';
import type { PublishTiming } from './report.ts';

const exec = promisify(execFile);

export interface PublishBenchOptions {
  projectRoot: string;
  /** Work folder (fixture repository, build, deploy target); removed unless kept. */
  dir: string;
  berita: number;
  dokumen: number;
  env: Record<string, string | undefined>;
  now: () => Date;
  progress: (line: string) => void;
}

const GIT_ENV = { GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@laman.invalid', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@laman.invalid' };

async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await exec('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, maxBuffer: 64 * 1024 * 1024 })).stdout.trim();
}

const STEP = /^laman publish: \[(\d)\/5\] (.*)$/;
const NAMES: Record<string, string> = { '1': 'periksa konten', '2': 'manifest', '3': 'pasang', '4': 'persetujuan', '5': 'arsip' };
/** Lines buildSite prints between its own steps. */
const SUBSTEPS: Array<[RegExp, string]> = [
  [/^laman publish: membangun situs \(Astro\)$/, 'Astro'],
  [/^laman publish: membuat indeks pencarian \(Pagefind\)$/, 'Pagefind'],
];

async function timed(label: string, run: (write: (text: string) => void) => Promise<PublishResult>, progress: (line: string) => void): Promise<PublishTiming> {
  const marks: Array<[string, number]> = [];
  const started = performance.now();
  const result = await run((text) => {
    for (const line of text.split('\n')) {
      const m = STEP.exec(line);
      if (m) {
        marks.push([NAMES[m[1]!] ?? m[2]!, performance.now()]);
        progress(`${label}: ${m[2]}`);
      }
      const sub = SUBSTEPS.find(([re]) => re.test(line));
      if (sub) marks.push([sub[1], performance.now()]);
    }
  });
  const ended = performance.now();
  const steps: Array<[string, number]> = marks.map(([name, at], i) => [name, Math.round((marks[i + 1]?.[1] ?? ended) - at)]);
  return { label, steps, totalMs: Math.round(ended - started), files: Object.keys(result.manifest.berkas).length, records: result.records.length };
}

export async function runPublishBench(o: PublishBenchOptions): Promise<{ items: number; full: PublishTiming; change: PublishTiming }> {
  const repo = path.join(o.dir, 'repo');
  const content = path.join(repo, 'content');
  const out = path.join(o.dir, 'dist');
  const www = path.join(o.dir, 'www');
  const cache = path.join(o.dir, 'cache');
  await mkdir(repo, { recursive: true });
  o.progress(`membuat situs contoh: ${o.berita} berita, ${o.dokumen} dokumen`);
  await exec(process.execPath, [path.join(o.projectRoot, 'scripts/laman.ts'), 'fixture', '--berita', String(o.berita), '--dokumen', String(o.dokumen), '--out', content], {
    cwd: o.projectRoot,
    env: { ...o.env, PATH: `${path.dirname(binPath('node'))}:${o.env.PATH ?? ''}` },
    maxBuffer: 64 * 1024 * 1024,
  });
  await git(repo, 'init', '--quiet', '--initial-branch=main');
  await git(repo, 'add', '--all');
  await git(repo, 'commit', '--quiet', '-m', 'Situs contoh');
  const items = Number(await git(repo, 'ls-files', '--', 'content').then((s) => s.split('\n').filter((f) => /\.(md|ya?ml)$/.test(f)).length));

  const env = { ...o.env, LAMAN_CONTENT_DIR: content, LAMAN_CACHE_DIR: cache };
  // Astro's cache for this content folder (astro.config.mjs): empty for the full run.
  const astroCache = (await import('node:crypto')).createHash('sha256').update(path.resolve(content)).digest('hex').slice(0, 12);
  await rm(path.join(o.projectRoot, 'node_modules', `.astro-${astroCache}`), { recursive: true, force: true });
  const target = directoryTarget({ root: www, now: o.now });
  const archiver = {
    async append(inputs: Parameters<typeof appendToArchive>[0]['items'], log: (line: string) => void) {
      const result = await appendToArchive({ repoDir: repo, items: inputs, now: o.now(), log });
      return { records: result.records.map((r) => r.record.nomor) };
    },
  };
  const base = { root: o.projectRoot, repoDir: repo, env, out, target, archiver, now: o.now, writeError: (t: string) => o.progress(t.trimEnd()) };

  try {
    const head = await git(repo, 'rev-parse', 'HEAD');
    const full = await timed('penuh (cache kosong)', (write) => publish({ ...base, before: head, write }), o.progress);

    const slug = 'bench-satu-artikel';
    await writeFile(
      path.join(content, 'berita', `${slug}.md`),
      `---\njudul: Satu Artikel Baru untuk Uji Kecepatan\ntanggal: 2026-01-05\nringkasan: Artikel yang ditambahkan untuk mengukur penerbitan satu perubahan.\nkategori: Kegiatan\npenulis: Tim Humas\n---\n\nIsi artikel.\n`,
    );
    await git(repo, 'add', '--all');
    await git(repo, 'commit', '--quiet', '-m', 'Satu artikel');
    const change = await timed('satu artikel (cache hangat)', (write) => publish({ ...base, before: head, write }), o.progress);
    return { items, full, change };
  } finally {
    await rm(path.join(o.projectRoot, 'node_modules', `.astro-${astroCache}`), { recursive: true, force: true });
  }
}
