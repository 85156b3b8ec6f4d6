import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { fundedEngineer, teamWithPool } from '../test/metering-fixtures';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

/**
 * Fuzz over every REST endpoint of the OpenAPI document and every GraphQL mutation of the schema (both read
 * from the running api, so a new endpoint is covered without touching this file): no answer is a 5xx,
 * and an answer that refuses the input (4xx, or a GraphQL error) leaves the business tables as they were.
 * Bounded: a fixed seed (FUZZ_SEED to change it), a few runs per operation, a time budget (FUZZ_BUDGET_MS).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 60_000);
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);

/** Tables that may change on a refused request: security logs, throttles, sessions, jobs, the audit log. */
const NOT_BUSINESS =
  /^(migrations|audit_log|audit_events|login_attempts|.*throttle.*|rate_limit.*|sessions|refresh_tokens|security_events|pgboss.*|job.*)$/;

/** Mutations that end the fuzzer's own session (they would only make every later call a 401). */
const SESSION_ENDING = new Set(['logout', 'logoutEverywhere', 'revokeAllSessions']);

const nasty = fc.constantFrom(
  '',
  '   ',
  'a\u0000b',
  '\uD800',
  'x'.repeat(5000),
  '9999-12-31',
  '2026-02-30',
  '0000-00-00',
  '1e308',
  '99999999999999999999999999',
  '-1',
  'NaN',
  '00000000-0000-0000-0000-000000000000',
  "'; drop table companies; --",
  '<script>',
);
const anyText = fc.oneof(nasty, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const anyNumber = fc.oneof(
  fc.constantFrom(0, -1, 1e30, 1e308, -1e308, 2 ** 53, 2 ** 31, 0.1),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  anyText,
  anyNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(anyText, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), anyText, { maxKeys: 3 }),
);

/** Values for one GraphQL input type: mostly of the right type with nasty contents, sometimes not. */
function graphqlValue(type: GraphQLInputType, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return graphqlValue(type.ofType, ids, depth);
  const wrong = fc.oneof(anyJson, fc.constant(null));
  if (isListType(type))
    return fc.oneof(
      { weight: 5, arbitrary: fc.array(graphqlValue(type.ofType, ids, depth + 1), { maxLength: 3 }) },
      { weight: 1, arbitrary: wrong },
    );
  const named = getNamedType(type);
  let right: fc.Arbitrary<unknown>;
  if (isEnumType(named)) right = fc.constantFrom(...named.getValues().map((v) => v.name));
  else if (isInputObjectType(named)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(named.getFields());
    right = fc.record(
      Object.fromEntries(fields.map((field) => [field.name, graphqlValue(field.type, ids, depth + 1)])),
      { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) },
    );
  } else if (isScalarType(named) && named.name === 'Int')
    right = fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(0, -1, 2 ** 31 - 1));
  else if (isScalarType(named) && named.name === 'Float') right = anyNumber;
  else if (isScalarType(named) && named.name === 'Boolean') right = fc.boolean();
  else if (isScalarType(named) && named.name === 'ID') right = fc.oneof(fc.constantFrom(...ids), anyText);
  else right = fc.oneof(anyText, fc.constantFrom(...ids), fc.constant('2026-04-01'), fc.constant('100.00'));
  return fc.oneof({ weight: 9, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

interface OpenApi {
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string }[]; requestBody?: unknown }>
  >;
}

describe('fuzz: no 5xx anywhere, nothing written on a refusal', () => {
  let t: TestApp;
  let admin: SignedUp;
  let everyone: SignedUp;
  let engineerKey: string;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUp(t, 'Fuzz Co', 'admin@fuzz.test');
    everyone = await addMember(t, admin, 'all@fuzz.test', ['ADMIN', 'HR', 'FINANCE', 'MANAGER']);
    const team = await teamWithPool(t, admin, {
      name: 'Fuzzers',
      poolMicros: 1_000_000_000n,
      overflow: true,
    });
    const engineer = await fundedEngineer(t, admin, {
      email: 'eng@fuzz.test',
      allowanceMicros: 1_000_000_000n,
      teamId: team.id,
    });
    engineerKey = engineer.key;
    ids.push(team.id, engineer.id, admin.companyId);
  });
  afterAll(() => t.close());

  /** Row count and content hash of every business table, as the superuser (RLS does not hide rows). */
  async function businessState(): Promise<string> {
    const tables = await t.adminQuery<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by 1`,
    );
    const names = tables.map((row) => row.name).filter((name) => !NOT_BUSINESS.test(name));
    const rows = await t.adminQuery<{ name: string; n: string; h: string }>(
      names
        .map(
          (name) =>
            `select '${name}' as name, count(*)::text as n, coalesce(sum(hashtext(x::text)::bigint), 0)::text as h from "${name}" x`,
        )
        .join(' union all '),
    );
    return rows.map((row) => `${row.name}:${row.n}:${row.h}`).join('\n');
  }

  function changed(before: string, after: string): string[] {
    const was = new Set(before.split('\n'));
    return after.split('\n').filter((line) => !was.has(line));
  }

  it(
    'every REST endpoint and every GraphQL mutation',
    async () => {
      const started = Date.now();
      const failures: string[] = [];
      const fail = (what: string) => failures.length < 20 && failures.push(what);

      // GraphQL mutations, from the schema by introspection.
      const introspection = await t.gql<never>(getIntrospectionQuery(), {}, { token: everyone.token });
      const schema: GraphQLSchema = buildClientSchema(introspection.data as never);
      const mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).filter(
        (field) => !SESSION_ENDING.has(field.name),
      );
      // REST routes, from the OpenAPI document.
      const openapi = (await (await fetch(`${t.url}/v1/openapi.json`)).json()) as OpenApi;
      const routes = Object.entries(openapi.paths).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
      );
      expect(mutations.length).toBeGreaterThan(20);
      expect(routes.length).toBeGreaterThan(5);

      let reached = 0;
      for (const route of routes) {
        if (Date.now() - started > BUDGET_MS) break;
        reached++;
        const params = route.op.parameters ?? [];
        const request = fc.record({
          path: fc.record(
            Object.fromEntries(
              params
                .filter((p) => p.in === 'path')
                .map((p) => [p.name, fc.oneof(anyText, fc.constantFrom(...ids))]),
            ),
          ),
          query: fc.array(
            fc.tuple(
              fc.oneof(
                fc.constantFrom(...params.filter((p) => p.in === 'query').map((p) => p.name), 'x'),
                fc.string(),
              ),
              anyText,
            ),
            { maxLength: 4 },
          ),
          body: fc.oneof(
            anyJson,
            fc.dictionary(
              fc.constantFrom(
                'events',
                'amount',
                'reason',
                'model',
                'provider',
                'requestId',
                'resourceMetrics',
                'resourceLogs',
                'estimatedInputTokens',
                'maxOutputTokens',
                'kind',
                'occurredAt',
              ),
              anyJson,
            ),
          ),
          auth: fc.constantFrom('key', 'token'),
        });
        await fc
          .assert(
            fc.asyncProperty(request, async (input) => {
              let path = route.path;
              for (const [name, value] of Object.entries(input.path))
                path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
              const search = new URLSearchParams(input.query.map(([k, v]) => [k, v] as [string, string]));
              const url = `${t.url}${path}${input.query.length ? `?${search}` : ''}`;
              const before = await businessState();
              const response = await fetch(url, {
                method: route.method,
                headers: {
                  authorization: `Bearer ${input.auth === 'key' ? engineerKey : everyone.token}`,
                  ...(route.method === 'GET' ? {} : { 'content-type': 'application/json' }),
                },
                body: route.method === 'GET' ? undefined : JSON.stringify(input.body),
              });
              const text = await response.text();
              if (response.status >= 500) {
                fail(
                  `${route.method} ${path} ${JSON.stringify(input).slice(0, 300)} → ${response.status} ${text.slice(0, 200)}`,
                );
                return;
              }
              if (response.status >= 400) {
                const diff = changed(before, await businessState());
                if (diff.length) fail(`${route.method} ${route.path} refused but wrote ${diff.join(', ')}`);
              }
            }),
            { seed: SEED, numRuns: RUNS, endOnFailure: true },
          )
          .catch((error: unknown) => fail(`${route.method} ${route.path}: ${String(error).slice(0, 300)}`));
      }

      for (const mutation of mutations) {
        if (Date.now() - started > BUDGET_MS) break;
        reached++;
        const args = mutation.args;
        const varDefs = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
        const selection = (() => {
          const named = getNamedType(mutation.type);
          return 'getFields' in named ? `{ __typename }` : '';
        })();
        const query = `mutation Fuzz${varDefs ? `(${varDefs})` : ''} { ${mutation.name}${
          args.length ? `(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : ''
        } ${selection} }`;
        const variables = fc.record(
          Object.fromEntries(args.map((arg) => [arg.name, graphqlValue(arg.type, ids)])),
          { requiredKeys: [] },
        );
        await fc
          .assert(
            fc.asyncProperty(variables, async (vars) => {
              const before = await businessState();
              const result = await t.gql(query, vars as Record<string, unknown>, { token: everyone.token });
              const internal =
                result.status >= 500 ||
                result.errors?.some((e) => e.extensions.code === 'INTERNAL_SERVER_ERROR');
              if (internal) {
                fail(
                  `${mutation.name} ${JSON.stringify(vars).slice(0, 400)} → ${result.status} ${JSON.stringify(result.errors).slice(0, 200)}`,
                );
                return;
              }
              if (result.errors?.length && !result.data) {
                const diff = changed(before, await businessState());
                if (diff.length)
                  fail(
                    `${mutation.name} refused ${JSON.stringify(vars).slice(0, 300)} but wrote ${diff.join(', ')}`,
                  );
              }
            }),
            { seed: SEED, numRuns: RUNS, endOnFailure: true },
          )
          .catch((error: unknown) => fail(`${mutation.name}: ${String(error).slice(0, 300)}`));
      }

      console.log(
        `fuzz seed ${SEED}: ${reached} of ${routes.length} REST routes + ${mutations.length} mutations, ${RUNS} runs each, ${Date.now() - started} ms`,
      );
      if (failures.length)
        console.log(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} to replay):\n${failures.join('\n')}`);
      expect({ seed: SEED, failures }).toEqual({ seed: SEED, failures: [] });
    },
    BUDGET_MS * 2 + 60_000,
  );

  it('the server logged no unexpected error', () => {
    expect(t.output()).not.toMatch(
      /"context":"(Errors|GraphQL)"[^\n]*"level":50|"level":50[^\n]*"context":"(Errors|GraphQL)"/,
    );
  });
});
