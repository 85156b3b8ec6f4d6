// Builds the CLI with tsc (CommonJS) into dist/apps/cli, then rewrites the @tokenroll/domain path alias to
// relative paths with tsc-alias (as apps/api does). `nx run cli:build` runs this file; bin/tokenroll.mjs
// imports `build` and `isStale` to build on first use and after a source change.
// The build goes to a temporary folder that is renamed into place, so a shell prompt running
// `tokenroll statusline` at the same moment never loads a half-written build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const outDir = join(root, 'dist/apps/cli');
export const mainFile = join(outDir, 'apps/cli/src/main.js');
const stampFile = join(outDir, '.built');

/** Every file the build reads: the CLI's sources (not its tests), the domain library and the tsconfigs. */
function sources() {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return /\.ts$/.test(entry.name) && !/\.(int-)?spec\.ts$/.test(entry.name) ? [path] : [];
    });
  return [
    ...walk(join(root, 'apps/cli/src')),
    ...walk(join(root, 'libs/domain/src')),
    join(root, 'apps/cli/tsconfig.json'),
    join(root, 'apps/cli/tsconfig.app.json'),
    join(root, 'apps/cli/tsconfig.alias.json'),
    join(root, 'apps/cli/package.json'),
    join(root, 'tsconfig.base.json'),
    fileURLToPath(import.meta.url),
  ];
}

/** True when there is no build, or a source changed after it was made. */
export function isStale() {
  if (!existsSync(mainFile) || !existsSync(stampFile)) return true;
  const built = statSync(stampFile).mtimeMs;
  return sources().some((file) => existsSync(file) && statSync(file).mtimeMs > built);
}

/** Builds; compiler messages go to stderr (stdout belongs to the command). Returns true on success. */
export function build() {
  // Stamped with the start time: a source saved while the build runs makes the next run build again.
  const started = new Date();
  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const run = (script, args) =>
    spawnSync(process.execPath, [join(root, 'node_modules', script), ...args], {
      cwd: root,
      stdio: ['ignore', 2, 2],
    }).status === 0;
  const ok =
    run('typescript/bin/tsc', ['-p', 'apps/cli/tsconfig.app.json', '--outDir', staging]) &&
    run('tsc-alias/dist/bin/index.js', ['-p', 'apps/cli/tsconfig.alias.json', '--outDir', staging]);
  if (!ok) {
    rmSync(staging, { recursive: true, force: true });
    return false;
  }
  writeFileSync(join(staging, '.built'), `${started.toISOString()}\n`);
  utimesSync(join(staging, '.built'), started, started);
  rmSync(outDir, { recursive: true, force: true });
  try {
    renameSync(staging, outDir);
  } catch {
    // Another process built at the same moment and its build is in place: use that one.
    rmSync(staging, { recursive: true, force: true });
  }
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const onlyIfStale = process.argv.includes('--if-stale');
  if (!onlyIfStale || isStale()) process.exit(build() ? 0 : 1);
}
