// @ts-check
import { createHash } from 'node:crypto';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { alignClasses } from './src/markdown/align-classes.ts';
import { contentDir } from './src/schema/collections.ts';
import { readSettings } from './src/lib/settings-file.ts';
import { contentFiles } from './src/integrations/content-files.ts';
import { cmsAdmin } from './src/integrations/cms-admin.ts';

const content = contentDir(process.env);
const settings = readSettings(content);
// Astro keeps parsed entries between builds in its cache; another content folder (a
// fixture, a test copy) gets a cache of its own so entries never leak between them.
const cacheDir =
  content === 'content'
    ? './node_modules/.astro'
    : `./node_modules/.astro-${createHash('sha256').update(path.resolve(content)).digest('hex').slice(0, 12)}`;

export default defineConfig({
  // Canonical URLs, the sitemap and the feeds use the court's address from the settings.
  site: settings.url_situs,
  cacheDir,
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // Every stylesheet and script is a file, so a strict CSP (script-src 'self';
    // style-src 'self') holds; see deploy/nginx/laman.conf.
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  markdown: {
    // Astro's default (Rust) processor, plus one filtered plugin: table alignment as classes.
    processor: satteri({ hastPlugins: [alignClasses] }),
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  integrations: [
    contentFiles({ contentDir: content }),
    cmsAdmin(),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.includes('/admin/') }),
  ],
});
