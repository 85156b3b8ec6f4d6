import { startTestApp, TestApp } from '../test/test-app';

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
};
type Content = Record<string, { schema?: Schema }>;
type Operation = {
  requestBody?: { content: Content };
  responses: Record<string, { content?: Content }>;
  parameters?: { name: string; in: string }[];
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

/** Files (CSV, PDF) are documented as strings; everything else as objects with their properties. */
const FILE_TYPES = ['text/csv', 'application/pdf', 'application/x-protobuf'];

describe('OpenAPI document: every REST path documents real request and response schemas', () => {
  let t: TestApp;
  let doc: Document;

  beforeAll(async () => {
    t = await startTestApp();
    const response = await fetch(`${t.url}/v1/openapi.json`);
    expect(response.status).toBe(200);
    doc = (await response.json()) as Document;
  });
  afterAll(() => t.close());

  function resolve(schema: Schema | undefined): Schema | undefined {
    if (!schema) return undefined;
    if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
    if (schema.allOf) {
      const parts = schema.allOf.map(resolve);
      return {
        type: 'object',
        properties: Object.assign({}, ...parts.map((part) => part?.properties ?? {})),
      };
    }
    return schema;
  }

  /** Problems with one content map: each media type needs a schema; JSON ones need properties. */
  function contentProblems(where: string, content: Content | undefined): string[] {
    if (!content || !Object.keys(content).length) return [`${where}: no content`];
    const problems: string[] = [];
    for (const [type, media] of Object.entries(content)) {
      const schema = resolve(media.schema);
      if (!schema) problems.push(`${where} ${type}: no schema`);
      else if (FILE_TYPES.includes(type)) {
        if (schema.type !== 'string' && !schema.properties)
          problems.push(`${where} ${type}: not a file schema`);
      } else if (!schema.properties || !Object.keys(schema.properties).length)
        problems.push(`${where} ${type}: schema without properties`);
    }
    return problems;
  }

  it('documents request bodies and 2xx answers with properties, and problem details for errors', () => {
    const problems: string[] = [];
    const paths = Object.entries(doc.paths);
    expect(paths.length).toBeGreaterThanOrEqual(12);
    for (const [path, item] of paths) {
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method.toUpperCase()} ${path}`;
        if (method === 'post' || method === 'put' || method === 'patch') {
          // Posts that take no body (void an authorization) are the exception, and say so by having none.
          if (operation.requestBody)
            problems.push(...contentProblems(`${where} request`, operation.requestBody.content));
          else if (!path.endsWith('/void')) problems.push(`${where}: no request body schema`);
        }
        const success = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
        if (!success.length) problems.push(`${where}: no 2xx response`);
        for (const [status, response] of success)
          problems.push(...contentProblems(`${where} ${status}`, response.content));
        const error = resolve(operation.responses['4XX']?.content?.['application/problem+json']?.schema);
        if (!error?.properties?.fields) problems.push(`${where}: errors not documented as problem details`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names the fields of the usage batch and of the finance exports', () => {
    const usage = resolve(doc.paths['/v1/usage'].post.requestBody!.content['application/json'].schema)!;
    const event = resolve(usage.properties!.events.items)!;
    expect(Object.keys(event.properties!)).toEqual(
      expect.arrayContaining(['source', 'provider', 'model', 'inputTokens', 'occurredAt', 'idempotencyKey']),
    );
    const statements = resolve(
      doc.paths['/v1/statements'].get.responses['200'].content!['application/json'].schema,
    )!;
    expect(Object.keys(statements.properties!)).toEqual(
      expect.arrayContaining(['period', 'currency', 'totalMicros', 'statements']),
    );
    const statement = resolve(statements.properties!.statements.items)!;
    expect(Object.keys(statement.properties!)).toEqual(
      expect.arrayContaining(['kind', 'key', 'totalMicros', 'byEngineer', 'adjustments']),
    );
    for (const path of [
      '/v1/exports/focus',
      '/v1/exports/gl',
      '/v1/statements',
      '/v1/statements/{kind}/{key}.pdf',
    ])
      expect([
        path,
        doc.paths[path]?.get.parameters?.some((p) => p.name === 'period' && p.in === 'query'),
      ]).toEqual([path, true]);
  });
});
