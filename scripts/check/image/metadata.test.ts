// The metadata readers, on files written by real tools (sharp, hand-built IPTC and PNG chunks).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readExif } from './exif.ts';
import { iimStream, parseIim, readIptc } from './iptc.ts';
import { emptyFacts } from './metadata-facts.ts';
import { checkImageFile, DEFAULT_IMAGE_LIMITS } from './index.ts';
import { makeTempDir, type TempDir } from './test-support.ts';
import { readXmp } from './xmp.ts';

let temp: TempDir;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(async () => {
  await temp.remove();
});

const base = () => sharp({ create: { width: 64, height: 48, channels: 3, background: '#3d6e8f' } });

async function findingsFor(name: string, data: Buffer) {
  const path = join(temp.path, name);
  await writeFile(path, data);
  return (await checkImageFile(path, name, { fix: false, dryRun: false, limits: DEFAULT_IMAGE_LIMITS })).findings;
}

describe('EXIF', () => {
  it('names: XPAuthor (UCS-2) and CameraOwnerName are names; serial numbers are other metadata', async () => {
    const jpeg = await base().jpeg().withExif({ IFD0: { XPAuthor: 'Budi Santoso' }, IFD2: { CameraOwnerName: 'Budi', BodySerialNumber: 'R58N12345' } }).toBuffer();
    const findings = await findingsFor('pemilik.jpg', jpeg);
    expect(findings.map((f) => f.rule)).toEqual(['gambar/nama', 'gambar/metadata']);
    expect(findings[0]?.message).toContain('EXIF XPAuthor');
    expect(findings[0]?.message).toContain('EXIF CameraOwnerName');
    expect(findings[1]?.message).toContain('nomor seri kamera');
  });

  it('an empty Artist is not a name, but still leftover metadata', async () => {
    const facts = emptyFacts();
    const jpeg = await base().jpeg().withExif({ IFD0: { Artist: ' ' } }).toBuffer();
    readExif((await sharp(jpeg).metadata()).exif ?? Buffer.alloc(0), facts);
    expect(facts.names).toEqual([]);
    expect(facts.other).toEqual(['exif-lain']);
  });

  it('a second IFD (an embedded thumbnail) is reported', () => {
    // Little-endian TIFF: IFD0 with Orientation 1, then IFD1 with Compression 6 (JPEG thumbnail).
    const tiff = Buffer.alloc(44);
    tiff.write('II', 0, 'latin1');
    tiff.writeUInt16LE(42, 2);
    tiff.writeUInt32LE(8, 4);
    tiff.writeUInt16LE(1, 8);
    tiff.writeUInt16LE(0x0112, 10);
    tiff.writeUInt16LE(3, 12);
    tiff.writeUInt32LE(1, 14);
    tiff.writeUInt16LE(1, 18);
    tiff.writeUInt32LE(26, 22);
    tiff.writeUInt16LE(1, 26);
    tiff.writeUInt16LE(0x0103, 28);
    tiff.writeUInt16LE(3, 30);
    tiff.writeUInt32LE(1, 32);
    tiff.writeUInt16LE(6, 36);
    tiff.writeUInt32LE(0, 40);
    const facts = emptyFacts();
    readExif(Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]), facts);
    expect(facts.other).toEqual(['thumbnail']);
    expect(facts.orientation).toBe(1);
  });

  it('an unreadable EXIF block is reported, not thrown', () => {
    const facts = emptyFacts();
    readExif(Buffer.from('Exif\0\0XX garbage'), facts);
    expect(facts.other).toEqual(['exif-rusak']);
  });

  it('what every encoder writes (resolution, colour space, orientation 1) is not reported', async () => {
    const facts = emptyFacts();
    const jpeg = await base().jpeg().withMetadata({ orientation: 1 }).toBuffer();
    readExif((await sharp(jpeg).metadata()).exif ?? Buffer.alloc(0), facts);
    expect(facts).toEqual(emptyFacts());
  });

  it('GPS in a PNG eXIf chunk is found too', async () => {
    const png = await base().png().withExif({ IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 0/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 0/1 0/1' } }).toBuffer();
    expect((await findingsFor('peta.png', png)).map((f) => f.rule)).toEqual(['gambar/gps']);
  });
});

describe('IPTC', () => {
  const dataset = (record: number, number: number, value: string) => {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([Buffer.from([0x1c, record, number, bytes.length >> 8, bytes.length & 0xff]), bytes]);
  };

  it('parses bare IIM and finds By-line, Credit and a place', () => {
    const iim = Buffer.concat([dataset(2, 80, 'Siti Aminah'), dataset(2, 110, 'Humas PN'), dataset(2, 90, 'Bandung')]);
    expect(parseIim(iim).map((d) => [d.record, d.dataset, d.value.toString()])).toEqual([[2, 80, 'Siti Aminah'], [2, 110, 'Humas PN'], [2, 90, 'Bandung']]);
    const facts = emptyFacts();
    readIptc(iim, facts);
    expect(facts.names).toEqual(['IPTC By-line', 'IPTC Credit']);
    expect(facts.other).toEqual(['iptc', 'lokasi-teks']);
  });

  it('finds the IPTC resource among other Photoshop resources, with odd-length names and data', () => {
    const resource = (id: number, name: string, data: Buffer) => {
      const pascal = Buffer.concat([Buffer.from([name.length]), Buffer.from(name, 'latin1')]);
      const paddedName = pascal.length % 2 ? Buffer.concat([pascal, Buffer.alloc(1)]) : pascal;
      const size = Buffer.alloc(4);
      size.writeUInt32BE(data.length);
      const paddedData = data.length % 2 ? Buffer.concat([data, Buffer.alloc(1)]) : data;
      const head = Buffer.from('8BIM\0\0', 'latin1');
      head.writeUInt16BE(id, 4);
      return Buffer.concat([head, paddedName, size, paddedData]);
    };
    const iim = dataset(2, 80, 'Budi');
    const irb = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource(0x03ed, 'ab', Buffer.alloc(3)), resource(0x0404, '', iim)]);
    expect(iimStream(irb)).toEqual([iim]);
  });
});

describe('XMP', () => {
  const packet = (description: string) =>
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">${description}</rdf:RDF></x:xmpmeta>`;

  it('reads element-form GPS and names, and ignores empty properties', () => {
    const facts = emptyFacts();
    readXmp(
      packet(`<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">
        <exif:GPSLongitude>106,49.6E</exif:GPSLongitude><dc:creator><rdf:Seq><rdf:li/></rdf:Seq></dc:creator>
        <photoshop:Credit>Humas</photoshop:Credit><photoshop:City>Medan</photoshop:City></rdf:Description>`),
      facts,
    );
    expect(facts.gps).toEqual(['XMP exif:GPSLongitude']);
    expect(facts.names).toEqual(['XMP photoshop:Credit']);
    expect(facts.other).toEqual(['xmp', 'lokasi-teks']);
  });

  it('still finds position and creator in a packet the parser rejects', () => {
    const facts = emptyFacts();
    readXmp('<x:xmpmeta><rdf:Description exif:GPSLatitude="6,1S"><dc:creator>Budi</x:xmpmeta>', facts);
    expect(facts.gps).toEqual(['XMP exif:GPSLatitude']);
    expect(facts.names).toEqual(['XMP dc:creator']);
  });

  it('does not expand entities declared in a packet', () => {
    const facts = emptyFacts();
    const started = performance.now();
    readXmp(`<!DOCTYPE x [<!ENTITY a "${'a'.repeat(1000)}"><!ENTITY b "${'&a;'.repeat(1000)}">]>${packet('<rdf:Description>&b;&b;&b;</rdf:Description>')}`, facts);
    expect(performance.now() - started).toBeLessThan(500);
    expect(facts.other).toContain('xmp');
  });
});

describe('PNG text chunks and JPEG comments', () => {
  function withTextChunk(png: Buffer, keyword: string, text: string): Buffer {
    const data = Buffer.from(`${keyword}\0${text}`, 'latin1');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from('tEXt'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    const afterHeader = 8 + 25; // signature + IHDR chunk
    return Buffer.concat([png.subarray(0, afterHeader), length, body, crc, png.subarray(afterHeader)]);
  }

  it('a PNG Author is a name; Software is other metadata', async () => {
    const plain = await base().png().toBuffer();
    const png = withTextChunk(withTextChunk(plain, 'Author', 'Budi Santoso'), 'Software', 'GIMP 2.10');
    const findings = await findingsFor('teks.png', png);
    expect(findings.map((f) => f.rule)).toEqual(['gambar/nama', 'gambar/metadata']);
    expect(findings[0]?.message).toContain('PNG Author');
    expect(findings[1]?.message).toContain('nama perangkat lunak');
  });

  it('a JPEG COM segment is a comment left in the file', async () => {
    const jpeg = await base().jpeg().toBuffer();
    const comment = Buffer.from('Difoto oleh Budi', 'latin1');
    const segment = Buffer.concat([Buffer.from([0xff, 0xfe, 0, comment.length + 2]), comment]);
    const findings = await findingsFor('komentar.jpg', Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]));
    expect(findings.map((f) => f.rule)).toEqual(['gambar/metadata']);
    expect(findings[0]?.message).toContain('komentar tersemat');
  });
});
