import {
  allowanceBasisProblems,
  annualAllowance,
  firstYearAllowance,
  type AllowanceBasis,
  type AllowancePolicy,
} from '@tokenroll/domain';
import type { OfferInputDto } from '../../gql/graphql';
import { validateEmail, validateRequired } from '../../app/forms/validation';
import { amountText, basisPointsToPercent, percentToBasisPoints, readAmount } from '../../app/money';
import { validateDay, validatePay } from '../engineers/validation';
import type { OfferRow } from './offers';

export type OverrideChoice = 'POLICY' | 'RATIO' | 'FIXED';

/** The offer form as a person fills it in: amounts as typed, the override ratio as a percentage. */
export interface OfferFormValues {
  candidateName: string;
  candidateEmail: string;
  title: string;
  level: string;
  location: string;
  teamId: string;
  startDate: string;
  annualPay: string;
  bonusAmount: string;
  equity: string;
  overrideKind: OverrideChoice;
  /** Percent of base pay, e.g. "60" (the API takes basis points: 6000). */
  overrideRatioBp: string;
  overrideAnnualAmount: string;
  overrideReason: string;
}

export type OfferField = keyof OfferFormValues;

/** Field names are the API's input names, so server messages land next to the same fields. */
export const OFFER_FIELD_LABELS: Record<OfferField, string> = {
  candidateName: 'Candidate name',
  candidateEmail: 'Candidate email',
  title: 'Title',
  level: 'Level',
  location: 'Location',
  teamId: 'Team',
  startDate: 'Start date',
  annualPay: 'Annual base pay',
  bonusAmount: 'Annual bonus',
  equity: 'Equity',
  overrideKind: 'Token allowance',
  overrideRatioBp: 'Allowance ratio',
  overrideAnnualAmount: 'Allowance amount',
  overrideReason: 'Reason for the override',
};

/** The server's limits (OfferInputDto), checked before sending. */
const MAX_LENGTHS: Partial<Record<OfferField, number>> = {
  title: 120,
  level: 40,
  location: 120,
  equity: 500,
  overrideReason: 500,
};

export function emptyOfferForm(startDate = ''): OfferFormValues {
  return {
    candidateName: '',
    candidateEmail: '',
    title: '',
    level: '',
    location: '',
    teamId: '',
    startDate,
    annualPay: '',
    bonusAmount: '',
    equity: '',
    overrideKind: 'POLICY',
    overrideRatioBp: '',
    overrideAnnualAmount: '',
    overrideReason: '',
  };
}

/** A saved offer as form values (amounts in plain units, "185000"). */
export function offerFormValues(offer: OfferRow): OfferFormValues {
  const kind: OverrideChoice =
    offer.overrideKind === 'RATIO' ? 'RATIO' : offer.overrideKind === 'FIXED' ? 'FIXED' : 'POLICY';
  return {
    candidateName: offer.candidateName,
    candidateEmail: offer.candidateEmail,
    title: offer.title,
    level: offer.level ?? '',
    location: offer.location ?? '',
    teamId: offer.teamId,
    startDate: offer.startDate,
    annualPay: amountText(offer.annualPayMicros),
    bonusAmount: amountText(offer.bonusMicros),
    equity: offer.equity ?? '',
    overrideKind: kind,
    overrideRatioBp:
      kind === 'RATIO' && offer.overrideRatioBp !== null ? basisPointsToPercent(offer.overrideRatioBp) : '',
    overrideAnnualAmount: kind === 'FIXED' ? amountText(offer.overrideAnnualMicros) : '',
    overrideReason: kind === 'POLICY' ? '' : (offer.overrideReason ?? ''),
  };
}

function problemText(label: string, message: string): string {
  if (/^(must|is|are)\b/.test(message)) return `${label} ${message}`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

const OVERRIDE_DOMAIN_FIELDS: Record<string, OfferField> = {
  'override.kind': 'overrideKind',
  'override.ratioBp': 'overrideRatioBp',
  'override.annualMicros': 'overrideAnnualAmount',
};

/** What the form says, read like the server reads it. */
export interface OfferReading {
  payMicros: bigint | null;
  bonusMicros: bigint | null;
  /** null: the policy applies (or the override is not valid yet, see errors). */
  override: AllowanceBasis | null;
  errors: Partial<Record<OfferField, string>>;
}

/**
 * Reads and checks the form: required fields, amounts as the server parses them (`Money.parse`), and
 * an override checked with the domain's `allowanceBasisProblems` against the policy's annual cap;
 * an override needs a reason.
 */
export function readOfferForm(
  values: OfferFormValues,
  currency: string,
  policyCapMicros: bigint | null,
): OfferReading {
  const label = OFFER_FIELD_LABELS;
  const errors: Partial<Record<OfferField, string>> = {};
  const put = (field: OfferField, message: string | null) => {
    if (message && !errors[field]) errors[field] = message;
  };

  put('candidateName', validateRequired(label.candidateName)(values.candidateName));
  put('candidateEmail', validateEmail(values.candidateEmail));
  put('title', validateRequired(label.title)(values.title));
  if (values.teamId === '') put('teamId', 'Choose a team');
  put('startDate', validateDay(label.startDate)(values.startDate));
  for (const [field, max] of Object.entries(MAX_LENGTHS) as [OfferField, number][]) {
    if (values[field].trim().length > max) put(field, `${label[field]} must be at most ${max} characters`);
  }

  const payProblem = validatePay(label.annualPay, currency)(values.annualPay);
  put('annualPay', payProblem);
  const payMicros = payProblem ? null : readAmount(values.annualPay, currency).micros;

  let bonusMicros: bigint | null = null;
  if (values.bonusAmount.trim() !== '') {
    const read = readAmount(values.bonusAmount, currency);
    if (read.problem !== null) put('bonusAmount', `${label.bonusAmount} ${read.problem}`);
    else bonusMicros = read.micros;
  }

  let override: AllowanceBasis | null = null;
  if (values.overrideKind === 'RATIO') {
    const text = values.overrideRatioBp.trim();
    const bp = text === '' ? null : percentToBasisPoints(text);
    if (text === '') put('overrideRatioBp', `${label.overrideRatioBp} is required`);
    else if (bp === null)
      put('overrideRatioBp', `${label.overrideRatioBp} must be a percentage like 60 or 12.5`);
    else override = { kind: 'RATIO', ratioBp: bp };
  } else if (values.overrideKind === 'FIXED') {
    const text = values.overrideAnnualAmount.trim();
    const read = text === '' ? null : readAmount(text, currency);
    if (read === null) put('overrideAnnualAmount', `${label.overrideAnnualAmount} is required`);
    else if (read.problem !== null)
      put('overrideAnnualAmount', `${label.overrideAnnualAmount} ${read.problem}`);
    else override = { kind: 'FIXED', annualMicros: read.micros };
  }
  if (override) {
    const problems = allowanceBasisProblems(override, policyCapMicros, 'override');
    for (const problem of problems) {
      const field = OVERRIDE_DOMAIN_FIELDS[problem.field] ?? 'overrideKind';
      put(field, problemText(label[field], problem.message));
    }
    if (problems.length > 0) override = null;
  }
  if (values.overrideKind !== 'POLICY' && values.overrideReason.trim() === '')
    put('overrideReason', 'Say why this offer’s allowance differs from the policy');

  return { payMicros, bonusMicros, override, errors };
}

const optional = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * Form → `createOffer` input. Amounts are sent as plain decimals ("200000"), read like the server
 * reads them, so "200,000.00" and "200000" mean the same; the override fields only with an override.
 * Call it with values that passed `readOfferForm`.
 */
export function offerInput(values: OfferFormValues, currency: string): OfferInputDto {
  const amount = (text: string) => {
    const read = readAmount(text, currency);
    return read.problem === null ? amountText(read.micros) : text.trim();
  };
  const kind = values.overrideKind;
  return {
    candidateName: values.candidateName.trim(),
    candidateEmail: values.candidateEmail.trim(),
    title: values.title.trim(),
    level: optional(values.level),
    location: optional(values.location),
    teamId: values.teamId,
    startDate: values.startDate.trim(),
    annualPay: amount(values.annualPay),
    currency,
    bonusAmount: values.bonusAmount.trim() === '' ? null : amount(values.bonusAmount),
    equity: optional(values.equity),
    overrideKind: kind === 'POLICY' ? null : kind,
    overrideRatioBp: kind === 'RATIO' ? percentToBasisPoints(values.overrideRatioBp) : null,
    overrideAnnualAmount: kind === 'FIXED' ? amount(values.overrideAnnualAmount) : null,
    overrideReason: kind === 'POLICY' ? null : values.overrideReason.trim(),
  };
}

/** How the allowance is set, in the letter's words ("60% of base pay"). */
export function allowanceBasisText(basis: AllowanceBasis): string {
  return basis.kind === 'RATIO'
    ? `${basisPointsToPercent(basis.ratioBp)}% of base pay`
    : 'a fixed annual amount';
}

/** The figures of an offer's total compensation, as the preview and the saved terms show them. */
export interface OfferFigures {
  basePayMicros: bigint;
  bonusMicros: bigint | null;
  annualAllowanceMicros: bigint;
  basisText: string;
  monthlyMicros: bigint;
  firstYearMicros: bigint;
  /** The first employed day; the first year's allowance is prorated from it. */
  startDate: string;
  firstPeriodStart: string;
  firstPeriodEnd: string;
  equity: string | null;
  /** Base pay + bonus + token allowance. */
  totalCompMicros: bigint;
}

export type OfferPreviewResult =
  { figures: OfferFigures; problem: null } | { figures: null; problem: string };

/**
 * The offer's terms computed in the browser with the domain's `annualAllowance` and
 * `firstYearAllowance` and the company policy: what the server will compute when it is saved.
 */
export function previewOffer(
  values: OfferFormValues,
  policy: AllowancePolicy | null,
  currency: string,
): OfferPreviewResult {
  if (!policy) return { figures: null, problem: 'The company policy is not available.' };
  const reading = readOfferForm(values, currency, policy.capMicros);
  const { errors } = reading;
  if (reading.payMicros === null || errors.startDate)
    return { figures: null, problem: 'Enter the annual base pay and the start date to see the terms.' };
  if (errors.bonusAmount || errors.overrideKind || errors.overrideRatioBp || errors.overrideAnnualAmount)
    return { figures: null, problem: 'Fix the highlighted amounts to see the terms.' };
  const pay = reading.payMicros;
  const override = values.overrideKind === 'POLICY' ? null : reading.override;
  const annual = annualAllowance(policy, pay, override);
  const firstYear = firstYearAllowance(policy, pay, values.startDate.trim(), override);
  return {
    figures: {
      basePayMicros: pay,
      bonusMicros: reading.bonusMicros,
      annualAllowanceMicros: annual,
      basisText: allowanceBasisText(override ?? policy.basis),
      monthlyMicros: firstYear.monthlyMicros,
      firstYearMicros: firstYear.totalMicros,
      startDate: values.startDate.trim(),
      firstPeriodStart: firstYear.period.start,
      firstPeriodEnd: firstYear.period.end,
      equity: optional(values.equity),
      totalCompMicros: pay + (reading.bonusMicros ?? 0n) + annual,
    },
    problem: null,
  };
}

/** A saved offer's terms, as the server computed them (what the letter prints). */
export function savedOfferFigures(offer: OfferRow): OfferFigures {
  return {
    basePayMicros: BigInt(offer.annualPayMicros),
    bonusMicros: offer.bonusMicros ? BigInt(offer.bonusMicros) : null,
    annualAllowanceMicros: BigInt(offer.terms.annualAllowanceMicros),
    basisText: offer.terms.allowanceBasisText,
    monthlyMicros: BigInt(offer.terms.monthlyMicros),
    firstYearMicros: BigInt(offer.terms.firstYearMicros),
    startDate: offer.startDate,
    firstPeriodStart: offer.terms.firstPeriodStart,
    firstPeriodEnd: offer.terms.firstPeriodEnd,
    equity: offer.equity,
    totalCompMicros: BigInt(offer.terms.totalCompMicros),
  };
}
