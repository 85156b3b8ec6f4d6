import type { UnmappedUsageQuery, UnpricedUsageQuery } from '../../gql/graphql';
import type { CsvColumn } from '../../app/table/csv';

export type UnpricedRow = UnpricedUsageQuery['unpricedUsage'][number];
export type UnmappedRow = UnmappedUsageQuery['unmappedUsage'][number];

/** The prices page with the model filled in, to price it from the queue. */
export function pricesLink(provider: string, model: string): string {
  return `/prices?${new URLSearchParams({ provider, model }).toString()}`;
}

/** Input plus output tokens, exactly (the API sends integer strings). */
export function totalTokens(row: { inputTokens: string; outputTokens: string }): bigint {
  return BigInt(row.inputTokens) + BigInt(row.outputTokens);
}

export function repriceMessage(count: number): string {
  if (count === 0) return 'No events could be priced now.';
  return `Priced ${count.toLocaleString('en-US')} ${count === 1 ? 'event' : 'events'}.`;
}

export function mappedMessage(count: number, engineer: string): string {
  return `Mapped to ${engineer}: ${count.toLocaleString('en-US')} ${count === 1 ? 'record' : 'records'} recorded.`;
}

const IDENTITY_KINDS: Record<string, string> = {
  email: 'Email',
  account_uuid: 'Account UUID',
  api_key: 'Company key (no engineer)',
};

export function identityKindLabel(kind: string): string {
  return IDENTITY_KINDS[kind] ?? kind;
}

export const UNPRICED_CSV_COLUMNS: readonly CsvColumn<UnpricedRow>[] = [
  { header: 'Provider', value: (row) => row.provider },
  { header: 'Model', value: (row) => row.model },
  { header: 'Events', value: (row) => String(row.events) },
  { header: 'Engineers', value: (row) => String(row.engineers) },
  { header: 'Input tokens', value: (row) => row.inputTokens },
  { header: 'Output tokens', value: (row) => row.outputTokens },
  { header: 'First seen', value: (row) => row.firstSeen },
  { header: 'Last seen', value: (row) => row.lastSeen },
];

export const UNMAPPED_CSV_COLUMNS: readonly CsvColumn<UnmappedRow>[] = [
  { header: 'Identity kind', value: (row) => row.identityKind },
  { header: 'Identity', value: (row) => row.identityValue },
  { header: 'Name', value: (row) => row.label },
  { header: 'Records', value: (row) => String(row.records) },
  { header: 'Input tokens', value: (row) => row.inputTokens },
  { header: 'Output tokens', value: (row) => row.outputTokens },
  { header: 'Last seen', value: (row) => row.lastSeen },
];
