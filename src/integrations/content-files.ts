// Publishes the files stored beside the content (images, PDFs, the logo) at /berkas/:
// served from the content folder by the dev server, copied into the build output.
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';
import { BERKAS_URL_PREFIX, isPublishedFile } from '../lib/berkas.ts';

export async function listPublishedFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && isPublishedFile(e.name) && !e.name.startsWith('.'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

export function contentFiles(options: { contentDir: string }): AstroIntegration {
  const prefix = BERKAS_URL_PREFIX.slice(0, -1);
  let root = path.resolve(options.contentDir);
  return {
    name: 'laman:content-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = path.resolve(fileURLToPath(config.root), options.contentDir);
      },
      'astro:server:setup': ({ server }) => {
        const serve = sirv(root, { dev: true, dotfiles: false, etag: true });
        server.middlewares.use(prefix, (req, res, next) => {
          const pathname = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
          if (!isPublishedFile(pathname)) return next();
          serve(req, res, next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = path.join(fileURLToPath(dir), prefix);
        const files = await listPublishedFiles(root);
        for (const file of files) {
          const target = path.join(out, file);
          await mkdir(path.dirname(target), { recursive: true });
          await copyFile(path.join(root, file), target);
        }
        logger.info(`${files.length} berkas konten disalin ke ${prefix}/`);
      },
    },
  };
}
