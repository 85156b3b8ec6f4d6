import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { createDataSource, pendingSchemaChanges, runMigrations } from '../database/data-source';
import {
  createTestDatabase,
  dropTestDatabase,
  MAIN_JS,
  PRODUCTION_TEST_ENV,
  startTestApp,
  TestApp,
} from '../test/test-app';

describe('operations: health, metrics, request ids, OpenAPI', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'info' });
  });

  afterAll(() => t.close());

  it('/healthz checks the database', async () => {
    const response = await fetch(`${t.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('/metrics speaks Prometheus text with process and HTTP metrics', async () => {
    await fetch(`${t.url}/v1/me`);
    const response = await fetch(`${t.url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^# TYPE tokenroll_process_cpu_seconds_total counter$/m);
    expect(text).toMatch(
      /tokenroll_http_request_duration_seconds_count\{method="GET",route="\/v1\/me",status="401"\} [1-9]/,
    );
  });

  it('echoes a given request id, makes one otherwise, and logs JSON lines carrying it', async () => {
    const given = await fetch(`${t.url}/v1/me`, { headers: { 'x-request-id': 'trace-abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-abc-123');
    const made = await fetch(`${t.url}/v1/me`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // Logs are written asynchronously: wait (bounded) for the line to appear.
    let line: string | undefined;
    for (let waited = 0; !line && waited < 5000; waited += 100) {
      line = t
        .output()
        .split('\n')
        .find((l) => l.includes('trace-abc-123') && l.trim().endsWith('}'));
      if (!line) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(line).toBeDefined();
    expect(JSON.parse(line as string)).toMatchObject({ req: { id: 'trace-abc-123' } });
    expect(line).not.toMatch(/authorization/i);
  });

  it('serves the OpenAPI document and its UI', async () => {
    const document = (await (await fetch(`${t.url}/v1/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toContain('/v1/me');
    const ui = await fetch(`${t.url}/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toMatch(/swagger/i);
  });

  it('a production server refuses introspection', async () => {
    const prod = await startTestApp(PRODUCTION_TEST_ENV);
    try {
      const result = await prod.gql(`{ __schema { types { name } } }`);
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/introspection/i);
    } finally {
      await prod.close();
    }
  });
});

describe('the committed contracts match the code', () => {
  it('apps/api/schema.gql is the sorted schema the code generates (run `npm run schema:write` when this fails)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'schema-')), 'schema.gql');
    execFileSync(process.execPath, [join(__dirname, '../../../../tools/write-schema.mjs'), out], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        TOKENROLL_DATA_DIR: mkdtempSync(join(tmpdir(), 'schema-db-')),
      },
      stdio: 'pipe',
    });
    expect(MAIN_JS).toBeTruthy();
    const committed = readFileSync(join(__dirname, '../../schema.gql'), 'utf8');
    expect(readFileSync(out, 'utf8')).toBe(committed);
  }, 60_000);

  it('the migrations create exactly what the entities describe (run `npm run migration:generate` when this fails)', async () => {
    const db = await createTestDatabase();
    try {
      await runMigrations(db.ownerUrl);
      expect(await pendingSchemaChanges(db.ownerUrl)).toEqual([]);
      // And every migration can be reverted.
      const source = createDataSource(db.ownerUrl);
      await source.initialize();
      try {
        while ((await source.query(`select count(*)::int as n from migrations`))[0].n > 0)
          await source.undoLastMigration();
        const left = await source.query(
          `select count(*)::int as n from pg_tables where schemaname = 'public' and tablename <> 'migrations'`,
        );
        expect(left[0].n).toBe(0);
      } finally {
        await source.destroy();
      }
    } finally {
      await dropTestDatabase(db.name);
    }
  });
});
