import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const webRoot = path.dirname(fileURLToPath(import.meta.url));
const workspaceRoot = path.resolve(webRoot, '../..');

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
    css: false,
    reporters: ['default', ['json', { outputFile: path.resolve(workspaceRoot, 'tmp/reports/web.json') }]],
    testTimeout: 30000,
    // One jsdom and one module graph for all files (about 3× faster here: 150 s → 45 s on 2 cores). Each test
    // renders into a fresh container (testing-library cleans up after each), and the suite passes shuffled.
    isolate: false,
  },
});
