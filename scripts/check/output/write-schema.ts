// Writes docs/laman-check.schema.json from the zod schema of `laman check --json`.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../lib/project.ts';
import { reportJsonSchemaDocument } from './json.ts';

await writeFile(path.join(PROJECT_ROOT, 'docs', 'laman-check.schema.json'), JSON.stringify(reportJsonSchemaDocument(), null, 2) + '\n');
