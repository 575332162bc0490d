// Content access for pages: sorted collections, settings, menus and file metadata.
// This is the one place pages reach into astro:content.
import path from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import sharp from 'sharp';
import { contentDir, PENGATURAN_ID } from '../schema/collections.ts';
import { resolveBerkas, type Berkas } from './berkas.ts';
import { buildTime } from './build-time.ts';
import { buildMenu } from './menu.ts';
import { isAktif } from './pengumuman-aktif.ts';
import { readPdfInfo, type PdfInfo } from './pdf-info.ts';
import { isReservedHalaman } from '../schema/reserved-slugs.ts';

export type BeritaEntry = CollectionEntry<'berita'>;
export type PengumumanEntry = CollectionEntry<'pengumuman'>;
export type DokumenEntry = CollectionEntry<'dokumen'>;
export type HalamanEntry = CollectionEntry<'halaman'>;
export type ArtikelEntry = BeritaEntry | PengumumanEntry;

export const NOW = buildTime(process.env);
const CONTENT_ROOT = path.resolve(contentDir(process.env));

/** Newest first, then by id, so equal dates keep a stable order. */
function byDateDesc<T extends { data: { tanggal: Date }; id: string }>(a: T, b: T): number {
  return b.data.tanggal.getTime() - a.data.tanggal.getTime() || a.id.localeCompare(b.id);
}

export async function getPengaturan() {
  const entry = await getEntry('pengaturan', PENGATURAN_ID);
  if (!entry) {
    throw new Error(`Berkas pengaturan situs tidak ditemukan: buat ${contentDir(process.env)}/pengaturan/${PENGATURAN_ID}.yml`);
  }
  return { ...entry.data, logoBerkas: berkasOf(entry, entry.data.logo) };
}
export type PengaturanSitus = Awaited<ReturnType<typeof getPengaturan>>;

// The collection getters sort a copy: Astro may hand every caller the same array.
export async function getBerita(): Promise<BeritaEntry[]> {
  return [...(await getCollection('berita'))].sort(byDateDesc);
}

export async function getPengumuman(): Promise<PengumumanEntry[]> {
  return [...(await getCollection('pengumuman'))].sort(byDateDesc);
}

export async function getPengumumanAktif(now: Date = NOW): Promise<PengumumanEntry[]> {
  return (await getPengumuman()).filter((p) => isAktif(p.data, now));
}

export async function getDokumen(): Promise<DokumenEntry[]> {
  return [...(await getCollection('dokumen'))].sort(byDateDesc);
}

export async function getHalaman(): Promise<HalamanEntry[]> {
  const pages = await getCollection('halaman');
  for (const page of pages) {
    if (isReservedHalaman(page.id)) {
      throw new Error(`${page.filePath}: nama berkas "${page.id}" dipakai oleh bagian situs; ganti nama halaman ini`);
    }
  }
  return pages;
}

export async function getMenu() {
  const pages = await getHalaman();
  return buildMenu(pages.map((p) => ({ judul: p.data.judul, url: halamanUrl(p), menu: p.data.menu, urutan: p.data.urutan })));
}

export function halamanUrl(page: HalamanEntry): string {
  return `/${page.id}/`;
}

export function entryUrl(entry: ArtikelEntry | DokumenEntry): string {
  return `/${entry.collection}/${entry.id}/`;
}

function berkasOf(entry: { filePath?: string | undefined; id: string; collection: string }, ref: string): Berkas {
  if (!entry.filePath) throw new Error(`Entri ${entry.collection}/${entry.id} tidak punya lokasi berkas`);
  return resolveBerkas(CONTENT_ROOT, path.resolve(entry.filePath), ref);
}

export interface Gambar {
  src: string;
  alt: string;
  width: number;
  height: number;
}

const imageSizes = new Map<string, Promise<{ width: number; height: number }>>();

export async function gambarOf(entry: ArtikelEntry): Promise<Gambar | undefined> {
  const { gambar, alt_gambar } = entry.data;
  if (!gambar) return undefined;
  const file = berkasOf(entry, gambar);
  let size = imageSizes.get(file.absPath);
  if (!size) {
    size = sharp(file.absPath)
      .metadata()
      .then((m) => ({ width: m.autoOrient?.width ?? m.width, height: m.autoOrient?.height ?? m.height }))
      .catch((error: Error) => {
        throw new Error(`${entry.filePath}: gambar "${gambar}" tidak dapat dibaca: ${error.message}`);
      });
    imageSizes.set(file.absPath, size);
  }
  return { src: file.url, alt: alt_gambar ?? '', ...(await size) };
}

export interface BerkasDokumen extends PdfInfo {
  url: string;
  jenisBerkas: string;
}

const pdfInfos = new Map<string, Promise<PdfInfo>>();

export async function berkasDokumen(entry: DokumenEntry): Promise<BerkasDokumen> {
  const file = berkasOf(entry, entry.data.berkas);
  let info = pdfInfos.get(file.absPath);
  if (!info) {
    info = readPdfInfo(file.absPath, file.contentPath, entry.filePath ?? entry.id);
    pdfInfos.set(file.absPath, info);
  }
  return { ...(await info), url: file.url, jenisBerkas: 'PDF' };
}

/** The date a document was last brought up to date. */
export function diperbaruiDokumen(entry: DokumenEntry): Date {
  return entry.data.diperbarui ?? entry.data.tanggal;
}
