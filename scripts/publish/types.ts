// The data `laman publish` passes between its steps (build → manifest → deploy → archive),
// shared by the deploy targets (scripts/publish/deploy/) and the archive (scripts/archive/).

/** SHA-256 of every file of one build, written to the site as /laman-manifest.json. */
export interface BuildManifest {
  versi: 1;
  /** Build id: `<commit 12>-<UTC time compact>`, e.g. "3f2a9c1d0b7e-20261122T031500Z". */
  build: string;
  /** The commit the site was built from (40 hex). */
  commit: string;
  /** When the build was made (ISO 8601, UTC). */
  dibuat: string;
  /** Every output file, by its path relative to the site root with "/" separators, sorted. */
  berkas: Record<string, { sha256: string; bytes: number }>;
}

/** The manifest's own path in the built site (not listed in itself). */
export const MANIFEST_PATH = 'laman-manifest.json';

/** What a deploy target reports. */
export interface DeployResult {
  target: string;
  /** Where the site now lives (a URL or a path). */
  location: string;
  /** The build that is live after the deploy. */
  build: string;
  /** The build that was live before, if any (what a rollback goes back to). */
  previous?: string;
}

/** A deploy target: makes `siteDir` (a finished build with its manifest) the live site, atomically. */
export interface DeployTarget {
  name: string;
  deploy(siteDir: string, manifest: BuildManifest, log: (line: string) => void): Promise<DeployResult>;
}

/** One stage approval from the editorial gate, as recorded for the archive. */
export interface ApprovalRecord {
  /** Stage id and name from cms/editorial.yml, e.g. "redaktur", "Redaktur". */
  tahap: string;
  nama: string;
  label: string;
  /** GitHub login of the approver, and when the label was applied (ISO 8601). */
  oleh: string;
  pada: string;
}

/** What the archive records for one content item changed by a published push. */
export interface ArchiveItemInput {
  /** Collection and slug, e.g. "berita" and "pelayanan-sidang-keliling". */
  koleksi: string;
  slug: string;
  judul: string;
  perubahan: 'ditambah' | 'diubah' | 'dihapus';
  /** The content file's path in the repository (before, for removals). */
  path: string;
  /** The content file as published (absent for removals). */
  isi?: Buffer;
  /** Supporting files (images, PDFs) the entry references, as published. */
  lampiran: Array<{ path: string; isi: Buffer }>;
  /** The commit that was published, the pull request that brought it, and its merge time. */
  commit: string;
  pullRequest?: { nomor: number; judul: string; penulis: string; url: string; digabung: string };
  /** The editorial chain as the gate judged it on the merged head commit. */
  persetujuan: ApprovalRecord[];
  build: string;
  /** The site URL of the item once published (absent for removals). */
  url?: string;
}
