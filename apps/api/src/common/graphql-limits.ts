import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLObjectType,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  SelectionSetNode,
  validate,
} from 'graphql';

/**
 * What one GraphQL request may ask for, checked before anything runs. Anonymous callers (no valid access
 * token: sign-in, sign-up, invitations) only ever need a few small operations, so their tier is much
 * tighter than a signed-in member's. The signed-in tier is sized on the web app's own operations (a test
 * proves every one of them fits, with room).
 */
export interface GraphqlLimits {
  /** Lexical tokens in the document (a flood of aliases or fields is refused while it is parsed). */
  maxTokens: number;
  /** Aliased fields per operation (fragments counted where spread). */
  maxAliases: number;
  /** Field nesting depth (fragments flattened). */
  maxDepth: number;
  /** Directives per operation. */
  maxDirectives: number;
  /** `operationCost` of an operation. */
  maxCost: number;
}

export const GRAPHQL_LIMITS: { anonymous: GraphqlLimits; signedIn: GraphqlLimits } = {
  anonymous: { maxTokens: 300, maxAliases: 2, maxDepth: 5, maxDirectives: 4, maxCost: 300 },
  signedIn: { maxTokens: 2000, maxAliases: 15, maxDepth: 8, maxDirectives: 20, maxCost: 2000 },
};

/**
 * Costs beyond the structure (armor's cost: 1 per scalar, 2 per object plus 1.5 × its children) for
 * fields whose work the structure does not show, per occurrence in the operation:
 * - every root field (`Query.*`, `Mutation.*`) costs ROOT_FIELD_COST at least: each is a resolver with its
 *   own database work, so a new root field is covered without anyone listing it, and aliasing root fields
 *   gets expensive fast;
 * - the listed ones cost what is written here: the team burn (a forecast per engineer of a subtree), reads
 *   of pay (each audited: a PAY_VIEWED row), whole-company scans (the ledger proof, the audit log) and
 *   lists meant for export.
 * Keys are `Type.field` of the committed schema (a unit test checks that each still exists).
 */
export const ROOT_FIELD_COST = 10;
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.teamBurn': 600,
  'Query.statements': 600,
  'Query.statement': 300,
  'Query.closeChecklist': 100,
  'Query.statementTags': 300,
  'Query.financeHome': 600,
  'Query.periodCloses': 50,
  'Mutation.closePeriod': 600,
  'Mutation.closeAccountingPeriod': 600,
  'Query.ledgerInvariant': 600,
  'Query.auditEntries': 200,
  'Query.engineers': 100,
  'Query.engineer': 50,
  'Query.recentUsage': 50,
  'Query.usageSummary': 50,
  'Query.budget': 30,
  'Query.myBurn': 30,
  'Engineer.basePay': 300,
  'EngineerDetail.payHistory': 300,
};

function rootTypes(schema: GraphQLSchema): Set<GraphQLObjectType> {
  return new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
      (type): type is GraphQLObjectType => !!type,
    ),
  );
}

/** The declared part of an operation's cost: Σ FIELD_COSTS (or ROOT_FIELD_COST) over its selected fields. */
export function declaredCost(schema: GraphQLSchema, document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const roots = rootTypes(schema);
  const inProgress = new Set<string>();

  const costOf = (selectionSet: SelectionSetNode, parentName: string): number => {
    const parent = schema.getType(parentName);
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) continue;
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        const listed = FIELD_COSTS[`${parent.name}.${field.name}`];
        total += listed ?? (roots.has(parent as GraphQLObjectType) ? ROOT_FIELD_COST : 0);
        const type = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(type))
          total += costOf(selection.selectionSet, type.name);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += costOf(selection.selectionSet, selection.typeCondition?.name.value ?? parentName);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A cycle is refused by GraphQL's own validation; never recurse into one here.
        if (!fragment || inProgress.has(name)) continue;
        inProgress.add(name);
        total += costOf(fragment.selectionSet, fragment.typeCondition.name.value);
        inProgress.delete(name);
      }
    }
    return total;
  };

  let worst = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const root =
      definition.operation === 'query'
        ? schema.getQueryType()
        : definition.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (root) worst = Math.max(worst, costOf(definition.selectionSet, root.name));
  }
  return worst;
}

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

/**
 * Checks a parsed, valid document against a tier with graphql-armor's rules (aliases, depth, directives,
 * structural cost) plus the declared field costs, and the tier's token limit. Returns the refusals (empty
 * when it fits). Run after GraphQL's own validation, so fragments are known to be acyclic.
 */
export function checkOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  source: string | undefined,
  limits: GraphqlLimits,
): GraphQLError[] {
  if (source !== undefined) {
    try {
      parse(source, { maxTokens: limits.maxTokens, noLocation: true });
    } catch (error) {
      if (error instanceof GraphQLError)
        return [limitError(`The query has more than ${limits.maxTokens} tokens, the limit for this caller`)];
      throw error;
    }
  }
  const structural: number[] = [];
  const refusals: GraphQLError[] = [];
  const reject = [(_context: unknown, error: GraphQLError) => refusals.push(error)];
  const { validationRules } = new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    maxAliases: { n: limits.maxAliases, onReject: reject, propagateOnRejection: false },
    maxDepth: { n: limits.maxDepth, flattenFragments: true, onReject: reject, propagateOnRejection: false },
    maxDirectives: { n: limits.maxDirectives, onReject: reject, propagateOnRejection: false },
    costLimit: {
      maxCost: limits.maxCost,
      flattenFragments: true,
      onAccept: [(_context: unknown, details: { n: number }) => structural.push(details.n)],
      onReject: reject,
      propagateOnRejection: false,
    },
  }).protect();
  validate(schema, document, validationRules);
  const errors = refusals.map((error) => limitError(error.message.replace(/^Syntax Error: /, '')));
  if (errors.length === 0) {
    const cost = Math.max(0, ...structural) + declaredCost(schema, document);
    if (cost > limits.maxCost)
      errors.push(limitError(`Query cost limit of ${limits.maxCost} exceeded, found ${Math.round(cost)}.`));
  }
  return errors;
}

/** The cost `checkOperationLimits` compares with `maxCost` (for tests and tuning). */
export function operationCost(schema: GraphQLSchema, document: DocumentNode): number {
  const structural: number[] = [];
  const { validationRules } = new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    maxAliases: { enabled: false },
    maxDepth: { enabled: false },
    maxDirectives: { enabled: false },
    costLimit: {
      maxCost: Number.MAX_SAFE_INTEGER,
      flattenFragments: true,
      onAccept: [(_context: unknown, details: { n: number }) => structural.push(details.n)],
      propagateOnRejection: false,
    },
  }).protect();
  validate(schema, document, validationRules);
  return Math.max(0, ...structural) + declaredCost(schema, document);
}
