import { AllowanceBasis, AllowancePolicy, DEFAULT_ALLOWANCE_POLICY } from '@tokenroll/domain';
import { AllowanceOverride } from './allowance-override.entity';
import { AllowancePolicyRow } from './allowance-policy.entity';

const big = (value: string | null): bigint | null => (value == null ? null : BigInt(value));

/** Row ↔ the domain's AllowancePolicy. A company without a row uses the default (50% of base pay). */
export function toPolicy(row: AllowancePolicyRow | null): AllowancePolicy {
  if (!row) return DEFAULT_ALLOWANCE_POLICY;
  return {
    basis:
      row.basisKind === 'FIXED'
        ? { kind: 'FIXED', annualMicros: BigInt(row.annualMicros ?? '0') }
        : { kind: 'RATIO', ratioBp: row.ratioBp ?? 5000 },
    floorMicros: big(row.floorMicros),
    capMicros: big(row.capMicros),
    fiscalYearStartMonth: row.fiscalYearStartMonth,
    accrual: row.accrual,
    rollover:
      row.rolloverKind === 'CAPPED'
        ? { kind: 'CAPPED', capMicros: BigInt(row.rolloverCapMicros ?? '0') }
        : { kind: row.rolloverKind === 'ALL' ? 'ALL' : 'NONE' },
  };
}

export function policyColumns(policy: AllowancePolicy): Partial<AllowancePolicyRow> {
  return {
    basisKind: policy.basis.kind,
    ratioBp: policy.basis.kind === 'RATIO' ? policy.basis.ratioBp : null,
    annualMicros: policy.basis.kind === 'FIXED' ? policy.basis.annualMicros.toString() : null,
    floorMicros: policy.floorMicros?.toString() ?? null,
    capMicros: policy.capMicros?.toString() ?? null,
    fiscalYearStartMonth: policy.fiscalYearStartMonth,
    accrual: policy.accrual,
    rolloverKind: policy.rollover.kind,
    rolloverCapMicros: policy.rollover.kind === 'CAPPED' ? policy.rollover.capMicros.toString() : null,
  };
}

export function toBasis(
  row: Pick<AllowanceOverride, 'basisKind' | 'ratioBp' | 'annualMicros'>,
): AllowanceBasis | null {
  if (row.basisKind === 'RATIO') return { kind: 'RATIO', ratioBp: row.ratioBp ?? 0 };
  if (row.basisKind === 'FIXED') return { kind: 'FIXED', annualMicros: BigInt(row.annualMicros ?? '0') };
  return null;
}
