import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { alignClass, alignClasses } from './align-classes.ts';

describe('alignClasses', () => {
  it('turns table alignment into classes, leaving no style attribute', () => {
    const { html } = markdownToHtml('| Radius | Biaya |\n|:--|--:|\n| I | Rp100.000 |\n', { hastPlugins: [alignClasses] });
    expect(html).not.toContain('style=');
    expect(html).toContain('<th class="rata-kiri">Radius</th>');
    expect(html).toContain('<td class="rata-kanan">Rp100.000</td>');
  });

  it('leaves documents without an aligned table alone', () => {
    const md = '| a | b |\n|---|---|\n| 1 | 2 |\n\n---\n\nTeks: -biasa- saja.\n';
    const { html } = markdownToHtml(md, { hastPlugins: [alignClasses] });
    expect(html).toContain('<td>1</td>');
    const { html: aligned } = markdownToHtml('Pengantar\n\n| a |\n| :-: |\n| 1 |\n', { hastPlugins: [alignClasses] });
    expect(aligned).toContain('<td class="rata-tengah">1</td>');
  });

  it('only understands plain alignments', () => {
    expect(alignClass('text-align: center')).toBe('rata-tengah');
    expect(alignClass('color: red')).toBeUndefined();
    expect(alignClass(undefined)).toBeUndefined();
  });
});
