import { AllowanceBasis, AllowancePolicy, DEFAULT_ALLOWANCE_POLICY, OverrideChange } from '@tokenroll/domain';
import { AllowanceOverride } from './allowance-override.entity';

const big = (value: string | null): bigint | null => (value == null ? null : BigInt(value));

/** A row of `allowance_policy_versions` as read (amounts as text, the date as 'YYYY-MM-DD'). */
export interface PolicyVersionRow {
  effective_from: string;
  basis_kind: 'RATIO' | 'FIXED';
  ratio_bp: number | null;
  annual_micros: string | null;
  floor_micros: string | null;
  cap_micros: string | null;
  fiscal_year_start_month: number;
  accrual: 'MONTHLY' | 'UPFRONT';
  rollover_kind: 'NONE' | 'CAPPED' | 'ALL';
  rollover_cap_micros: string | null;
  created_at: Date;
}

/** Row ↔ the domain's AllowancePolicy. A company that never saved a policy uses the default (50% of base pay). */
export function toPolicy(row: PolicyVersionRow | null): AllowancePolicy {
  if (!row) return DEFAULT_ALLOWANCE_POLICY;
  return {
    basis:
      row.basis_kind === 'FIXED'
        ? { kind: 'FIXED', annualMicros: BigInt(row.annual_micros ?? '0') }
        : { kind: 'RATIO', ratioBp: row.ratio_bp ?? 5000 },
    floorMicros: big(row.floor_micros),
    capMicros: big(row.cap_micros),
    fiscalYearStartMonth: row.fiscal_year_start_month,
    accrual: row.accrual,
    rollover:
      row.rollover_kind === 'CAPPED'
        ? { kind: 'CAPPED', capMicros: BigInt(row.rollover_cap_micros ?? '0') }
        : { kind: row.rollover_kind === 'ALL' ? 'ALL' : 'NONE' },
  };
}

/** The version's columns after (company_id, effective_from), in insert order. */
export function versionColumns(policy: AllowancePolicy): (string | number | null)[] {
  return [
    policy.basis.kind,
    policy.basis.kind === 'RATIO' ? policy.basis.ratioBp : null,
    policy.basis.kind === 'FIXED' ? policy.basis.annualMicros.toString() : null,
    policy.floorMicros?.toString() ?? null,
    policy.capMicros?.toString() ?? null,
    policy.fiscalYearStartMonth,
    policy.accrual,
    policy.rollover.kind,
    policy.rollover.kind === 'CAPPED' ? policy.rollover.capMicros.toString() : null,
  ];
}

export function toBasis(
  row: Pick<AllowanceOverride, 'basisKind' | 'ratioBp' | 'annualMicros'>,
): AllowanceBasis | null {
  if (row.basisKind === 'RATIO') return { kind: 'RATIO', ratioBp: row.ratioBp ?? 0 };
  if (row.basisKind === 'FIXED') return { kind: 'FIXED', annualMicros: BigInt(row.annualMicros ?? '0') };
  return null;
}

/** An override row as the rule takes it. */
export function toOverrideChange(row: AllowanceOverride): OverrideChange {
  return {
    effectiveFrom: row.effectiveFrom,
    basis: toBasis(row),
    topUpMicros: BigInt(row.topUpMicros ?? '0'),
  };
}
