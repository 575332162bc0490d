// GitHub's published OpenAPI description (api.github.com, dereferenced, from @octokit/openapi),
// loaded into openapi-backend for routing and ajv validation. Loading costs about 1.5 s (parse 1 s,
// openapi-backend init 0.6 s), so the loaded backend is cached for the life of the process: every
// fake started in one test file shares it. Validators are compiled lazily, per operation and status.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { OpenAPIBackend, type Document } from 'openapi-backend';
import addFormats from 'ajv-formats';

export interface Description {
  api: OpenAPIBackend;
  /** Milliseconds it took to read, parse and initialise the description (0 when cached). */
  loadMs: number;
  /** Version of @octokit/openapi the description comes from. */
  version: string;
}

let cached: Promise<Description> | undefined;

/** Loads (once per process) and returns the api.github.com description. */
export function loadDescription(): Promise<Description> {
  cached ??= load().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function load(): Promise<Description> {
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const packageFile = require.resolve('@octokit/openapi/package.json');
  const { version } = JSON.parse(await readFile(packageFile, 'utf8')) as { version: string };
  const file = new URL('generated/api.github.com.deref.json', `file://${packageFile}`);
  const definition = JSON.parse(await readFile(file, 'utf8')) as Document;
  typelessNullables(definition);
  const api = new OpenAPIBackend({
    definition,
    // quick: skip validating the 70 MB description itself and compile validators on first use.
    quick: true,
    strict: false,
    ignoreTrailingSlashes: false,
    // Report every error, so that oneOf errors can be filtered safely (see acceptedErrors).
    ajvOpts: { allErrors: true },
    // Formats (uri, date-time, email) are part of the contract: validate them.
    customizeAjv: (ajv) => {
      addFormats(ajv);
      // Numeric and GitHub-specific formats ajv-formats does not know; declared so ajv does not warn.
      ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 });
      ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
      ajv.addFormat('double', { type: 'number', validate: () => true });
      ajv.addFormat('timestamp', true);
      ajv.addFormat('repo.nwo', /^[^/]+\/[^/]+$/);
      return ajv;
    },
  });
  await api.init();
  return { api, loadMs: Math.round(performance.now() - started), version };
}

/**
 * OpenAPI 3.0 allows `nullable: true` next to `anyOf`/`oneOf` without a `type`; ajv refuses to
 * compile that. Rewrite such schemas (321 in the description) to `anyOf: [schema, {type: null}]`.
 */
function typelessNullables(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) typelessNullables(item);
    return;
  }
  const record = node as Record<string, unknown>;
  for (const value of Object.values(record)) typelessNullables(value);
  if (record.nullable === true && record.type === undefined) {
    const { nullable: _nullable, description, title, ...schema } = record;
    for (const key of Object.keys(record)) delete record[key];
    Object.assign(record, { ...(title === undefined ? {} : { title }), ...(description === undefined ? {} : { description }) });
    record.anyOf = [schema, { type: 'null' }];
  }
}

export interface SchemaError {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: unknown;
}

/**
 * GitHub's description uses oneOf for alternatives that overlap (a 409 body is both a basic-error
 * and a repository-rule-violation-error), so a correct value can match several of them. A oneOf
 * error whose value matched more than one alternative is therefore read as anyOf and dropped;
 * with allErrors every other error is still reported.
 */
export function acceptedErrors(errors: readonly SchemaError[] | null | undefined): SchemaError[] {
  return (errors ?? []).filter((e) => {
    const passing = (e.params as { passingSchemas?: unknown } | undefined)?.passingSchemas;
    return !(e.keyword === 'oneOf' && Array.isArray(passing) && passing.length > 1);
  });
}
