// Writes the sorted GraphQL schema of the built api to apps/api/schema.gql (or to the path given).
// The integration test `schema.int-spec.ts` fails when the committed file differs from the code.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const built = (p) => require(join(root, 'dist/apps/api/apps/api/src', p));
const target = resolve(process.argv[2] ?? join(root, 'apps/api/schema.gql'));
process.env.GRAPHQL_SCHEMA_FILE = target;
process.env.LOG_LEVEL ??= 'warn';
mkdirSync(join(root, 'tmp'), { recursive: true });
const scratch = process.env.TOKENROLL_DATA_DIR ? undefined : mkdtempSync(join(root, 'tmp', 'schema-'));
if (scratch) process.env.TOKENROLL_DATA_DIR = scratch;
const { loadConfig } = built('config/config.js');
const { prepareDatabase } = built('database/prepare.js');
const { createApp } = built('bootstrap.js');

const config = loadConfig();
const db = await prepareDatabase(config, () => undefined);
const app = await createApp(config, db.appUrl);
await app.init();
await app.close();
await db.stop();
if (scratch) rmSync(scratch, { recursive: true, force: true });
console.log(`wrote ${target}`);
