// zod's Indonesian locale, for the messages the schemas do not write themselves
// (wrong type, unknown key). Passed per parse: no global configuration is changed.
import { z } from 'astro/zod';

const locale = z.locales.id();

export const indonesianError: z.core.$ZodErrorMap = (issue) => locale.localeError(issue);
