#!/usr/bin/env node
// The `laman` CLI. Every GitHub workflow calls this; see `laman help`.
import { main } from './cli/main.ts';

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => new Date(),
});
