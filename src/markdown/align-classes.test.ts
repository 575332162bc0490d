import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { alignClass, alignClasses } from './align-classes.ts';

describe('alignClasses', () => {
  it('turns table alignment into classes, leaving no style attribute', async () => {
    const { html } = await markdownToHtml('| Radius | Biaya |\n|:--|--:|\n| I | Rp100.000 |\n', { hastPlugins: [alignClasses] });
    expect(html).not.toContain('style=');
    expect(html).toContain('<th class="rata-kiri">Radius</th>');
    expect(html).toContain('<td class="rata-kanan">Rp100.000</td>');
  });

  it('only understands plain alignments', () => {
    expect(alignClass('text-align: center')).toBe('rata-tengah');
    expect(alignClass('color: red')).toBeUndefined();
    expect(alignClass(undefined)).toBeUndefined();
  });
});
