import { allowanceBasisProblems, type AllowanceBasis } from '@tokenroll/domain';
import type { SetAllowanceOverrideInput } from '../../gql/graphql';
import { percentToBasisPoints, readAmount } from '../../app/money';
import { validateDay } from './validation';

export type OverrideChoice = 'POLICY' | 'RATIO' | 'FIXED';

export interface OverrideFormValues {
  effectiveFrom: string;
  basisKind: OverrideChoice;
  /** Percent of base pay, e.g. "60". */
  ratioBp: string;
  annualAmount: string;
  reason: string;
}

export type OverrideField = keyof OverrideFormValues;

export const OVERRIDE_FIELD_LABELS: Record<OverrideField, string> = {
  effectiveFrom: 'Effective from',
  basisKind: 'Allowance basis',
  ratioBp: 'Ratio of base pay',
  annualAmount: 'Annual amount',
  reason: 'Reason',
};

const DOMAIN_FIELDS: Record<string, OverrideField> = {
  'override.kind': 'basisKind',
  'override.ratioBp': 'ratioBp',
  'override.annualMicros': 'annualAmount',
};

function problemText(label: string, message: string): string {
  if (/^(must|is|are)\b/.test(message)) return `${label} ${message}`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * The override form as `setAllowanceOverride` input, or the problems keyed by field. The basis is
 * checked with the domain's `allowanceBasisProblems` against the policy's annual cap (a ratio over
 * 100% needs one), like the server does.
 */
export function readOverrideForm(
  values: OverrideFormValues,
  engineerId: string,
  currency: string,
  policyCapMicros: bigint | null,
):
  | { input: SetAllowanceOverrideInput; errors: null }
  | { input: null; errors: Partial<Record<OverrideField, string>> } {
  const label = OVERRIDE_FIELD_LABELS;
  const errors: Partial<Record<OverrideField, string>> = {};
  const dayProblem = validateDay(label.effectiveFrom)(values.effectiveFrom);
  if (dayProblem) errors.effectiveFrom = dayProblem;
  if (values.reason.trim() === '')
    errors.reason = 'Say why this engineer’s allowance differs from the policy';

  let basis: AllowanceBasis | null = null;
  if (values.basisKind === 'RATIO') {
    const bp = percentToBasisPoints(values.ratioBp);
    if (values.ratioBp.trim() === '') errors.ratioBp = `${label.ratioBp} is required`;
    else if (bp === null) errors.ratioBp = `${label.ratioBp} must be a percentage like 50 or 12.5`;
    else basis = { kind: 'RATIO', ratioBp: bp };
  } else if (values.basisKind === 'FIXED') {
    if (values.annualAmount.trim() === '') errors.annualAmount = `${label.annualAmount} is required`;
    else {
      const read = readAmount(values.annualAmount, currency);
      if (read.problem !== null) errors.annualAmount = `${label.annualAmount} ${read.problem}`;
      else basis = { kind: 'FIXED', annualMicros: read.micros };
    }
  }
  if (basis) {
    for (const problem of allowanceBasisProblems(basis, policyCapMicros, 'override')) {
      const field = DOMAIN_FIELDS[problem.field] ?? 'basisKind';
      if (!errors[field]) errors[field] = problemText(label[field], problem.message);
    }
  }
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    input: {
      engineerId,
      effectiveFrom: values.effectiveFrom.trim(),
      basisKind: basis?.kind ?? null,
      ratioBp: basis?.kind === 'RATIO' ? basis.ratioBp : null,
      annualAmount: basis?.kind === 'FIXED' ? values.annualAmount.trim() : null,
      reason: values.reason.trim(),
    },
    errors: null,
  };
}
