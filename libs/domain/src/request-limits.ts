import type { PolicyProblem } from './allowance';

/**
 * The company's limits on asking for more and giving away: which increase requests are approved at once
 * from the team pool, how much one engineer may get that way in a period, which requests need HR, and how
 * much of their period allowance an engineer may give teammates.
 */
export interface RequestLimits {
  /** Temporary increase requests up to this amount are approved at once from the team pool (0: none are). */
  autoApproveMicros: bigint;
  /**
   * The most one engineer may get by auto-approval in one allowance period (the fiscal year), all requests
   * together; past it, a request waits for the manager. Keeps one engineer from emptying the pool with
   * many small requests.
   */
  autoApprovePerPeriodMicros: bigint;
  /** Increase requests above this amount need HR after the manager. */
  hrApprovalAboveMicros: bigint;
  /** The most of their period allowance an engineer may give teammates in a period, in basis points. */
  giftLimitBp: number;
}

/** What a company that never changed them has: 50.00 auto-approved, 100.00 a period each, HR above 1,000.00, gifts up to 20%. */
export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  autoApproveMicros: 50_000_000n,
  autoApprovePerPeriodMicros: 100_000_000n,
  hrApprovalAboveMicros: 1_000_000_000n,
  giftLimitBp: 2000,
};

/** The largest amount a limit (or one increase request) may name: 1,000,000 in the company currency. */
export const MAX_REQUEST_AMOUNT_MICROS = 1_000_000n * 1_000_000n;

const AMOUNTS = ['autoApproveMicros', 'autoApprovePerPeriodMicros', 'hrApprovalAboveMicros'] as const;

/** Every problem of a set of limits, by field (the `RequestLimits` key); empty when they are valid. */
export function requestLimitsProblems(limits: RequestLimits): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const valid = new Set<string>();
  for (const field of AMOUNTS) {
    const value: unknown = limits[field];
    if (typeof value !== 'bigint')
      problems.push({ field, message: 'must be an amount in micro-units (bigint)' });
    else if (value < 0n) problems.push({ field, message: 'must not be negative' });
    else if (value > MAX_REQUEST_AMOUNT_MICROS)
      problems.push({ field, message: 'must be at most 1,000,000' });
    else valid.add(field);
  }
  if (
    valid.has('autoApproveMicros') &&
    valid.has('hrApprovalAboveMicros') &&
    limits.hrApprovalAboveMicros < limits.autoApproveMicros
  )
    problems.push({
      field: 'hrApprovalAboveMicros',
      message: 'must not be below the auto-approval threshold',
    });
  if (
    valid.has('autoApproveMicros') &&
    valid.has('autoApprovePerPeriodMicros') &&
    limits.autoApprovePerPeriodMicros < limits.autoApproveMicros
  )
    problems.push({
      field: 'autoApprovePerPeriodMicros',
      message: 'must be at least the auto-approval threshold (one request)',
    });
  const bp: unknown = limits.giftLimitBp;
  if (typeof bp !== 'number' || !Number.isInteger(bp))
    problems.push({ field: 'giftLimitBp', message: 'must be a whole number of basis points (2000 = 20%)' });
  else if (bp < 0) problems.push({ field: 'giftLimitBp', message: 'must not be negative' });
  else if (bp > 10_000)
    problems.push({ field: 'giftLimitBp', message: 'must be at most 10000 basis points (100%)' });
  return problems;
}

/** The most an engineer may give teammates in a period: `giftLimitBp` of their period allowance, rounded down. */
export function giftLimitMicros(periodAllowanceMicros: bigint, giftLimitBp: number): bigint {
  if (periodAllowanceMicros <= 0n) return 0n;
  return (periodAllowanceMicros * BigInt(giftLimitBp)) / 10_000n;
}

/** Why an increase request waits for a person instead of being approved at once. */
export type PendingReasonCode =
  /** The manager approved; above the HR threshold, HR decides now. */
  | 'HR_STEP'
  /** A permanent increase changes the engineer's rule: a person always decides. */
  | 'PERMANENT'
  /** Above the company's auto-approval threshold (or auto-approval is off). */
  | 'ABOVE_AUTO_APPROVAL'
  /** Within the threshold, but it would take the engineer past the per-period cap on auto-approved amounts. */
  | 'AUTO_APPROVAL_CAP_REACHED'
  /** Within the threshold and the cap: the team pool could not cover it (no pool, or not enough in it). */
  | 'POOL_SHORT';

/** Every pending reason code (the database's check constraint on `increase_requests.pending_reason` lists the same). */
export const PENDING_REASON_CODES: readonly PendingReasonCode[] = [
  'HR_STEP',
  'PERMANENT',
  'ABOVE_AUTO_APPROVAL',
  'AUTO_APPROVAL_CAP_REACHED',
  'POOL_SHORT',
];

export interface PendingRequest {
  status: string;
  kind: string;
  amountMicros: bigint;
}

/**
 * Why a pending request waits for the manager (or HR), judged by the same limits that auto-approval
 * applies: the threshold, then the engineer's per-period cap (`autoApprovedMicros` already approved
 * automatically in the request's period, before this request), then the pool. Null when the request is not
 * pending. Judged once, when the request is decided to wait (the api stores the code with the figures it
 * cites), so a later change of the limits does not rewrite why an old request waited.
 */
export function pendingReason(
  request: PendingRequest,
  limits: Pick<RequestLimits, 'autoApproveMicros' | 'autoApprovePerPeriodMicros'>,
  autoApprovedMicros: bigint,
): PendingReasonCode | null {
  if (request.status === 'PENDING_HR') return 'HR_STEP';
  if (request.status !== 'PENDING_MANAGER') return null;
  if (request.kind !== 'TEMPORARY') return 'PERMANENT';
  if (request.amountMicros > limits.autoApproveMicros) return 'ABOVE_AUTO_APPROVAL';
  if (autoApprovedMicros + request.amountMicros > limits.autoApprovePerPeriodMicros)
    return 'AUTO_APPROVAL_CAP_REACHED';
  return 'POOL_SHORT';
}

/**
 * The limit a pending reason cites (the HR threshold, the auto-approval threshold or the per-period cap), or
 * null when it cites none: kept with the code so the reason still reads as it was judged.
 */
export function pendingReasonLimit(
  code: PendingReasonCode,
  limits: Pick<RequestLimits, 'autoApproveMicros' | 'autoApprovePerPeriodMicros' | 'hrApprovalAboveMicros'>,
): bigint | null {
  switch (code) {
    case 'HR_STEP':
      return limits.hrApprovalAboveMicros;
    case 'ABOVE_AUTO_APPROVAL':
      return limits.autoApproveMicros;
    case 'AUTO_APPROVAL_CAP_REACHED':
      return limits.autoApprovePerPeriodMicros;
    default:
      return null;
  }
}
