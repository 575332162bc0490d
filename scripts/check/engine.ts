// `laman check`: runs every rule over the content — Markdown and settings files, images,
// PDFs — and collects the findings. One file that cannot be read is a finding for that
// file, never a crash that hides the rest.
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pMap from 'p-map';
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
  /** Indonesian: why --fix left the file alone although a finding is fixable. */
  notFixed?: string | undefined;
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
  /** Files --fix left alone, with the reason. */
  notFixed: { file: string; reason: string }[];
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

/** Files (and symbolic links) under `dir`, relative, `/`-separated, skipping dot files and folders. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => posix(path.relative(dir, path.join(e.parentPath, e.name))))
    .filter((rel) => !rel.split('/').some((part) => part.startsWith('.')))
    .sort();
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A content file's text; refuses bytes that are not UTF-8 instead of silently replacing them. */
async function readText(abs: string): Promise<string> {
  const bytes = await readFile(abs);
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new Error('isinya bukan teks UTF-8 (mungkin disimpan dengan pengodean lain, misalnya Windows-1252), sehingga sebagian huruf akan rusak');
  }
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
    const info = await lstat(abs).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new PathNotFound(`"${p}" tidak ditemukan`);
      throw error;
    });
    if (!info.isDirectory()) {
      if (!seen.has(abs)) seen.set(abs, target(abs));
      continue;
    }
    for (const f of (await listFiles(abs)).map((name) => path.join(abs, name))) {
      const t = target(f);
      // A folder outside the content folder (a scan of downloads, test fixtures): only the
      // images and PDFs in it are content; its notes and scripts are not.
      if (t.contentPath === undefined && t.kind.kind !== 'image' && t.kind.kind !== 'pdf') continue;
      if (!seen.has(f)) seen.set(f, t);
    }
  }
  return [...seen.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
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
      if ((await lstat(path.join(contentAbs, contentPath))).isSymbolicLink()) continue;
      text = await readText(path.join(contentAbs, contentPath));
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
  const results = await pMap(targets, async (t): Promise<FileResult> => {
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
  }, { concurrency: options.concurrency ?? 4 });

  async function checkTarget(t: Target): Promise<FileResult> {
    if ((await lstat(t.abs)).isSymbolicLink()) {
      // Never followed: a link could publish any file of the machine that builds the site.
      return {
        findings: [
          whole(
            t.file,
            'berkas/tautan-simbolik',
            'berkas ini adalah tautan simbolik (symlink): saat situs dibangun, isi berkas yang ditunjuknya — bisa berkas mana pun di server — ikut diterbitkan.',
            'Hapus tautan ini dan simpan berkas aslinya di folder konten.',
          ),
        ],
        fixes: [],
      };
    }
    switch (t.kind.kind) {
      case 'entry': {
        const text = (t.contentPath !== undefined ? texts.get(t.contentPath) : undefined) ?? (await readText(t.abs));
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

  const notFixed: CheckReport['notFixed'] = [];
  results.forEach((r, i) => {
    findings.push(...r.findings);
    for (const description of r.fixes) fixes.push({ file: targets[i]!.file, description });
    if (r.notFixed) notFixed.push({ file: targets[i]!.file, reason: r.notFixed });
  });
  return { files: targets.length, findings: findings.sort(compareFindings), fixes, notFixed, dryRun: options.dryRun };
}
