// What makes SVG content scriptable or a leak to third parties. Pure predicates shared by the
// scanner (svg-scan.ts) and the sanitiser (svg-sanitise.ts), so a fixed file always passes.
// Names are compared by local name, case-insensitively, whatever their namespace: stricter
// than a browser, never looser.

/** Elements that run code or embed documents. */
const SCRIPT_ELEMENTS = new Set(['script', 'handler', 'listener', 'iframe', 'embed', 'object', 'applet', 'frame', 'frameset']);

/** Elements that animate another attribute's value. */
const ANIMATION_ELEMENTS = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);

/** Attributes of animation elements that carry the values to set. */
const ANIMATION_VALUE_ATTRIBUTES = new Set(['to', 'from', 'by', 'values']);

/** Attributes that load or navigate to a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data']);

/** MIME types of data: URLs that a browser would run as a document or script. */
const EXECUTABLE_DATA = /^data:(text\/html|application\/xhtml\+xml|text\/javascript|application\/javascript|application\/ecmascript|text\/ecmascript)[;,]/;

export function localName(qualifiedName: string): string {
  return qualifiedName.slice(qualifiedName.lastIndexOf(':') + 1).toLowerCase();
}

export function isScriptElement(elementName: string): boolean {
  return SCRIPT_ELEMENTS.has(localName(elementName));
}

export function isForeignObject(elementName: string): boolean {
  return localName(elementName) === 'foreignobject';
}

export function isAnimationElement(elementName: string): boolean {
  return ANIMATION_ELEMENTS.has(localName(elementName));
}

export function isAnimationValueAttribute(attributeName: string): boolean {
  return ANIMATION_VALUE_ATTRIBUTES.has(localName(attributeName));
}

export function isEventAttribute(attributeName: string): boolean {
  return localName(attributeName).startsWith('on');
}

export function isUrlAttribute(attributeName: string): boolean {
  return URL_ATTRIBUTES.has(localName(attributeName));
}

/** style="" and the presentation attributes that take url(). */
const CSS_ATTRIBUTES = new Set(['style', 'fill', 'stroke', 'filter', 'mask', 'clip-path', 'marker', 'marker-start', 'marker-mid', 'marker-end', 'cursor']);

export function isCssAttribute(attributeName: string): boolean {
  return CSS_ATTRIBUTES.has(localName(attributeName));
}

/** href on anything but a link, and xml:base, make the browser fetch what they point to. */
export function isResourceAttribute(elementName: string, attributeName: string): boolean {
  const attribute = localName(attributeName);
  return (attribute === 'href' && localName(elementName) !== 'a') || attribute === 'base';
}

/**
 * A URL as a browser reads its scheme, and then some: control characters and all ASCII
 * whitespace removed anywhere (browsers drop tabs and newlines; an XML parser turns literal
 * ones into spaces, which we drop too rather than trust), backslashes as slashes, lower case.
 * Character references are already decoded by the XML parser.
 */
export function normaliseUrl(value: string): string {
  return value
    .replace(/[\u0000-\u0020\u007f]+/g, '')
    .replace(/\\/g, '/')
    .toLowerCase();
}

/** The scheme that makes a URL run code ("javascript:", "data:text/html"), or undefined. */
export function executableScheme(value: string): string | undefined {
  const url = normaliseUrl(value);
  if (url.startsWith('javascript:')) return 'javascript:';
  if (url.startsWith('vbscript:')) return 'vbscript:';
  const data = EXECUTABLE_DATA.exec(url);
  return data ? `data:${data[1] ?? ''}` : undefined;
}

/** True for a URL outside this file and this site: any scheme but data:/javascript:, or `//host`. */
export function isExternalUrl(value: string): boolean {
  const url = normaliseUrl(value);
  if (url.startsWith('//')) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
  return scheme !== undefined && !['data', 'javascript', 'vbscript'].includes(scheme);
}

/** An animation element's values: `values` is a `;`-separated list. */
export function animationValues(attributeName: string, value: string): string[] {
  return localName(attributeName) === 'values' ? value.split(';') : [value];
}

/** CSS text as the browser sees it: comments removed, escapes decoded. */
export function decodeCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, ' ')
    .replace(/\\([0-9a-fA-F]{1,6})[ \t\n\r\f]?|\\(\r\n|[\s\S])/g, (_m, hex: string | undefined, char: string | undefined) => {
      if (hex) {
        const code = Number.parseInt(hex, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
      }
      return char === '\n' || char === '\r\n' || char === '\r' || char === '\f' ? '' : (char ?? '');
    });
}

export interface CssReference {
  kind: '@import' | 'url';
  url: string;
}

const IMPORT = /@import\s*(?:url\(\s*)?(["']?)([^"')\s;]*)\1/gi;
const URL_FUNCTION = /url\(\s*(["']?)([^"')]*?)\1\s*\)/gi;

/** Every @import, and every url() that points outside the file, in a stylesheet or style attribute. */
export function externalCssReferences(css: string): CssReference[] {
  const decoded = decodeCss(css);
  const found: CssReference[] = [];
  for (const match of decoded.matchAll(IMPORT)) found.push({ kind: '@import', url: match[2] ?? '' });
  const withoutImports = decoded.replace(/@import[^;]*;?/gi, ' ');
  for (const match of withoutImports.matchAll(URL_FUNCTION)) {
    const url = match[2] ?? '';
    if (isExternalUrl(url)) found.push({ kind: 'url', url });
  }
  return found;
}

/** The same stylesheet without @import rules, and with external url() replaced by `none`. */
export function removeExternalCss(css: string): string {
  return decodeCss(css)
    .replace(/@import[^;]*;?/gi, '')
    .replace(URL_FUNCTION, (whole, _quote: string, url: string) => (isExternalUrl(url) ? 'none' : whole));
}

/** The pseudo-attributes of a processing instruction such as xml-stylesheet. */
export function pseudoAttribute(body: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(["'])([^"']*)\\1`).exec(body);
  return match?.[2];
}
