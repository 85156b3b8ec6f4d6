import { signUp, startTestApp, TestApp } from '../test/test-app';

/** The only operations reachable without signing in. Adding one here is a deliberate, reviewed act. */
const PUBLIC_OPERATIONS = [
  'Mutation.acceptInvitation',
  'Mutation.completeSsoSignIn',
  'Mutation.login',
  'Mutation.refreshSession',
  'Mutation.signUp',
  'Mutation.startSsoSignIn',
  'Query.invitationPreview',
];

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface FullType {
  name: string;
  kind: string;
  fields: { name: string; args: InputValue[]; type: TypeRef }[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}

const INTROSPECTION = `{ __schema { types { name kind
  fields { name args { name type { ...T } } type { ...T } }
  inputFields { name type { ...T } }
  enumValues { name } } } }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

function named(type: TypeRef): TypeRef {
  return type.ofType ? named(type.ofType) : type;
}

function sample(type: TypeRef, types: Map<string, FullType>): string {
  if (type.kind === 'NON_NULL') return sample(type.ofType!, types);
  if (type.kind === 'LIST') return `[${sample(type.ofType!, types)}]`;
  const full = types.get(type.name!)!;
  if (full.kind === 'ENUM') return full.enumValues![0].name;
  if (full.kind === 'INPUT_OBJECT') {
    const fields = full.inputFields!.map((field) => `${field.name}: ${sample(field.type, types)}`);
    return `{ ${fields.join(', ')} }`;
  }
  switch (type.name) {
    case 'ID':
      return '"00000000-0000-4000-8000-000000000000"';
    case 'Int':
    case 'Float':
      return '1';
    case 'Boolean':
      return 'true';
    case 'DateTime':
      return '"2026-01-01T00:00:00Z"';
    default:
      return '"guard-coverage@example.test"';
  }
}

function operationFor(
  root: 'Query' | 'Mutation',
  field: FullType['fields'] extends (infer F)[] | null ? F : never,
  types: Map<string, FullType>,
): string {
  const args = field.args.length
    ? `(${field.args.map((arg) => `${arg.name}: ${sample(arg.type, types)}`).join(', ')})`
    : '';
  const returns = types.get(named(field.type).name!)!;
  const selection = returns.kind === 'OBJECT' ? ' { __typename }' : '';
  return `${root === 'Query' ? 'query' : 'mutation'} { ${field.name}${args}${selection} }`;
}

describe('guard coverage: every GraphQL operation needs a signed-in user unless explicitly public', () => {
  let t: TestApp;
  let types: Map<string, FullType>;

  beforeAll(async () => {
    t = await startTestApp();
    const result = await t.gql<{ __schema: { types: FullType[] } }>(INTROSPECTION);
    types = new Map(result.data!.__schema.types.map((type) => [type.name, type]));
  });

  afterAll(() => t.close());

  it('finds operations to check', () => {
    const count = (['Query', 'Mutation'] as const).reduce(
      (sum, root) => sum + (types.get(root)?.fields?.length ?? 0),
      0,
    );
    expect(count).toBeGreaterThanOrEqual(10);
  });

  it('every non-public operation answers UNAUTHENTICATED without a token, and with a forged one', async () => {
    const reachable: string[] = [];
    for (const root of ['Query', 'Mutation'] as const) {
      for (const field of types.get(root)?.fields ?? []) {
        const name = `${root}.${field.name}`;
        const operation = operationFor(root, field, types);
        const anonymous = await t.gql(operation);
        const forged = await t.gql(operation, {}, { token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' });
        const codes = [anonymous, forged].map((result) => result.errors?.[0]?.extensions.code);
        if (PUBLIC_OPERATIONS.includes(name)) continue;
        if (codes.some((code) => code !== 'UNAUTHENTICATED'))
          reachable.push(`${name} answered ${codes.join('/')}`);
      }
    }
    expect(reachable).toEqual([]);
  });

  it('the public list names only operations that exist', () => {
    for (const name of PUBLIC_OPERATIONS) {
      const [root, field] = name.split('.');
      expect(types.get(root)?.fields?.map((f) => f.name)).toContain(field);
    }
  });

  it('the admin-only operations answer FORBIDDEN to a signed-in non-admin', async () => {
    const admin = await signUp(t, 'Guarded', 'admin@guarded.test');
    // Make this user an engineer only, then sign in again to get a token with that role.
    await t.adminQuery(`update users set roles = '{ENGINEER}' where id = $1`, [admin.userId]);
    const login = await t.gql<{ login: { accessToken: string } }>(
      `mutation { login(input: { email: "admin@guarded.test", password: "correct horse battery staple" }) { accessToken } }`,
    );
    const token = login.data!.login.accessToken;
    for (const operation of [
      `{ members { id } }`,
      `mutation { inviteMember(input: { email: "x@guarded.test", roles: [ADMIN] }) { id } }`,
      `mutation { revokeInvitation(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    ]) {
      const result = await t.gql(operation, {}, { token });
      expect({ operation, code: result.errors?.[0].extensions.code }).toEqual({
        operation,
        code: 'FORBIDDEN',
      });
    }
  });
});
