// /admin/: registers Laman's Indonesian locale, previews and checks on save with Decap
// CMS (loaded before this module by the page), then starts it with the generated config.
import { id } from '../locale/id.ts';
import { checkBeforeSave, saveRefusal } from './checks.ts';
import { decap } from './decap.ts';
import { SaveRefused, showNotice } from './notice.ts';
import { artikelPreview, dokumenPreview, halamanPreview } from './previews.ts';
import type { SiteIndexData } from './site-index-data.ts';

// Under `laman start`, whenever the content the dev server shows changes (a publish moves
// the published view), it asks every open page to reload: /admin/ would reload itself
// under the operator, e.g. just after "Terbitkan". The Vite client awaits this listener
// before reloading, so a promise that never settles keeps the CMS where it is (the site's
// own pages still reload).
import.meta.hot?.on('vite:beforeFullReload', () => new Promise<never>(() => {}));

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url} tidak dapat dimuat (HTTP ${response.status})`);
  return (await response.json()) as T;
}

async function start(): Promise<void> {
  const { CMS, h } = decap();
  const [config, index] = await Promise.all([json<unknown>('/admin/config.json'), json<SiteIndexData>('/admin/site-index.json')]);
  CMS.registerLocale('id', id);
  const css = document.querySelector<HTMLMetaElement>('meta[name="laman-preview-css"]')?.content;
  if (css) CMS.registerPreviewStyle(css);
  CMS.registerPreviewTemplate('berita', artikelPreview(h, 'Berita'));
  CMS.registerPreviewTemplate('pengumuman', artikelPreview(h, 'Pengumuman'));
  CMS.registerPreviewTemplate('dokumen', dokumenPreview(h));
  CMS.registerPreviewTemplate('halaman', halamanPreview(h));
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = (entry.get('data') as { toJS(): Record<string, unknown> }).toJS();
      const result = checkBeforeSave(String(entry.get('collection')), String(entry.get('slug') ?? ''), data, index, new Date());
      if (result.errors.length) {
        showNotice(document, 'refusal', result.errors);
        throw new SaveRefused(saveRefusal(result.errors));
      }
      showNotice(document, 'warnings', result.warnings);
      return undefined;
    },
  });
  CMS.init({ config });
}

start().catch((error: unknown) => {
  const box = document.createElement('p');
  box.className = 'laman-gagal';
  box.setAttribute('role', 'alert');
  box.textContent = `CMS tidak dapat dimulai: ${(error as Error).message}`;
  document.body.prepend(box);
  throw error;
});
