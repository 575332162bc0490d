// Self-hosts Decap CMS for /admin/: its prebuilt bundle (React inside) and the chunks and
// WebAssembly it loads on demand are served from node_modules by the dev server and copied
// into the build. No CDN: the admin page loads nothing from outside the site.
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export const DECAP_URL_PREFIX = '/admin/decap/';

/** The files of decap-cms/dist the page needs: the one bundle, its chunks, wasm and licence. */
export function isDecapAsset(name: string): boolean {
  return name === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(name) || /^[0-9a-f]+\.wasm$/.test(name) || name === 'decap-cms.js.LICENSE.txt';
}

export function decapDistDir(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
}

export async function listDecapAssets(dir = decapDistDir()): Promise<string[]> {
  return (await readdir(dir)).filter(isDecapAsset).sort();
}

export function cmsAdmin(): AstroIntegration {
  const dist = decapDistDir();
  const prefix = DECAP_URL_PREFIX.slice(0, -1);
  return {
    name: 'laman:cms-admin',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const serve = sirv(dist, { dev: true, dotfiles: false, etag: true });
        server.middlewares.use(prefix, (req, res, next) => {
          const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
          if (!isDecapAsset(name)) return next();
          serve(req, res, next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = path.join(fileURLToPath(dir), prefix);
        await mkdir(out, { recursive: true });
        const files = await listDecapAssets(dist);
        for (const file of files) await copyFile(path.join(dist, file), path.join(out, file));
        logger.info(`Decap CMS: ${files.length} berkas disalin ke ${prefix}/`);
      },
    },
  };
}
