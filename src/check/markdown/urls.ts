// Classifies the URLs found in Markdown (links, images, link definitions).
import type { Definition, Image, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export type UrlNode = Link | Image | Definition;

export type UrlKind =
  | { kind: 'fragment' }
  /** "/berita/foo/": a page or file on this site. */
  | { kind: 'site'; path: string }
  /** "gambar/foto.jpg", "../x.pdf": relative to the page's address, which is not the file's folder. */
  | { kind: 'relative' }
  /** "//example.org/": scheme-relative. */
  | { kind: 'scheme-relative' }
  | { kind: 'scheme'; scheme: string };

export function classifyUrl(url: string): UrlKind {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed);
  if (scheme) return { kind: 'scheme', scheme: scheme[1]!.toLowerCase() };
  if (squeezed.startsWith('#')) return { kind: 'fragment' };
  if (squeezed.startsWith('//') || squeezed.startsWith('\\\\')) return { kind: 'scheme-relative' };
  if (squeezed.startsWith('/')) return { kind: 'site', path: squeezed.replace(/[?#].*$/, '') };
  return { kind: 'relative' };
}

export function urlNodes(tree: Root): UrlNode[] {
  const nodes: UrlNode[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') nodes.push(node);
  });
  return nodes;
}

/** Where to point for a URL node: its start. */
export function placeOf(node: { position?: { start: { line: number; column: number } } | undefined }) {
  return node.position ? { line: node.position.start.line, column: node.position.start.column } : undefined;
}
