// Where and how a court publishes: deploy/publish.json in the repository (changed only by a
// reviewed pull request), overridable by the environment for a one-off run. The workflow reads
// `target` with jq to pick its job; `laman publish` reads the rest.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { parseJsonConfig } from '../lib/json-config.ts';

export const PUBLISH_CONFIG = 'deploy/publish.json';
export const TARGET_NAMES = ['pages', 'ssh', 'directory', 'none'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

const schema = z
  .object({
    target: z.enum(TARGET_NAMES, { error: `target harus salah satu dari ${TARGET_NAMES.join(', ')}` }),
    ssh: z
      .object({
        destination: z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9._-]*@[A-Za-z0-9.-]+$/, { error: 'ssh.destination harus "pengguna@server"' }),
        port: z.number().int().min(1).max(65535).default(22),
        root: z.string().regex(/^\/[A-Za-z0-9._/-]+$/, { error: 'ssh.root harus path absolut di server, misalnya /var/www/laman' }),
      })
      .strict()
      .optional(),
    directory: z.string().min(1).optional(),
    keep_releases: z.number().int().min(2).max(100).default(5),
    archive_branch: z.string().regex(/^[a-z0-9][a-z0-9._/-]*$/, { error: 'archive_branch tidak valid' }).default('arsip'),
  })
  .strict();

export type PublishConfig = z.output<typeof schema>;

export function parsePublishConfig(text: string, file = PUBLISH_CONFIG): PublishConfig {
  return parseJsonConfig(schema, text, file);
}

/** The file's settings with the environment's overrides (LAMAN_DEPLOY, LAMAN_SSH_*, LAMAN_DEPLOY_DIR, …). */
export async function loadPublishConfig(root: string, env: Record<string, string | undefined>): Promise<PublishConfig> {
  let config: PublishConfig = { target: 'pages', keep_releases: 5, archive_branch: 'arsip' };
  try {
    config = parsePublishConfig(await readFile(path.join(root, PUBLISH_CONFIG), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const ssh = config.ssh ?? (env.LAMAN_SSH_DESTINATION && env.LAMAN_SSH_ROOT ? { destination: '', port: 22, root: '' } : undefined);
  return {
    ...config,
    target: (env.LAMAN_DEPLOY as TargetName | undefined) ?? config.target,
    ...(ssh
      ? {
          ssh: {
            destination: env.LAMAN_SSH_DESTINATION || ssh.destination,
            port: env.LAMAN_SSH_PORT ? Number(env.LAMAN_SSH_PORT) : ssh.port,
            root: env.LAMAN_SSH_ROOT || ssh.root,
          },
        }
      : {}),
    ...(env.LAMAN_DEPLOY_DIR ? { directory: env.LAMAN_DEPLOY_DIR } : {}),
    ...(env.LAMAN_KEEP_RELEASES ? { keep_releases: Number(env.LAMAN_KEEP_RELEASES) } : {}),
    ...(env.LAMAN_ARCHIVE_BRANCH ? { archive_branch: env.LAMAN_ARCHIVE_BRANCH } : {}),
  };
}
