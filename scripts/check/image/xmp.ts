// Reads an XMP packet into MetadataFacts with a real XML parser (saxes, which never expands
// entities). Pure over the text.
import { SaxesParser } from 'saxes';
import { addUnique, type MetadataFacts } from './metadata-facts.ts';

/** Properties (by local name) that hold a person's name. */
const NAME_PROPERTIES = new Set([
  'creator', 'rights', 'Artist', 'Copyright', 'Owner', 'OwnerName', 'CameraOwnerName',
  'AuthorsPosition', 'Credit', 'CaptionWriter', 'CreatorContactInfo',
]);

const GPS_POSITION = new Set(['GPSLatitude', 'GPSLongitude', 'GPSDestLatitude', 'GPSDestLongitude']);

const PLACE_PROPERTIES = new Set(['City', 'State', 'Country', 'Location', 'Sublocation', 'CountryCode']);

/** rdf: and xml: names structure the packet; they are not properties. */
function isStructural(qualifiedName: string): boolean {
  return /^(rdf|x|xml|xmlns)(:|$)/.test(qualifiedName) || qualifiedName === 'xmlns';
}

function localName(qualifiedName: string): string {
  return qualifiedName.slice(qualifiedName.indexOf(':') + 1);
}

function classify(qualifiedName: string, hasValue: boolean, facts: MetadataFacts): void {
  if (!hasValue || isStructural(qualifiedName)) return;
  const local = localName(qualifiedName);
  if (GPS_POSITION.has(local)) addUnique(facts.gps, `XMP ${qualifiedName}`);
  else if (local.startsWith('GPS')) addUnique(facts.other, 'gps-lain');
  else if (NAME_PROPERTIES.has(local)) addUnique(facts.names, `XMP ${qualifiedName}`);
  else if (PLACE_PROPERTIES.has(local)) addUnique(facts.other, 'lokasi-teks');
}

interface OpenProperty {
  name: string;
  hasValue: boolean;
}

/** Adds what an XMP packet reveals. Any XMP packet at all counts as leftover metadata. */
export function readXmp(xmp: string, facts: MetadataFacts): void {
  addUnique(facts.other, 'xmp');
  const parser = new SaxesParser({ xmlns: false });
  const stack: OpenProperty[] = [];
  let failed = false;
  parser.on('error', () => {
    failed = true;
  });
  parser.on('opentag', (tag) => {
    for (const [name, value] of Object.entries(tag.attributes)) {
      const meaningful = value.trim() !== '' && !isStructural(name);
      classify(name, meaningful, facts);
      if (meaningful) for (const open of stack) open.hasValue = true;
    }
    stack.push({ name: tag.name, hasValue: false });
  });
  parser.on('text', (text) => {
    if (text.trim() !== '') for (const open of stack) open.hasValue = true;
  });
  parser.on('closetag', () => {
    const open = stack.pop();
    if (open) classify(open.name, open.hasValue, facts);
  });
  parser.write(xmp).close();
  if (failed) readBrokenXmp(xmp, facts);
}

/**
 * A packet the parser rejects is still published with the image; look for the telling
 * property names in its text, so a broken packet never hides a position or a name.
 */
function readBrokenXmp(xmp: string, facts: MetadataFacts): void {
  for (const match of xmp.matchAll(/\b([A-Za-z][\w.-]*:)?(GPS(?:Dest)?(?:Latitude|Longitude))\b/g)) {
    addUnique(facts.gps, `XMP ${match[1] ?? ''}${match[2] ?? ''}`);
  }
  for (const match of xmp.matchAll(/<([A-Za-z][\w.-]*:)?(creator|Artist|Owner|OwnerName|CameraOwnerName|Credit|CaptionWriter)\b/g)) {
    addUnique(facts.names, `XMP ${match[1] ?? ''}${match[2] ?? ''}`);
  }
}
