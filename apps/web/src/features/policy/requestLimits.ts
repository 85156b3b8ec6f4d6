import { requestLimitsProblems, type RequestLimits } from '@tokenroll/domain';
import type { RequestLimitsFieldsFragment, RequestLimitsInput } from '../../gql/graphql';
import { amountReader } from '../../app/forms/amounts';
import { amountText, basisPointsToPercent, percentToBasisPoints } from '../../app/money';

/** The request limits as a person fills them in: amounts as typed, the gift limit as a percentage. */
export interface RequestLimitsFormValues {
  autoApproveAmount: string;
  autoApprovePerPeriodAmount: string;
  hrApprovalAboveAmount: string;
  /** Percent of the period allowance, e.g. "20" (the API takes basis points: 2000). */
  giftLimitBp: string;
}

export type RequestLimitsField = keyof RequestLimitsFormValues;

/** Field names are the API's input names, so server messages land next to the same fields. */
export const REQUEST_LIMIT_LABELS: Record<RequestLimitsField, string> = {
  autoApproveAmount: 'Auto-approval threshold',
  autoApprovePerPeriodAmount: 'Auto-approved per engineer and period',
  hrApprovalAboveAmount: 'HR approval above',
  giftLimitBp: 'Gift limit',
};

/** The domain's field (`autoApproveMicros`) is the API's input field (`autoApproveAmount`). */
const formField = (domainField: string) => domainField.replace(/Micros$/, 'Amount') as RequestLimitsField;

/** "must not be negative" follows the label; a whole sentence stands alone. */
const problemText = (label: string, message: string) =>
  /^(must|is)\b/.test(message) ? `${label} ${message}` : message.charAt(0).toUpperCase() + message.slice(1);

export function requestLimitsFormValues(limits: RequestLimitsFieldsFragment): RequestLimitsFormValues {
  return {
    autoApproveAmount: amountText(limits.autoApproveMicros),
    autoApprovePerPeriodAmount: amountText(limits.autoApprovePerPeriodMicros),
    hrApprovalAboveAmount: amountText(limits.hrApprovalAboveMicros),
    giftLimitBp: basisPointsToPercent(limits.giftLimitBp),
  };
}

export type RequestLimitsReading =
  | { limits: RequestLimits; errors: Record<string, never> }
  | { limits: null; errors: Partial<Record<RequestLimitsField, string>> };

/**
 * The form's values as the domain's `RequestLimits`, read as the server reads them, or the problems by
 * field: the rules are the domain's `requestLimitsProblems`, so the form and the server agree.
 */
export function readRequestLimitsForm(
  values: RequestLimitsFormValues,
  currency: string,
): RequestLimitsReading {
  const errors: Partial<Record<RequestLimitsField, string>> = {};
  const label = REQUEST_LIMIT_LABELS;
  const read = amountReader(values, label, currency, errors);
  const amount = (field: RequestLimitsField): bigint => read(field, true) ?? 0n;
  const limits: RequestLimits = {
    autoApproveMicros: amount('autoApproveAmount'),
    autoApprovePerPeriodMicros: amount('autoApprovePerPeriodAmount'),
    hrApprovalAboveMicros: amount('hrApprovalAboveAmount'),
    giftLimitBp: 0,
  };
  const percent = values.giftLimitBp.trim();
  const bp = percent === '' ? null : percentToBasisPoints(percent);
  if (percent === '') errors.giftLimitBp = `${label.giftLimitBp} is required`;
  else if (bp === null) errors.giftLimitBp = `${label.giftLimitBp} must be a percentage like 20 or 12.5`;
  else if (bp > 10_000) errors.giftLimitBp = `${label.giftLimitBp} must be at most 100%`;
  else limits.giftLimitBp = bp;
  if (Object.keys(errors).length === 0)
    for (const problem of requestLimitsProblems(limits)) {
      const field = formField(problem.field);
      if (!errors[field]) errors[field] = problemText(label[field], problem.message);
    }
  if (Object.keys(errors).length > 0) return { limits: null, errors };
  return { limits, errors: {} };
}

/** Form → `updateRequestLimits` input (amounts as typed, the gift limit in basis points). */
export function requestLimitsInput(values: RequestLimitsFormValues): RequestLimitsInput {
  return {
    autoApproveAmount: values.autoApproveAmount.trim(),
    autoApprovePerPeriodAmount: values.autoApprovePerPeriodAmount.trim(),
    hrApprovalAboveAmount: values.hrApprovalAboveAmount.trim(),
    giftLimitBp: percentToBasisPoints(values.giftLimitBp) ?? 0,
  };
}
