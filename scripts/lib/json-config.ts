// The deploy/*.json settings files (publish, monitor, backup, renewals): JSON checked against
// a zod schema, every problem named in Indonesian with the file and the key.
import type { z } from 'astro/zod';
import { indonesianError } from '../../src/check/frontmatter/zod-locale.ts';
import { UserError } from '../cli/context.ts';

export function parseJsonConfig<S extends z.ZodType>(schema: S, text: string, file: string): z.output<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file}: bukan JSON yang valid (${(error as Error).message}); perbaiki berkasnya lewat pull request`);
  }
  const result = schema.safeParse(data, { error: indonesianError });
  if (!result.success) {
    throw new UserError(result.error.issues.map((i) => `${file}: ${i.path.map(String).join('.') || '(akar)'}: ${i.message}`).join('\n'));
  }
  return result.data;
}
