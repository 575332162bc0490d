// Cleans an SVG with svgo: our plugin removes exactly what svg-scan.ts reports (same predicates),
// then svgo's removeScripts runs as a second net. Only ever called on files that parsed
// without a DOCTYPE entity: svgo's own parser would expand entities.
import { optimize, type CustomPlugin, type XastChild, type XastElement, type XastParent } from 'svgo';
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
  removeExternalCss,
} from './svg-rules.ts';

function detach(node: XastChild, parent: XastParent): void {
  parent.children = parent.children.filter((child) => child !== node);
}

function isDangerousAnimation(node: XastElement): boolean {
  if (!isAnimationElement(node.name)) return false;
  const target = node.attributes['attributeName']?.trim() ?? '';
  if (isEventAttribute(target)) return true;
  return Object.entries(node.attributes).some(
    ([attribute, value]) =>
      isAnimationValueAttribute(attribute) &&
      animationValues(attribute, value).some((part) => executableScheme(part) !== undefined || (isUrlAttribute(target) && isExternalUrl(part))),
  );
}

function cleanAttributes(node: XastElement): void {
  for (const [attribute, value] of Object.entries(node.attributes)) {
    if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) continue;
    if (
      isEventAttribute(attribute) ||
      (isUrlAttribute(attribute) && executableScheme(value) !== undefined) ||
      (isResourceAttribute(node.name, attribute) && isExternalUrl(value))
    ) {
      delete node.attributes[attribute];
    } else if (isCssAttribute(attribute) && externalCssReferences(value).length > 0) {
      node.attributes[attribute] = removeExternalCss(value);
    }
  }
}

function cleanStylesheet(node: XastElement): void {
  const css = node.children.map((child) => (child.type === 'text' || child.type === 'cdata' ? child.value : '')).join('');
  if (externalCssReferences(css).length === 0) return;
  node.children = [{ type: 'text', value: removeExternalCss(css) }];
}

const lamanSanitise: CustomPlugin = {
  name: 'lamanSanitise',
  fn: () => ({
    instruction: {
      enter: (node, parent) => {
        if (node.name.toLowerCase() !== 'xml-stylesheet') return;
        const href = pseudoAttribute(node.value, 'href');
        if (href !== undefined && isExternalUrl(href)) detach(node, parent);
      },
    },
    element: {
      enter: (node, parent) => {
        if (isScriptElement(node.name) || isForeignObject(node.name) || isDangerousAnimation(node)) {
          detach(node, parent);
          return;
        }
        cleanAttributes(node);
        if (localName(node.name) === 'style') cleanStylesheet(node);
      },
    },
  }),
};

/** The SVG without scripts or external references. Throws svgo's error if svgo cannot parse it. */
export function sanitiseSvg(text: string): string {
  return optimize(text, { plugins: [lamanSanitise, 'removeScripts'], js2svg: { pretty: true, indent: 2, finalNewline: true } }).data;
}
