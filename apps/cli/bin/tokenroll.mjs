#!/usr/bin/env node
// The `tokenroll` command. Runs the CLI built by tsc (dist/apps/cli, CommonJS) with plain node; builds it
// first when the build is missing or older than its sources (a fresh clone, a pull, an edit).
import { createRequire } from 'node:module';
import { build, isStale, mainFile } from './build.mjs';

const statusline = process.argv[2] === 'statusline';
if (isStale()) {
  if (!statusline)
    process.stderr.write('tokenroll: building the CLI (after a change; takes a few seconds)…\n');
  if (!build()) {
    // statusline must never break a prompt: a short marker and exit 0.
    if (statusline) {
      process.stdout.write('◆ tokenroll: build failed\n');
      process.exit(0);
    }
    process.stderr.write(
      'tokenroll: the CLI did not build (compiler messages above); see npx nx run cli:build\n',
    );
    process.exit(1);
  }
}
const { run } = createRequire(import.meta.url)(mainFile);
process.exitCode = await run(process.argv.slice(2));
