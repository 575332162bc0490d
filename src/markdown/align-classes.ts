// Markdown table alignment (`| --: |`) becomes a class instead of a style attribute, so
// pages keep to the CSP `style-src 'self'` (deploy/nginx/laman-site.conf).
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';

const ALIGN = /^\s*text-align\s*:\s*(left|center|right)\s*;?\s*$/i;
const CLASS: Record<string, string> = { left: 'rata-kiri', center: 'rata-tengah', right: 'rata-kanan' };

/** The class for a cell's style, or undefined when the style is not a plain alignment. */
export function alignClass(style: unknown): string | undefined {
  if (typeof style !== 'string') return undefined;
  const match = ALIGN.exec(style);
  return match ? CLASS[match[1]!.toLowerCase()] : undefined;
}

const alignClassesPlugin = defineHastPlugin({
  name: 'laman-align-classes',
  element: {
    filter: ['td', 'th'],
    visit(node, ctx) {
      const style = node.properties?.style;
      const align = node.properties?.align;
      const cls = alignClass(style) ?? (typeof align === 'string' ? CLASS[align.toLowerCase()] : undefined);
      if (!cls) return;
      ctx.setProperty(node, 'style', undefined);
      ctx.setProperty(node, 'align', undefined);
      const existing = node.properties?.className;
      ctx.setProperty(node, 'className', [...(Array.isArray(existing) ? existing : []), cls]);
    },
  },
});

/** A table delimiter row with an alignment colon, e.g. `|:--|--:|`. */
const ALIGNED_DELIMITER_ROW = /^[ \t]*\|?[ \t:|-]*(?::-|-:)[ \t:|-]*$/m;

/**
 * The plugin, for documents with an aligned table only: a cheap check on the source keeps
 * every other document out of the HTML-tree pass, which would otherwise cost every page.
 */
export const alignClasses = (ctx: PluginFactoryContext) => (ALIGNED_DELIMITER_ROW.test(ctx.source) ? alignClassesPlugin : null);
