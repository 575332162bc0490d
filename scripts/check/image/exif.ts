// Reads an EXIF block (as sharp returns it) into MetadataFacts. Pure over the bytes.
import exifReader from 'exif-reader';
import { addUnique, type MetadataFacts, type OtherKind } from './metadata-facts.ts';

type TagValue = unknown;
type Ifd = Record<string, TagValue>;

/** Tags every encoder writes that say nothing about who, where or with what. */
const STRUCTURAL = new Set([
  'ImageWidth', 'ImageLength', 'BitsPerSample', 'Compression', 'PhotometricInterpretation',
  'SamplesPerPixel', 'PlanarConfiguration', 'XResolution', 'YResolution', 'ResolutionUnit',
  'YCbCrPositioning', 'YCbCrSubSampling', 'YCbCrCoefficients', 'ReferenceBlackWhite',
  'WhitePoint', 'PrimaryChromaticities', 'ExifTag', 'GPSTag', 'InteroperabilityTag',
  'ExifVersion', 'FlashpixVersion', 'ColorSpace', 'ComponentsConfiguration',
  'PixelXDimension', 'PixelYDimension', 'Gamma',
]);

/** Person's-name fields, by EXIF tag name, with the label quoted in messages. */
const NAME_TAGS: Readonly<Record<string, string>> = {
  Artist: 'EXIF Artist',
  Copyright: 'EXIF Copyright',
  CameraOwnerName: 'EXIF CameraOwnerName',
  XPAuthor: 'EXIF XPAuthor',
};

const GPS_POSITION = new Set(['GPSLatitude', 'GPSLongitude', 'GPSDestLatitude', 'GPSDestLongitude']);

/** Say nothing without a position beside them: hemisphere letters and the GPS IFD version. */
const GPS_COMPANIONS = new Set(['GPSVersionID', 'GPSLatitudeRef', 'GPSLongitudeRef', 'GPSDestLatitudeRef', 'GPSDestLongitudeRef']);

const KIND_OF_TAG: Readonly<Record<string, OtherKind>> = {
  Make: 'kamera', Model: 'kamera', LensMake: 'kamera', LensModel: 'kamera', LensSpecification: 'kamera',
  UniqueCameraModel: 'kamera', LocalizedCameraModel: 'kamera',
  BodySerialNumber: 'nomor-seri', CameraSerialNumber: 'nomor-seri', LensSerialNumber: 'nomor-seri',
  ImageUniqueID: 'nomor-seri',
  DateTime: 'waktu', DateTimeOriginal: 'waktu', DateTimeDigitized: 'waktu', OffsetTime: 'waktu',
  OffsetTimeOriginal: 'waktu', OffsetTimeDigitized: 'waktu', SubSecTime: 'waktu',
  SubSecTimeOriginal: 'waktu', SubSecTimeDigitized: 'waktu', PreviewDateTime: 'waktu',
  Software: 'perangkat-lunak', ProcessingSoftware: 'perangkat-lunak', HostComputer: 'perangkat-lunak',
  ImageDescription: 'keterangan', UserComment: 'keterangan', XPTitle: 'keterangan',
  XPComment: 'keterangan', XPKeywords: 'keterangan', XPSubject: 'keterangan',
  DocumentName: 'keterangan', PageName: 'keterangan',
  MakerNote: 'makernote',
};

/** Text of a tag value: ASCII strings, UCS-2 byte arrays (XP* tags) and undecodable bytes. */
export function tagText(value: TagValue): string {
  if (typeof value === 'string') return value.replace(/\0+/g, ' ').trim();
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) {
    return Buffer.from(value as number[]).toString('utf16le').replace(/\0+/g, ' ').trim();
  }
  if (Buffer.isBuffer(value)) return value.toString('latin1').replace(/\0+/g, ' ').trim();
  if (typeof value === 'number') return String(value);
  return '';
}

function isIfd(value: unknown): value is Ifd {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

function readMainIfd(ifd: Ifd, facts: MetadataFacts): void {
  for (const [tag, value] of Object.entries(ifd)) {
    if (value === null || value === undefined) continue;
    const nameLabel = NAME_TAGS[tag];
    if (tag === 'Orientation') {
      const orientation = typeof value === 'number' && value >= 1 && value <= 8 ? value : 1;
      facts.orientation = orientation;
      if (orientation !== 1) addUnique(facts.other, 'orientasi');
    } else if (nameLabel) {
      if (tagText(value) !== '') addUnique(facts.names, nameLabel);
      else addUnique(facts.other, 'exif-lain');
    } else if (!STRUCTURAL.has(tag)) {
      addUnique(facts.other, KIND_OF_TAG[tag] ?? 'exif-lain');
    }
  }
}

function readGps(ifd: Ifd, facts: MetadataFacts): void {
  for (const [tag, value] of Object.entries(ifd)) {
    if (value === null || value === undefined) continue;
    if (GPS_POSITION.has(tag)) addUnique(facts.gps, `EXIF ${tag}`);
    else if (!GPS_COMPANIONS.has(tag)) addUnique(facts.other, 'gps-lain');
  }
}

/** Adds what an EXIF block ("Exif\0\0" + TIFF header, as sharp gives it) reveals. */
export function readExif(exif: Buffer, facts: MetadataFacts): void {
  let parsed: ReturnType<typeof exifReader>;
  try {
    parsed = exifReader(exif);
  } catch {
    // An unreadable block may still hold anything; --fix removes it whole.
    addUnique(facts.other, 'exif-rusak');
    return;
  }
  for (const section of [parsed.Image, parsed.Photo]) {
    if (isIfd(section)) readMainIfd(section, facts);
  }
  if (isIfd(parsed.GPSInfo)) readGps(parsed.GPSInfo, facts);
  if (isIfd(parsed.Thumbnail) && Object.keys(parsed.Thumbnail).length > 0) addUnique(facts.other, 'thumbnail');
}
