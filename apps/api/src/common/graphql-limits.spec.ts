import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, DocumentNode, isInterfaceType, isObjectType, Kind, parse, print, visit } from 'graphql';
import { checkOperationLimits, FIELD_COSTS, GRAPHQL_LIMITS, operationCost } from './graphql-limits';

const root = join(__dirname, '../../../..');
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));

/** What Apollo Client sends: `__typename` added to every selection set (for its cache). */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if (
        parent &&
        !Array.isArray(parent) &&
        (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION
      )
        return undefined;
      return {
        ...node,
        selections: [
          ...node.selections,
          { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
        ],
      };
    },
  });
}

/** Every operation the web app sends, as graphql-codegen generated it (name → document), as Apollo sends it. */
function webOperations(): Map<string, DocumentNode> {
  const generated = readFileSync(join(root, 'apps/web/src/gql/graphql.ts'), 'utf8');
  const operations = new Map<string, DocumentNode>();
  for (const match of generated.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as/gm))
    operations.set(match[1], withTypenames(JSON.parse(match[2]) as DocumentNode));
  return operations;
}

/** The operations a signed-out browser sends (sign-in, sign-up, invitations, session refresh). */
const ANONYMOUS = ['Login', 'SignUp', 'AcceptInvitation', 'InvitationPreview', 'RefreshSession'];

describe('GraphQL limits', () => {
  const operations = webOperations();

  it('reads the web app’s operations', () => {
    expect(operations.size).toBeGreaterThan(50);
    expect(print(operations.get('Login')!)).toContain('__typename');
    for (const name of ANONYMOUS) expect(operations.has(name)).toBe(true);
  });

  it('lets every operation of the web app through the signed-in tier, with room to spare', () => {
    const half = {
      maxTokens: GRAPHQL_LIMITS.signedIn.maxTokens / 2,
      maxAliases: GRAPHQL_LIMITS.signedIn.maxAliases,
      maxDepth: GRAPHQL_LIMITS.signedIn.maxDepth,
      maxDirectives: GRAPHQL_LIMITS.signedIn.maxDirectives,
      maxCost: GRAPHQL_LIMITS.signedIn.maxCost / 2,
    };
    const refused = [...operations].flatMap(([name, document]) =>
      checkOperationLimits(schema, document, print(document), half).map(
        (error) => `${name}: ${error.message}`,
      ),
    );
    expect(refused).toEqual([]);
  });

  it('lets the signed-out operations through the anonymous tier', () => {
    const refused = ANONYMOUS.flatMap((name) => {
      const document = operations.get(name)!;
      return checkOperationLimits(schema, document, print(document), GRAPHQL_LIMITS.anonymous).map(
        (error) => `${name}: ${error.message}`,
      );
    });
    expect(refused).toEqual([]);
  });

  it('names only fields that exist in the schema in its cost table', () => {
    for (const key of Object.keys(FIELD_COSTS)) {
      const [typeName, fieldName] = key.split('.');
      const type = schema.getType(typeName);
      expect({
        key,
        exists: !!type && (isObjectType(type) || isInterfaceType(type)) && fieldName in type.getFields(),
      }).toEqual({ key, exists: true });
    }
  });

  it('prices the expensive fields above any plain field, and every root field, even a new one', () => {
    const plain = operationCost(schema, parse(`{ businessDate }`));
    const teamBurn = operationCost(schema, parse(`{ teamBurn(teamId: "t") { summary { accruedMicros } } }`));
    const pay = operationCost(schema, parse(`{ engineers { basePay { annualMicros } } }`));
    const list = operationCost(schema, parse(`{ engineers { id } }`));
    expect(plain).toBeGreaterThanOrEqual(10);
    expect(teamBurn).toBeGreaterThan(GRAPHQL_LIMITS.signedIn.maxCost / 4);
    expect(pay - list).toBeGreaterThanOrEqual(300);
    // Five lists of pay in one request cost more than a signed-in member may spend.
    const five = parse(
      `{ ${[0, 1, 2, 3, 4].map((i) => `a${i}: engineers { basePay { annualMicros } }`).join(' ')} }`,
    );
    expect(operationCost(schema, five)).toBeGreaterThan(GRAPHQL_LIMITS.signedIn.maxCost);
  });

  it('refuses by tokens, aliases and directives with a message naming the limit', () => {
    const limits = GRAPHQL_LIMITS.anonymous;
    const check = (query: string) =>
      checkOperationLimits(schema, parse(query), query, limits).map((error) => error.message);
    expect(check(`{ ${Array.from({ length: 400 }, () => 'businessDate').join(' ')} }`)).toEqual([
      expect.stringMatching(/more than 300 tokens/),
    ]);
    expect(check(`{ a: businessDate b: businessDate c: businessDate }`)).toEqual([
      expect.stringMatching(/Aliases limit of 2 exceeded, found 3/),
    ]);
    expect(check(`{ me { company { id } } }`)).toEqual([]);
    expect(check(`{ me { ${Array.from({ length: 5 }, () => 'id @include(if: true)').join(' ')} } }`)).toEqual(
      [expect.stringMatching(/Directives limit of 4 exceeded/)],
    );
  });
});
