/** The answers of the machine API the CLI reads (apps/api: metering.controller.ts, api-keys.controller.ts). */

/** `GET /v1/keys/current` */
export interface CurrentKey {
  keyId: string;
  /** Null for a company key, which acts for no single engineer. */
  engineerId: string | null;
  scopes: string[];
}

/** `GET /v1/budget`: amounts are decimal strings in `currency`. */
export interface Budget {
  currency: string;
  periodStart: string;
  periodEnd: string;
  allowance: string;
  accrued: string;
  spent: string;
  held: string;
  available: string;
  overage: string;
  /** The day the available amount runs out at the current burn; null when it lasts the period. */
  runsOutOn: string | null;
  /** Spend against the accrued share of the allowance ("1.02"); null without an allowance. */
  pace: string | null;
  dailyBurn: string;
  /** Of `available`, what the team pool adds. */
  fromTeamPool: string;
  enforcement: 'hard' | 'soft';
}

export interface UsageRow {
  key: string;
  cost: string;
  events: number;
  inputTokens: number;
  outputTokens: number;
  /** Of the events, those with no price yet (their cost is not known, never $0), and their tokens. */
  unpricedEvents: number;
  unpricedTokens: number;
}

/** `GET /v1/usage/summary?since=7d` */
export interface UsageSummary {
  currency: string;
  /** The moment the summary starts (RFC 3339). */
  since: string;
  /** The cost of the priced usage. */
  total: string;
  events: number;
  /** Usage with no price yet: shown as "unpriced" with its tokens. */
  unpricedEvents: number;
  unpricedTokens: number;
  byModel: UsageRow[];
  bySource: UsageRow[];
}

/** `POST /v1/increase-requests` */
export interface IncreaseRequest {
  id: string;
  /** 'APPROVED' or 'PENDING' (any other status is shown as it comes). */
  status: string;
  amount: string;
  currency: string;
  kind: 'TEMPORARY' | 'PERMANENT';
  approver: 'auto' | 'manager' | 'hr' | null;
}
