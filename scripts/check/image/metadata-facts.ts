// What a raster image's metadata gives away, as plain data. Pure: the readers for each
// metadata block (exif.ts, iptc.ts, xmp.ts) add to one MetadataFacts.

/** Kinds of leftover metadata, reported together in one `gambar/metadata` warning. */
export type OtherKind =
  | 'kamera'
  | 'nomor-seri'
  | 'waktu'
  | 'perangkat-lunak'
  | 'keterangan'
  | 'makernote'
  | 'thumbnail'
  | 'gps-lain'
  | 'orientasi'
  | 'exif-lain'
  | 'exif-rusak'
  | 'xmp'
  | 'iptc'
  | 'lokasi-teks'
  | 'komentar';

/** Stable order, so messages do not change between runs. */
export const OTHER_KIND_ORDER: readonly OtherKind[] = [
  'kamera', 'nomor-seri', 'waktu', 'perangkat-lunak', 'keterangan', 'makernote', 'thumbnail',
  'gps-lain', 'lokasi-teks', 'orientasi', 'exif-lain', 'exif-rusak', 'xmp', 'iptc', 'komentar',
];

export interface MetadataFacts {
  /** Field names that hold a position, e.g. "EXIF GPSLatitude", "XMP exif:GPSLatitude". */
  gps: string[];
  /** Field names that hold a person's name, e.g. "EXIF Artist", "IPTC By-line", "XMP dc:creator". */
  names: string[];
  other: OtherKind[];
  /** EXIF orientation 1–8; 1 when absent. */
  orientation: number;
}

export function emptyFacts(): MetadataFacts {
  return { gps: [], names: [], other: [], orientation: 1 };
}

export function addUnique<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

export function sortedOther(kinds: readonly OtherKind[]): OtherKind[] {
  return OTHER_KIND_ORDER.filter((kind) => kinds.includes(kind));
}

export function hasAnyMetadata(facts: MetadataFacts): boolean {
  return facts.gps.length > 0 || facts.names.length > 0 || facts.other.length > 0;
}
