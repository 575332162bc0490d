// Reads IPTC-IIM data (bare, or inside Photoshop "8BIM" resources as JPEG APP13 carries it)
// into MetadataFacts. Pure over the bytes.
import { addUnique, type MetadataFacts } from './metadata-facts.ts';

export interface IptcDataset {
  record: number;
  dataset: number;
  value: Buffer;
}

/** Application-record (2:nn) datasets that hold a person's name. */
const NAME_DATASETS: Readonly<Record<number, string>> = {
  80: 'IPTC By-line',
  85: 'IPTC By-line Title',
  110: 'IPTC Credit',
  116: 'IPTC Copyright Notice',
  118: 'IPTC Contact',
  122: 'IPTC Writer/Editor',
};

/** City, sub-location, province/state, country: a written-out place. */
const PLACE_DATASETS = new Set([90, 92, 95, 100, 101]);

const PHOTOSHOP_HEADER = 'Photoshop 3.0\0';
const IPTC_RESOURCE_ID = 0x0404;

/** The IIM byte stream: from an APP13 payload, a bare 8BIM list, or bare IIM. */
export function iimStream(data: Buffer): Buffer[] {
  let at = data.toString('latin1', 0, PHOTOSHOP_HEADER.length) === PHOTOSHOP_HEADER ? PHOTOSHOP_HEADER.length : 0;
  if (data[at] === 0x1c) return [data.subarray(at)];
  const streams: Buffer[] = [];
  while (at + 12 <= data.length && data.toString('latin1', at, at + 4) === '8BIM') {
    const id = data.readUInt16BE(at + 4);
    const nameLength = data[at + 6] ?? 0;
    let cursor = at + 6 + 1 + nameLength;
    if ((1 + nameLength) % 2 === 1) cursor += 1; // Pascal name padded to even length
    if (cursor + 4 > data.length) break;
    const size = data.readUInt32BE(cursor);
    const start = cursor + 4;
    const end = Math.min(start + size, data.length);
    if (id === IPTC_RESOURCE_ID) streams.push(data.subarray(start, end));
    at = end + (size % 2);
  }
  return streams;
}

export function parseIim(stream: Buffer): IptcDataset[] {
  const datasets: IptcDataset[] = [];
  let at = 0;
  while (at + 5 <= stream.length && stream[at] === 0x1c) {
    const record = stream[at + 1] ?? 0;
    const dataset = stream[at + 2] ?? 0;
    let length = stream.readUInt16BE(at + 3);
    let start = at + 5;
    if (length & 0x8000) {
      // Extended dataset: the low bits give how many bytes hold the real length.
      const lengthBytes = length & 0x7fff;
      if (lengthBytes < 1 || lengthBytes > 4 || start + lengthBytes > stream.length) break;
      length = stream.readUIntBE(start, lengthBytes);
      start += lengthBytes;
    }
    const end = Math.min(start + length, stream.length);
    datasets.push({ record, dataset, value: stream.subarray(start, end) });
    at = end;
  }
  return datasets;
}

/** Adds what an IPTC block reveals. Any IPTC block at all counts as leftover metadata. */
export function readIptc(data: Buffer, facts: MetadataFacts): void {
  addUnique(facts.other, 'iptc');
  for (const stream of iimStream(data)) {
    for (const { record, dataset, value } of parseIim(stream)) {
      if (record !== 2) continue;
      const text = value.toString('utf8').replace(/\0+/g, ' ').trim();
      const label = NAME_DATASETS[dataset];
      if (label && text !== '') addUnique(facts.names, label);
      else if (PLACE_DATASETS.has(dataset) && text !== '') addUnique(facts.other, 'lokasi-teks');
    }
  }
}
