import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const webRoot = path.dirname(fileURLToPath(import.meta.url));
const workspaceRoot = path.resolve(webRoot, '../..');

// jsdom 31 needs Node >= 22 (global Iterator and its helpers, newer zlib and
// worker_threads APIs). On older Node the test workers get V8's iterator helpers
// and a preload that fills the remaining gaps; on Node 22+ nothing is added.
const nodeMajor = Number(process.versions.node.split('.')[0]);
const legacyNodeArgs =
  nodeMajor < 22 ? ['--harmony-iterator-helpers', '--require', path.resolve(webRoot, 'src/test/node20-compat.cjs')] : [];

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: {
    alias: {
      '@tokenroll/domain': path.resolve(workspaceRoot, 'libs/domain/src/index.ts'),
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    execArgv: legacyNodeArgs,
    css: false,
    reporters: ['default', ['json', { outputFile: path.resolve(workspaceRoot, 'tmp/reports/web.json') }]],
    testTimeout: 15000,
  },
});
