import type { EngineerQuery } from '../../gql/graphql';
import { basisPointsToPercent, formatMicros } from '../../app/money';

export type EngineerDetail = EngineerQuery['engineer'];
export type Override = NonNullable<NonNullable<EngineerDetail['allowance']>['override']>;

/** "ACCRUAL_GRANT" → "Accrual grant". */
export function humanizeKind(kind: string): string {
  const words = kind.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What an override grants, in words: "60% of base pay", "$50,000.00 a year", "the company policy". */
export function overrideBasisText(override: Override, currency: string): string {
  if (override.basisKind === 'RATIO' && override.ratioBp !== null)
    return `${basisPointsToPercent(override.ratioBp)}% of base pay`;
  if (override.basisKind === 'FIXED') return `${formatMicros(override.annualMicros, currency)} a year`;
  return 'the company policy';
}
