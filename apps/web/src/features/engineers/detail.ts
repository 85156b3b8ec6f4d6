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
  const basis =
    override.basisKind === 'RATIO' && override.ratioBp !== null
      ? `${basisPointsToPercent(override.ratioBp)}% of base pay`
      : override.basisKind === 'FIXED'
        ? `${formatMicros(override.annualMicros, currency)} a year`
        : 'the company policy';
  const topUp = BigInt(override.topUpMicros ?? '0');
  return topUp > 0n
    ? `${basis} + ${formatMicros(override.topUpMicros ?? '0', currency)} a year (permanent increase)`
    : basis;
}
