// `laman check`: runs every rule over the content — Markdown and settings files, images,
// PDFs — and collects the findings. One file that cannot be read is a finding for that
// file, never a crash that hides the rest.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { EMPTY_SETTINGS, settingsFromPengaturan, type CheckEnvironment, type CheckSettings } from '../../src/check/context.ts';
import { compareFindings, type CheckFinding } from '../../src/check/finding.ts';
import { parseEntry } from '../../src/check/frontmatter/schema.ts';
import { checkEntry } from '../../src/check/markdown/check-entry.ts';
import { resolveContentRef } from '../../src/check/markdown/rules/isian-berkas.ts';
import { buildSiteIndex, type IndexedEntry } from '../../src/check/site-index.ts';
import { PENGATURAN_ID } from '../../src/schema/collections.ts';
import { displayPath, validateFileSet } from '../content/validate.ts';
import { classify, type FileKind } from './classify.ts';

export interface FileResult {
  findings: CheckFinding[];
  fixes: string[];
}

/** Metadata a PDF gets from the dokumen entry that publishes it. */
export interface PdfEntryMetadata {
  title: string;
  subject?: string;
  keywords?: string[];
}

/** The binary-file checks, passed in so the engine stays testable and small. */
export interface FileCheckers {
  image(absPath: string, file: string, opts: { fix: boolean; dryRun: boolean }): Promise<FileResult>;
  pdf(absPath: string, file: string, opts: { fix: boolean; dryRun: boolean; settings: CheckSettings; metadata: PdfEntryMetadata | undefined }): Promise<FileResult>;
}

export interface CheckOptions {
  /** Project root: displayed paths are relative to it. */
  root: string;
  /** Content folder, relative to root or absolute. */
  contentDir: string;
  /** Files or folders to check; empty: the whole content folder. */
  paths: readonly string[];
  fix: boolean;
  dryRun: boolean;
  now: Date;
  checkers: FileCheckers;
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface CheckReport {
  files: number;
  findings: CheckFinding[];
  fixes: { file: string; description: string }[];
  dryRun: boolean;
}

export class PathNotFound extends Error {
  override name = 'PathNotFound';
}

interface Target {
  abs: string;
  file: string;
  contentPath: string | undefined;
  kind: FileKind;
}

const posix = (p: string) => p.split(path.sep).join('/');

function whole(file: string, rule: string, message: string, hint: string, severity: CheckFinding['severity'] = 'error'): CheckFinding {
  return { rule, severity, file, line: 1, column: 1, message, hint, fixable: false };
}

async function listFiles(dir: string): Promise<string[]> {
  return (await glob('**/*', { cwd: dir, onlyFiles: true, dot: false, followSymbolicLinks: false })).sort();
}

async function resolveTargets(root: string, contentAbs: string, paths: readonly string[], contentFiles: readonly string[]): Promise<Target[]> {
  const target = (abs: string): Target => {
    const rel = path.relative(contentAbs, abs);
    const contentPath = rel.startsWith('..') || path.isAbsolute(rel) ? undefined : posix(rel);
    return { abs, file: displayPath(root, abs), contentPath, kind: classify(contentPath, path.basename(abs)) };
  };
  if (!paths.length) return contentFiles.map((p) => target(path.join(contentAbs, p)));
  const seen = new Map<string, Target>();
  for (const p of paths) {
    const abs = path.resolve(root, p);
    const info = await stat(abs).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new PathNotFound(`"${p}" tidak ditemukan`);
      throw error;
    });
    const files = info.isDirectory() ? (await listFiles(abs)).map((f) => path.join(abs, f)) : [abs];
    for (const f of files) if (!seen.has(f)) seen.set(f, target(f));
  }
  return [...seen.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** Runs `task` over `items`, at most `limit` at a time, keeping order in the results. */
async function pool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function runCheck(options: CheckOptions): Promise<CheckReport> {
  const { root } = options;
  const contentAbs = path.resolve(root, options.contentDir);
  const contentFiles = await listFiles(contentAbs);

  // Every entry is read once: for the site index (link targets) and, when targeted, for its rules.
  const texts = new Map<string, string>();
  const entries: IndexedEntry[] = [];
  let settings: CheckSettings = EMPTY_SETTINGS;
  let perHalaman = 10;
  const pdfOwners = new Map<string, PdfEntryMetadata>();
  for (const contentPath of contentFiles) {
    const kind = classify(contentPath, path.basename(contentPath));
    if (kind.kind !== 'entry') continue;
    let text: string;
    try {
      text = await readFile(path.join(contentAbs, contentPath), 'utf8');
    } catch {
      continue; // reported when the file itself is checked
    }
    texts.set(contentPath, text);
    const parsed = parseEntry(text, kind.collection);
    const data = parsed.ok ? parsed.data : undefined;
    entries.push({ collection: kind.collection, contentPath, data });
    if (kind.collection === 'pengaturan' && contentPath === `pengaturan/${PENGATURAN_ID}.yml`) {
      settings = settingsFromPengaturan(data);
      if (typeof data?.per_halaman === 'number') perHalaman = data.per_halaman;
    }
    if (kind.collection === 'dokumen' && typeof data?.berkas === 'string' && typeof data.judul === 'string') {
      const pdf = resolveContentRef(contentPath, data.berkas);
      const keywords = [data.kategori, data.jenis, data.nomor].filter((k): k is string => typeof k === 'string');
      if (pdf) pdfOwners.set(pdf, { title: data.judul, ...(typeof data.ringkasan === 'string' ? { subject: data.ringkasan } : {}), keywords });
    }
  }
  const env: CheckEnvironment = { settings, index: buildSiteIndex(entries, contentFiles, perHalaman), now: options.now };

  const targets = await resolveTargets(root, contentAbs, options.paths, contentFiles);
  const findings: CheckFinding[] = [];
  if (!options.paths.length) {
    const sets = validateFileSet(
      entries.map((e) => ({ collection: e.collection, file: displayPath(root, path.join(contentAbs, e.contentPath)) })),
      root,
      options.contentDir,
    );
    for (const f of sets) findings.push(whole(f.file, 'isian/skema', f.message, 'Simpan pengaturan situs di berkas content/pengaturan/situs.yml.'));
  }
  const fixes: CheckReport['fixes'] = [];
  let done = 0;
  const fileOpts = { fix: options.fix, dryRun: options.dryRun };
  const results = await pool(targets, options.concurrency ?? 4, async (t): Promise<FileResult> => {
    try {
      return await checkTarget(t);
    } catch (error) {
      return {
        findings: [
          whole(
            t.file,
            'berkas/tidak-terbaca',
            `berkas tidak dapat diperiksa: ${(error as Error).message}`,
            'Periksa bahwa berkas ada, dapat dibaca, dan tidak sedang dipakai program lain; lalu jalankan pemeriksaan lagi.',
          ),
        ],
        fixes: [],
      };
    } finally {
      options.onProgress?.(++done, targets.length);
    }
  });

  async function checkTarget(t: Target): Promise<FileResult> {
    switch (t.kind.kind) {
      case 'entry': {
        const text = (t.contentPath !== undefined ? texts.get(t.contentPath) : undefined) ?? (await readFile(t.abs, 'utf8'));
        return { findings: checkEntry({ file: t.file, contentPath: t.contentPath!, collection: t.kind.collection, text }, env), fixes: [] };
      }
      case 'image':
        return options.checkers.image(t.abs, t.file, fileOpts);
      case 'pdf':
        return options.checkers.pdf(t.abs, t.file, { ...fileOpts, settings, metadata: t.contentPath ? pdfOwners.get(t.contentPath) : undefined });
      case 'stray-content':
        return {
          findings: [
            whole(
              t.file,
              'berkas/bukan-konten',
              'berkas ini tidak berada di folder koleksi mana pun, sehingga tidak akan tampil di situs.',
              'Pindahkan ke folder koleksinya (content/berita, content/pengumuman, content/dokumen, content/halaman) atau hapus.',
              'warning',
            ),
          ],
          fixes: [],
        };
      case 'unpublished':
        return {
          findings: [
            whole(
              t.file,
              'berkas/tidak-diterbitkan',
              'jenis berkas ini tidak diterbitkan di situs (hanya PDF dan gambar JPEG, PNG, WebP, AVIF, SVG), sehingga tautan ke berkas ini akan rusak.',
              'Ubah dokumen menjadi PDF, atau gambar menjadi JPEG/PNG, lalu unggah ulang.',
              'warning',
            ),
          ],
          fixes: [],
        };
    }
  }

  results.forEach((r, i) => {
    findings.push(...r.findings);
    for (const description of r.fixes) fixes.push({ file: targets[i]!.file, description });
  });
  return { files: targets.length, findings: findings.sort(compareFindings), fixes, dryRun: options.dryRun };
}
