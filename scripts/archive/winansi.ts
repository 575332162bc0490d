// pdf-lib's standard fonts (Helvetica, Courier) encode WinAnsi only: drawing "→", a
// Javanese name in its own script or an emoji throws. Every text on the approval sheet goes
// through `sanitise`, which keeps what the font can encode and replaces the rest.

/** Characters outside WinAnsi with a readable ASCII stand-in. */
const REPLACEMENTS: Record<string, string> = {
  '\u2192': '->', // →
  '\u2190': '<-', // ←
  '\u2194': '<->', // ↔
  '\u21D2': '=>', // ⇒
  '\u2264': '<=', // ≤
  '\u2265': '>=', // ≥
  '\u2260': '!=', // ≠
  '\u2212': '-', // minus sign
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2015': '-', // horizontal bar
  '\u2032': "'", // prime
  '\u2033': '"', // double prime
  '\u201B': "'", // reversed single quote
  '\u201F': '"', // reversed double quote
  '\u2039': '<',
  '\u203A': '>',
  '\u2009': ' ', // thin space
  '\u200A': ' ', // hair space
  '\u202F': ' ', // narrow no-break space
  '\u2007': ' ', // figure space
  '\u3000': ' ', // ideographic space
};

/** Characters dropped altogether (they have no visible form). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/u;

export interface EncodableFont {
  getCharacterSet(): number[];
}

const cache = new WeakMap<EncodableFont, Set<number>>();

function charset(font: EncodableFont): Set<number> {
  let set = cache.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    cache.set(font, set);
  }
  return set;
}

/**
 * Text the font can draw: line breaks and tabs become spaces, known symbols their ASCII
 * stand-in, accented letters outside WinAnsi lose their accent ("ş" → "s"), anything
 * else becomes "?". Never throws.
 */
export function sanitise(text: string, font: EncodableFont): string {
  const set = charset(font);
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\n' || ch === '\r' || ch === '\t') out += ' ';
    else if (INVISIBLE.test(ch)) continue;
    else if (code >= 0x20 && set.has(code) && REPLACEMENTS[ch] === undefined) out += ch;
    else if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else {
      const base = [...ch.normalize('NFKD')].filter((c) => set.has(c.codePointAt(0) ?? 0) && !/\p{M}/u.test(c)).join('');
      out += base || '?';
    }
  }
  return out;
}
