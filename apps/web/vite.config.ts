import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';

const webRoot = path.dirname(fileURLToPath(import.meta.url));
const workspaceRoot = path.resolve(webRoot, '../..');
/** Any package except the chart libraries (recharts and what only it uses). */
const CHART_LIBRARIES_OR_VENDOR =
  /node_modules[\\/](?!@mantine[\\/]charts|recharts|victory-vendor|d3-|internmap|@reduxjs|react-redux|redux|immer|reselect|decimal\.js-light|es-toolkit|eventemitter3)/;
const apiTarget = process.env.TOKENROLL_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      '@tokenroll/domain': path.resolve(workspaceRoot, 'libs/domain/src/index.ts'),
    },
  },
  css: {
    postcss: { plugins: [postcssPresetMantine()] },
  },
  build: {
    outDir: path.resolve(workspaceRoot, 'dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // the chart libraries stay out of these groups: they load with the lazy chart components
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/](?!charts)/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)/ },
            { name: 'vendor', test: CHART_LIBRARIES_OR_VENDOR },
          ],
        },
      },
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true },
      '/v1': { target: apiTarget, changeOrigin: true },
      '/healthz': { target: apiTarget, changeOrigin: true },
    },
  },
  preview: { port: 4300 },
});
