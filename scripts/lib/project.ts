// Where the project and its tools live, independent of the caller's working directory.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function binPath(name: string): string {
  return path.join(PROJECT_ROOT, 'node_modules', '.bin', name);
}

/** Environment for child tools: Astro's telemetry would try to reach the internet. */
export function toolEnv(env: Record<string, string | undefined>, extra: Record<string, string> = {}): Record<string, string | undefined> {
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
