// `npm start`: builds the api and the web app (Nx caches both), then runs the production server.
// Without DATABASE_URL it starts an embedded PostgreSQL under .data/ and seeds a demo company.
import { execFileSync, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
process.env.NX_DAEMON ??= 'false';
process.env.NX_NO_CLOUD ??= 'true';
execFileSync(
  join(root, 'node_modules/.bin/nx'),
  ['run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
const child = spawn(process.execPath, [join(root, 'dist/apps/api/apps/api/src/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
