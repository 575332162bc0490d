// The Decap CMS configuration, generated from the content schemas and the environment.
import type { APIRoute } from 'astro';
import { buildCmsConfig, cmsEnvironment } from '../../../cms/config/config.ts';
import { getPengaturan } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const { url_situs } = await getPengaturan();
  const config = buildCmsConfig(cmsEnvironment(process.env, url_situs));
  return new Response(JSON.stringify(config), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
