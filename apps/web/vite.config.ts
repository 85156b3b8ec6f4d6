import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import postcssPresetMantine from 'postcss-preset-mantine';

const webRoot = path.dirname(fileURLToPath(import.meta.url));
const workspaceRoot = path.resolve(webRoot, '../..');
const outDir = path.resolve(workspaceRoot, 'dist/apps/web');
/**
 * Source maps are built for debugging and error reports, and the manifest for the first-load budget
 * (tools/web-budget.mjs), but both are kept beside the served folder, never in it.
 */
const sourceMapDir = path.resolve(workspaceRoot, 'dist/apps/web-sourcemaps');
const manifestFile = path.resolve(workspaceRoot, 'dist/apps/web-build/manifest.json');
const apiTarget = process.env.TOKENROLL_API_URL ?? 'http://localhost:3000';

/**
 * Moves every `.map` (`sourcemap: 'hidden'`: no bundle names one) and the build manifest out of the served
 * folder once the bundle is written; the compressed copies of the manifest go.
 */
function keepBuildFilesPrivate(): Plugin {
  return {
    name: 'tokenroll:keep-build-files-private',
    apply: 'build',
    enforce: 'post',
    closeBundle() {
      rmSync(sourceMapDir, { recursive: true, force: true });
      const assets = path.join(outDir, 'assets');
      mkdirSync(sourceMapDir, { recursive: true });
      for (const name of readdirSync(assets).filter((file) => file.endsWith('.map')))
        renameSync(path.join(assets, name), path.join(sourceMapDir, name));
      mkdirSync(path.dirname(manifestFile), { recursive: true });
      renameSync(path.join(outDir, '.vite/manifest.json'), manifestFile);
      rmSync(path.join(outDir, '.vite'), { recursive: true, force: true });
    },
  };
}

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [
    react(),
    // Precompressed at build (the api serves .br or .gz by Accept-Encoding, @fastify/static preCompressed).
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      exclude: [/\.map$/, /manifest\.json$/],
      threshold: 512,
    }),
    keepBuildFilesPrivate(),
  ],
  resolve: {
    alias: {
      '@tokenroll/domain': path.resolve(workspaceRoot, 'libs/domain/src/index.ts'),
    },
  },
  css: {
    postcss: { plugins: [postcssPresetMantine()] },
  },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: 'hidden',
    // the first-load budget (tools/web-budget.mjs) reads which chunks the entry imports
    manifest: true,
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
