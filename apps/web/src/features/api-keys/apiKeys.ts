import type { ApiKeyFieldsFragment, CreateApiKeyInput } from '../../gql/graphql';
import { validateRequired } from '../../app/forms/validation';
import type { CsvColumn } from '../../app/table/csv';

export type ApiKeyRow = ApiKeyFieldsFragment;

export type ApiKeyScope = 'usage:write' | 'authorize' | 'budget:read' | 'finance:read';

export const FINANCE_READ_SCOPE: ApiKeyScope = 'finance:read';

export const API_KEY_SCOPES: readonly { value: ApiKeyScope; description: string }[] = [
  { value: 'usage:write', description: 'Report usage: Claude Code telemetry, a gateway or an importer' },
  { value: 'authorize', description: 'Reserve budget before a model request (real-time enforcement)' },
  { value: 'budget:read', description: 'Read the budget, e.g. for a status line' },
  {
    value: 'finance:read',
    description:
      'Read statements and the FOCUS and GL exports, e.g. for a BI tool’s nightly pull (a company key, on its own)',
  },
];

/** The scopes a user may pick: finance:read only for FINANCE and ADMIN (`financeKeys`), and only they. */
export function offeredScopes(can: {
  ownKey: boolean;
  companyKeys: boolean;
  financeKeys: boolean;
}): typeof API_KEY_SCOPES {
  return API_KEY_SCOPES.filter((scope) =>
    scope.value === FINANCE_READ_SCOPE ? can.financeKeys : can.ownKey || can.companyKeys,
  );
}

/** Who a key acts for: an engineer's name, or the company (a gateway names the engineer per event). */
export function keyOwner(key: ApiKeyRow): string {
  if (key.engineerId === null || key.engineerId === undefined) return 'Company';
  return key.engineerName ?? 'An engineer';
}

export type KeyStatusFilter = '' | 'active' | 'revoked';

export function isRevoked(key: ApiKeyRow): boolean {
  return key.revokedAt !== null && key.revokedAt !== undefined;
}

export function filterKeysByStatus(keys: readonly ApiKeyRow[], status: KeyStatusFilter): ApiKeyRow[] {
  if (status === '') return [...keys];
  return keys.filter((key) => isRevoked(key) === (status === 'revoked'));
}

export const API_KEY_CSV_COLUMNS: readonly CsvColumn<ApiKeyRow>[] = [
  { header: 'Name', value: (key) => key.name },
  { header: 'Prefix', value: (key) => key.prefix },
  { header: 'Scopes', value: (key) => key.scopes.join(' ') },
  { header: 'For', value: keyOwner },
  { header: 'Created', value: (key) => key.createdAt },
  { header: 'Last used', value: (key) => key.lastUsedAt ?? '' },
  { header: 'Revoked', value: (key) => key.revokedAt ?? '' },
];

/** The create form as a person fills it in. `owner` is only offered to an ADMIN. */
export interface ApiKeyFormValues {
  name: string;
  scopes: ApiKeyScope[];
  owner: 'self' | 'company' | 'engineer';
  engineerId: string;
}

/** Field names are the API's input names, so server messages land next to the same fields. */
export const API_KEY_FIELD_LABELS = {
  name: 'Name',
  scopes: 'Scopes',
  engineerId: 'Engineer',
} as const;

export type ApiKeyField = keyof typeof API_KEY_FIELD_LABELS;

/** The API input for the form, or the messages to show next to its fields. */
export function readApiKeyForm(
  values: ApiKeyFormValues,
):
  { input: CreateApiKeyInput; errors: null } | { input: null; errors: Partial<Record<ApiKeyField, string>> } {
  const errors: Partial<Record<ApiKeyField, string>> = {};
  const name = validateRequired(API_KEY_FIELD_LABELS.name)(values.name);
  if (name) errors.name = name;
  else if (values.name.trim().length > 100) errors.name = 'Name must be at most 100 characters';
  if (values.scopes.length === 0) errors.scopes = 'Choose at least one scope';
  else if (values.scopes.includes(FINANCE_READ_SCOPE) && values.scopes.length > 1)
    errors.scopes = 'A finance:read key holds no other scope: create a second key for the others';
  const finance = values.scopes.includes(FINANCE_READ_SCOPE);
  if (!finance && values.owner === 'engineer' && values.engineerId === '')
    errors.engineerId = 'Choose the engineer';
  if (Object.keys(errors).length > 0) return { input: null, errors };
  const scopes = API_KEY_SCOPES.map((scope) => scope.value).filter((scope) => values.scopes.includes(scope));
  const input: CreateApiKeyInput = { name: values.name.trim(), scopes };
  // A finance:read key is always a company key: the server knows, so no owner is sent.
  if (finance) return { input, errors: null };
  if (values.owner === 'company') input.company = true;
  if (values.owner === 'engineer') input.engineerId = values.engineerId;
  return { input, errors: null };
}

/** What a key may be used for, fit for a sentence: "usage:write and budget:read". */
export function scopesText(scopes: readonly string[]): string {
  if (scopes.length <= 1) return scopes.join('');
  return `${scopes.slice(0, -1).join(', ')} and ${scopes[scopes.length - 1]}`;
}

export const KEY_PLACEHOLDER = '<your API key>';

/**
 * The environment that points Claude Code's OpenTelemetry export at Tokenroll: metrics over
 * OTLP http/protobuf to `<origin>/v1/otlp`, authorized with the key.
 */
export function claudeCodeEnv(origin: string, key: string | null): [string, string][] {
  const base = origin.replace(/\/+$/, '');
  return [
    ['CLAUDE_CODE_ENABLE_TELEMETRY', '1'],
    ['OTEL_METRICS_EXPORTER', 'otlp'],
    ['OTEL_EXPORTER_OTLP_PROTOCOL', 'http/protobuf'],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', `${base}/v1/otlp`],
    ['OTEL_EXPORTER_OTLP_HEADERS', `Authorization=Bearer ${key ?? KEY_PLACEHOLDER}`],
  ];
}

/** `export NAME="value"` lines for a shell profile (values quoted: the header has a space). */
export function shellExports(env: readonly [string, string][]): string {
  return env.map(([name, value]) => `export ${name}="${value.replace(/(["\\$`])/g, '\\$1')}"`).join('\n');
}

/** The same variables as the `env` block of Claude Code's settings.json. */
export function settingsJson(env: readonly [string, string][]): string {
  return JSON.stringify({ env: Object.fromEntries(env) }, null, 2);
}
