import {
  allowancePolicyProblems,
  annualAllowance,
  firstYearAllowance,
  isIsoDate,
  type AllowancePolicy,
  type Period,
} from '@tokenroll/domain';
import type { AllowancePolicyFieldsFragment, UpdateAllowancePolicyInput } from '../../gql/graphql';
import { amountReader } from '../../app/forms/amounts';
import { amountText, basisPointsToPercent, percentToBasisPoints, readAmount } from '../../app/money';

export type BasisKind = 'RATIO' | 'FIXED';
export type AccrualKind = 'MONTHLY' | 'UPFRONT';
export type RolloverKind = 'NONE' | 'CAPPED' | 'ALL';

/** The policy form as a person fills it in: amounts as typed text, the ratio as a percentage. */
export interface PolicyFormValues {
  basisKind: BasisKind;
  /** Percent of base pay, e.g. "50" (the API takes basis points: 5000). */
  ratioBp: string;
  annualAmount: string;
  floorAmount: string;
  capAmount: string;
  /** "1".."12" (a select's value). */
  fiscalYearStartMonth: string;
  accrual: AccrualKind;
  rolloverKind: RolloverKind;
  rolloverCapAmount: string;
  /** The day the change applies from, 'YYYY-MM-DD'; empty: today. */
  effectiveFrom: string;
}

export type PolicyField = keyof PolicyFormValues;

/** Field names are the API's input names, so server messages land next to the same fields. */
export const POLICY_FIELD_LABELS: Record<PolicyField, string> = {
  basisKind: 'Basis',
  ratioBp: 'Ratio of base pay',
  annualAmount: 'Annual amount',
  floorAmount: 'Annual floor',
  capAmount: 'Annual cap',
  fiscalYearStartMonth: 'Fiscal year starts in',
  accrual: 'Accrual',
  rolloverKind: 'Rollover',
  rolloverCapAmount: 'Rollover cap',
  effectiveFrom: 'Applies from',
};

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Where each field of the domain's `allowancePolicyProblems` is on the form. */
const DOMAIN_FIELDS: Record<string, PolicyField> = {
  'basis.kind': 'basisKind',
  'basis.ratioBp': 'ratioBp',
  'basis.annualMicros': 'annualAmount',
  floorMicros: 'floorAmount',
  capMicros: 'capAmount',
  fiscalYearStartMonth: 'fiscalYearStartMonth',
  accrual: 'accrual',
  'rollover.kind': 'rolloverKind',
  'rollover.capMicros': 'rolloverCapAmount',
};

/** "must not be negative" follows the label; a whole sentence ("a ratio over 100% …") stands alone. */
function problemText(label: string, message: string): string {
  if (/^(must|is|are)\b/.test(message)) return `${label} ${message}`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** The saved policy as form values (amounts in plain units, "185000"). */
export function policyFormValues(policy: AllowancePolicyFieldsFragment): PolicyFormValues {
  return {
    basisKind: policy.basisKind === 'FIXED' ? 'FIXED' : 'RATIO',
    ratioBp: policy.ratioBp === null ? '' : basisPointsToPercent(policy.ratioBp),
    annualAmount: amountText(policy.annualMicros),
    floorAmount: amountText(policy.floorMicros),
    capAmount: amountText(policy.capMicros),
    fiscalYearStartMonth: String(policy.fiscalYearStartMonth),
    accrual: policy.accrual === 'UPFRONT' ? 'UPFRONT' : 'MONTHLY',
    rolloverKind:
      policy.rolloverKind === 'CAPPED' ? 'CAPPED' : policy.rolloverKind === 'ALL' ? 'ALL' : 'NONE',
    rolloverCapAmount: amountText(policy.rolloverCapMicros),
    effectiveFrom: '',
  };
}

export type PolicyReading =
  | { policy: AllowancePolicy; errors: Record<string, never> }
  | { policy: null; errors: Partial<Record<PolicyField, string>> };

/**
 * The form's values as the domain's `AllowancePolicy`, exactly what the server will store, or the
 * problems keyed by form field. Amounts are read like the server reads them (`Money.parse`), and the
 * rules are the domain's `allowancePolicyProblems`, so the form and the server agree.
 */
export function readPolicyForm(values: PolicyFormValues, currency: string): PolicyReading {
  const errors: Partial<Record<PolicyField, string>> = {};
  const label = POLICY_FIELD_LABELS;

  const amount = amountReader(values, label, currency, errors);

  let ratioBp = 0;
  let fixedMicros = 0n;
  if (values.basisKind === 'RATIO') {
    const text = values.ratioBp.trim();
    const bp = text === '' ? null : percentToBasisPoints(text);
    if (text === '') errors.ratioBp = `${label.ratioBp} is required`;
    else if (bp === null) errors.ratioBp = `${label.ratioBp} must be a percentage like 50 or 12.5`;
    else ratioBp = bp;
  } else {
    fixedMicros = amount('annualAmount', true) ?? 0n;
  }
  const floorMicros = amount('floorAmount', false);
  const capMicros = amount('capAmount', false);
  const rolloverCapMicros = values.rolloverKind === 'CAPPED' ? amount('rolloverCapAmount', true) : null;

  const policy: AllowancePolicy = {
    basis:
      values.basisKind === 'FIXED'
        ? { kind: 'FIXED', annualMicros: fixedMicros }
        : { kind: 'RATIO', ratioBp },
    floorMicros,
    capMicros,
    fiscalYearStartMonth: Number(values.fiscalYearStartMonth),
    accrual: values.accrual,
    rollover:
      values.rolloverKind === 'CAPPED'
        ? { kind: 'CAPPED', capMicros: rolloverCapMicros ?? 0n }
        : { kind: values.rolloverKind },
  };
  const from = values.effectiveFrom.trim();
  if (from !== '' && !isIsoDate(from))
    errors.effectiveFrom = `${label.effectiveFrom} must be a date like 2026-04-01`;
  for (const problem of allowancePolicyProblems(policy)) {
    const field = DOMAIN_FIELDS[problem.field] ?? 'basisKind';
    if (!errors[field]) errors[field] = problemText(label[field], problem.message);
  }
  if (Object.keys(errors).length > 0) return { policy: null, errors };
  return { policy, errors: {} };
}

/**
 * The saved company policy as the domain's `AllowancePolicy`, read exactly as the policy form reads
 * it (so an offer preview and the policy preview agree); null if the saved policy is not valid.
 */
export function domainPolicyOf(policy: AllowancePolicyFieldsFragment): AllowancePolicy | null {
  return readPolicyForm(policyFormValues(policy), policy.currency).policy;
}

/** Form → `updateAllowancePolicy` input (amounts as typed, the ratio in basis points). */
export function policyInput(values: PolicyFormValues): UpdateAllowancePolicyInput {
  const optional = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    basisKind: values.basisKind,
    ratioBp: values.basisKind === 'RATIO' ? percentToBasisPoints(values.ratioBp) : null,
    annualAmount: values.basisKind === 'FIXED' ? optional(values.annualAmount) : null,
    floorAmount: optional(values.floorAmount),
    capAmount: optional(values.capAmount),
    fiscalYearStartMonth: Number(values.fiscalYearStartMonth),
    accrual: values.accrual,
    rolloverKind: values.rolloverKind,
    rolloverCapAmount: values.rolloverKind === 'CAPPED' ? optional(values.rolloverCapAmount) : null,
    effectiveFrom: optional(values.effectiveFrom),
  };
}

export interface PolicyPreview {
  annualMicros: bigint;
  /** The full-month accrual (annual / 12, rounded half-up). */
  monthlyMicros: bigint;
  /** The first fiscal year's allowance, prorated by days from the start date. */
  firstYearMicros: bigint;
  firstYearPeriod: Period;
  /** Number of grants in the first year (months for a MONTHLY policy, 1 for UPFRONT). */
  firstYearGrants: number;
}

export type PreviewResult =
  | { preview: PolicyPreview; problem: null; salaryError: null; startDateError: null }
  | { preview: null; problem: string | null; salaryError: string | null; startDateError: string | null };

/**
 * What the policy grants for a sample salary and start date, computed with the domain's
 * `annualAllowance` and `firstYearAllowance`: exactly what the server will grant.
 */
export function previewPolicy(
  reading: PolicyReading,
  salaryText: string,
  startDate: string,
  currency: string,
): PreviewResult {
  const salary = salaryText.trim() === '' ? null : readAmount(salaryText, currency);
  const salaryError =
    salary === null ? 'Sample salary is required' : salary.problem ? `Sample salary ${salary.problem}` : null;
  const startDateError = isIsoDate(startDate) ? null : 'Enter a start date';
  const problem = reading.policy ? null : 'Fix the highlighted policy fields to see the preview.';
  if (!reading.policy || salaryError || startDateError || !salary || salary.micros === null) {
    return { preview: null, problem, salaryError, startDateError };
  }
  const pay = salary.micros;
  const firstYear = firstYearAllowance(reading.policy, pay, startDate);
  return {
    preview: {
      annualMicros: annualAllowance(reading.policy, pay),
      monthlyMicros: firstYear.monthlyMicros,
      firstYearMicros: firstYear.totalMicros,
      firstYearPeriod: firstYear.period,
      firstYearGrants: firstYear.grants.length,
    },
    problem: null,
    salaryError: null,
    startDateError: null,
  };
}
