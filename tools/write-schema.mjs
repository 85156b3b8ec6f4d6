// Writes the sorted GraphQL schema of the built api to apps/api/schema.gql (or to the path given).
// The integration test `schema.int-spec.ts` fails when the committed file differs from the code.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const built = (p) => require(join(root, 'dist/apps/api/apps/api/src', p));
const target = resolve(process.argv[2] ?? join(root, 'apps/api/schema.gql'));
process.env.GRAPHQL_SCHEMA_FILE = target;
process.env.LOG_LEVEL ??= 'warn';
process.env.TOKENROLL_DATA_DIR ??= mkdtempSync(join(root, 'tmp-schema-'));
const { loadConfig } = built('config/config.js');
const { prepareDatabase } = built('database/prepare.js');
const { createApp } = built('bootstrap.js');

const config = loadConfig();
const db = await prepareDatabase(config, () => undefined);
const app = await createApp(config, db.appUrl);
await app.init();
await app.close();
await db.stop();
console.log(`wrote ${target}`);
