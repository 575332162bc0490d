// Reads an SVG with saxes (a strict XML parser that never expands entities) and lists what
// is scriptable or external. Pure over the bytes.
import { SaxesParser } from 'saxes';
import {
  animationValues,
  executableScheme,
  externalCssReferences,
  isAnimationElement,
  isAnimationValueAttribute,
  isCssAttribute,
  isEventAttribute,
  isExternalUrl,
  isForeignObject,
  isResourceAttribute,
  isScriptElement,
  isUrlAttribute,
  localName,
  pseudoAttribute,
} from './svg-rules.ts';

export interface SvgIssue {
  rule: 'svg/skrip' | 'svg/tautan-luar';
  /** UTF-16 offset in the decoded text where the element (or instruction) starts. */
  offset: number;
  /** Indonesian, e.g. "elemen <script>", "atribut peristiwa onload". */
  what: string;
  /** For svg/tautan-luar: the external address. */
  url?: string;
}

export type SvgScan =
  | { kind: 'ok'; text: string; issues: SvgIssue[] }
  | { kind: 'entities'; text: string; offset: number }
  | { kind: 'malformed'; text: string; offset: number; reason: string }
  | { kind: 'not-svg'; text: string; offset: number; root: string };

/** Decodes by BOM, then by the XML declaration's encoding, else UTF-8; throws TypeError on bad bytes. */
export function decodeSvg(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  let label = 'utf-8';
  if (declared) {
    try {
      label = new TextDecoder(declared).encoding;
    } catch {
      throw new TypeError(`pengodean "${declared}" tidak dikenal`);
    }
  }
  return new TextDecoder(label, { fatal: true }).decode(bytes);
}

function withoutPosition(message: string): string {
  return message.replace(/^(?:[^:]*:)?\d+:\d+:\s*/, '').replace(/\.$/, '');
}

type Attributes = Record<string, { value: string }>;

function elementIssues(name: string, attributes: Attributes, offset: number): SvgIssue[] {
  const issues: SvgIssue[] = [];
  const skrip = (what: string): void => {
    issues.push({ rule: 'svg/skrip', offset, what });
  };
  const luar = (what: string, url: string): void => {
    issues.push({ rule: 'svg/tautan-luar', offset, what, url });
  };
  if (isScriptElement(name)) skrip(`elemen <${name}>`);
  if (isForeignObject(name)) skrip(`elemen <${name}> (dapat memuat HTML dan skrip)`);
  const animation = isAnimationElement(name);
  const animatedAttribute = animation ? (attributes['attributeName']?.value.trim() ?? '') : '';
  if (animation && isEventAttribute(animatedAttribute)) skrip(`animasi <${name}> yang mengisi atribut peristiwa ${animatedAttribute}`);
  for (const [attribute, { value }] of Object.entries(attributes)) {
    if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) continue;
    if (isEventAttribute(attribute)) skrip(`atribut peristiwa ${attribute}`);
    if (isUrlAttribute(attribute)) {
      const scheme = executableScheme(value);
      if (scheme) skrip(`URL ${scheme} pada atribut ${attribute}`);
    }
    if (isResourceAttribute(name, attribute) && isExternalUrl(value)) luar(`atribut ${attribute} pada <${name}>`, value.trim());
    if (animation && isAnimationValueAttribute(attribute)) {
      for (const part of animationValues(attribute, value)) {
        const scheme = executableScheme(part);
        if (scheme) skrip(`animasi <${name}> yang mengisi URL ${scheme}`);
        else if (isUrlAttribute(animatedAttribute) && isExternalUrl(part)) luar(`animasi <${name}> yang mengisi ${animatedAttribute}`, part.trim());
      }
    }
    if (isCssAttribute(attribute)) {
      for (const reference of externalCssReferences(value)) {
        luar(reference.kind === '@import' ? `@import pada atribut ${attribute}` : `url() pada atribut ${attribute}`, reference.url);
      }
    }
  }
  return issues;
}

export function scanSvg(bytes: Uint8Array): SvgScan {
  let text: string;
  try {
    text = decodeSvg(bytes);
  } catch (error) {
    return { kind: 'malformed', text: '', offset: 0, reason: `bukan teks yang sah: ${(error as Error).message}` };
  }
  const parser = new SaxesParser({ xmlns: false, position: true });
  const issues: SvgIssue[] = [];
  let entitiesAt: number | undefined;
  let firstError: { offset: number; reason: string } | undefined;
  let root: { name: string; offset: number } | undefined;
  let styleDepth = 0;
  let styleText = '';
  let styleOffset = 0;

  parser.on('error', (error) => {
    firstError ??= { offset: Math.max(0, parser.position - 1), reason: withoutPosition(error.message) };
  });
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) entitiesAt ??= Math.max(0, text.lastIndexOf('<!DOCTYPE', parser.position));
  });
  parser.on('processinginstruction', (instruction) => {
    if (instruction.target.toLowerCase() !== 'xml-stylesheet') return;
    const href = pseudoAttribute(instruction.body, 'href');
    const offset = Math.max(0, text.lastIndexOf('<?', parser.position));
    if (href !== undefined && isExternalUrl(href)) {
      issues.push({ rule: 'svg/tautan-luar', offset, what: 'instruksi <?xml-stylesheet?>', url: href.trim() });
    }
  });
  parser.on('opentagstart', (tag) => {
    root ??= { name: tag.name, offset: parser.position - tag.name.length - 2 };
  });
  parser.on('opentag', (tag) => {
    const offset = Math.max(0, text.lastIndexOf(`<${tag.name}`, parser.position));
    const attributes: Attributes = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[name] = { value };
    issues.push(...elementIssues(tag.name, attributes, offset));
    if (localName(tag.name) === 'style') {
      if (styleDepth === 0) {
        styleText = '';
        styleOffset = offset;
      }
      styleDepth += 1;
    }
  });
  const collect = (chunk: string): void => {
    if (styleDepth > 0) styleText += chunk;
  };
  parser.on('text', collect);
  parser.on('cdata', collect);
  parser.on('closetag', (tag) => {
    if (localName(tag.name) !== 'style' || styleDepth === 0) return;
    styleDepth -= 1;
    if (styleDepth > 0) return;
    for (const reference of externalCssReferences(styleText)) {
      issues.push({
        rule: 'svg/tautan-luar',
        offset: styleOffset,
        what: reference.kind === '@import' ? '@import di dalam <style>' : 'url() di dalam <style>',
        url: reference.url,
      });
    }
  });
  parser.write(text).close();

  if (entitiesAt !== undefined) return { kind: 'entities', text, offset: entitiesAt };
  if (firstError) return { kind: 'malformed', text, offset: firstError.offset, reason: firstError.reason };
  if (!root) return { kind: 'malformed', text, offset: 0, reason: 'tidak ada elemen sama sekali' };
  if (localName(root.name) !== 'svg') return { kind: 'not-svg', text, offset: root.offset, root: root.name };
  issues.sort((a, b) => a.offset - b.offset);
  return { kind: 'ok', text, issues };
}

/** 1-based line and UTF-16 column of an offset in the text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
