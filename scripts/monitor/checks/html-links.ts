// The same-origin addresses an HTML page refers to (href, src, srcset, poster, data), read
// with parse5, the WHATWG parser browsers follow, so no markup trick hides a reference.
import { parse } from 'parse5';

interface Node {
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
  content?: Node;
}

const URL_ATTRS = new Set(['href', 'src', 'poster', 'data', 'action']);

/** Absolute URLs (without fragment) on `origin` referenced by `html`, resolved against `pageUrl`. */
export function sameOriginReferences(html: string, pageUrl: string, origin: string): string[] {
  const found = new Set<string>();
  let base = pageUrl;
  const add = (raw: string) => {
    const value = raw.trim();
    if (!value || /^(data|javascript|mailto|tel|blob):/i.test(value)) return;
    let url: URL;
    try {
      url = new URL(value, base);
    } catch {
      return; // Not a URL at all (e.g. "http://[bad"): nothing a browser would load either.
    }
    if (url.origin !== origin) return;
    url.hash = '';
    found.add(url.href);
  };
  const walk = (node: Node) => {
    for (const attr of node.attrs ?? []) {
      if (URL_ATTRS.has(attr.name)) add(attr.value);
      else if (attr.name === 'srcset' || attr.name === 'imagesrcset') {
        for (const candidate of attr.value.split(',')) add(candidate.trim().split(/\s+/)[0] ?? '');
      }
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  const doc = parse(html) as unknown as Node;
  const baseHref = findBase(doc);
  if (baseHref) {
    try {
      base = new URL(baseHref, pageUrl).href;
    } catch {
      base = pageUrl; // An unusable <base>: browsers ignore it too.
    }
  }
  walk(doc);
  return [...found].sort();
}

function findBase(node: Node & { nodeName?: string }): string | undefined {
  if (node.nodeName === 'base') return node.attrs?.find((a) => a.name === 'href')?.value;
  for (const child of (node.childNodes ?? []) as Array<Node & { nodeName?: string }>) {
    const found = findBase(child);
    if (found !== undefined) return found;
  }
  return undefined;
}
