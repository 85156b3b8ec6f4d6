// Migrations as Nx targets: `nx run api:migration-run` and `nx run api:migration-generate --name=AddThing`.
// Works on the built api (the target depends on build). Uses DATABASE_URL, else an embedded PostgreSQL.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const built = (p) => require(join(root, 'dist/apps/api/apps/api/src', p));
const { loadConfig } = built('config/config.js');
const { prepareDatabase } = built('database/prepare.js');
const { createDataSource } = built('database/data-source.js');

const [command, name] = process.argv.slice(2);
const config = loadConfig();
const log = (message) => console.log(message);

if (command === 'run') {
  const db = await prepareDatabase(config, log, { migrate: true });
  await db.stop();
} else if (command === 'generate') {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('Give the migration a PascalCase name: nx run api:migration-generate --name=AddThing');
    process.exit(2);
  }
  // A scratch database, migrated to the latest committed state, is compared with the entities, then dropped.
  const scratch = `tokenroll_gen_${Date.now()}`;
  const db = await prepareDatabase(config, log, { migrate: true, database: scratch });
  const source = createDataSource(db.ownerUrl);
  await source.initialize();
  const sql = await source.driver.createSchemaBuilder().log();
  await source.destroy();
  const { Client } = require('pg');
  const admin = new Client({ connectionString: config.databaseUrl ?? db.adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${scratch}" with (force)`);
  await admin.end();
  await db.stop();
  if (sql.upQueries.length === 0) {
    console.log('Entities and migrations agree: nothing to generate.');
    process.exit(0);
  }
  const timestamp = Date.now();
  const esc = (q) => q.query.replace(/\\/g, '\\\\').replace(/`/g, '\\`');
  const up = sql.upQueries.map((q) => `    await queryRunner.query(\`${esc(q)}\`);`).join('\n');
  const down = sql.downQueries
    .reverse()
    .map((q) => `    await queryRunner.query(\`${esc(q)}\`);`)
    .join('\n');
  const file = join(root, 'apps/api/src/database/migrations', `${timestamp}-${name}.ts`);
  writeFileSync(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${timestamp} implements MigrationInterface {\n  name = '${name}${timestamp}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
  );
  console.log(
    `Wrote ${file}; add it to apps/api/src/database/migrations/index.ts and add RLS for new tenant tables.`,
  );
} else {
  console.error('usage: node tools/migration.mjs run | generate <Name>');
  process.exit(2);
}
