/**
 * The ledger's account kinds and every reference format, in one file. A reference is the idempotency key of
 * a posting (unique per company): posting the same reference twice changes nothing. Callers build their
 * references here, never by hand, so the formats are written down once and can be parsed back.
 */

/** The kinds of ledger account (`ledger_accounts.kind`); the order is the global lock order. */
export const ACCOUNT_KINDS = [
  'COMPANY_FUNDING',
  'ENGINEER_ALLOWANCE',
  'TEAM_POOL',
  'SPEND',
  'EXPIRY',
] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** The kinds of ledger entry (`ledger_entries.kind`). */
export const ENTRY_KINDS = [
  'GRANT',
  'ADJUSTMENT',
  'SPEND',
  'TRANSFER',
  'ROLLOVER',
  'EXPIRY',
  'FORFEIT',
  'REVERSAL',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** `'YYYY-MM'`. */
type Month = string;
/** `'YYYY-MM-DD'`. */
type Day = string;

/** Every reference the ledger is posted with, by format. */
export const references = {
  /** A monthly allowance grant: `accrual:<engineer>:<YYYY-MM>`. */
  accrual: (engineerId: string, month: Month) => `accrual:${engineerId}:${month}`,
  /** The LIKE pattern of every grant of an engineer. */
  accrualsOf: (engineerId: string) => `accrual:${engineerId}:%`,
  /** The unused allowance forfeited on leaving: `forfeit:<engineer>:<end date>`. */
  forfeit: (engineerId: string, endDate: Day) => `forfeit:${engineerId}:${endDate}`,
  /** What expires beyond the rollover at the end of a period: `period-end:<engineer>:<period end>`. */
  periodEnd: (engineerId: string, periodEnd: Day) => `period-end:${engineerId}:${periodEnd}`,
  /** One engineer's spend of a usage batch in a month (of its events): `usage:<batch>:<engineer>:<YYYY-MM>`. */
  usage: (batchId: string, engineerId: string, month: Month) => `usage:${batchId}:${engineerId}:${month}`,
  /** One engineer's true-up of usage priced after the fact, by month: `reprice:<batch>:<engineer>:<YYYY-MM>`. */
  reprice: (batchId: string, engineerId: string, month: Month) => `reprice:${batchId}:${engineerId}:${month}`,
  /** The usage of a settled hold, on the engineer's allowance: `settle:<hold>`. */
  settle: (holdId: string) => `settle:${holdId}`,
  /** The team pool's part of a settled hold: `settle:<hold>:pool`. */
  settlePool: (holdId: string) => `settle:${holdId}:pool`,
  /** A gift between teammates: `gift:<id>`. */
  gift: (id: string) => `gift:${id}`,
  /** A manager's move between engineers and the team pool: `move:<id>`. */
  move: (id: string) => `move:${id}`,
  /** The LIKE patterns of transfers. */
  gifts: 'gift:%',
  moves: 'move:%',
  /** An approved increase request: `increase:<request>`. */
  increase: (requestId: string) => `increase:${requestId}`,
  /** Funding of a team pool: `team-pool:<team>:<id>`. */
  teamPool: (teamId: string, id: string) => `team-pool:${teamId}:${id}`,
  /** The reversal of an entry: `reversal:<entry>`. */
  reversal: (entryId: string) => `reversal:${entryId}`,
} as const;

export type ReferenceFormat = keyof typeof references;

const ACCRUAL = /^accrual:([0-9a-f-]{36}):(\d{4}-\d{2})$/;

/** The engineer and month of an accrual reference, or null for any other reference. */
export function parseAccrual(reference: string): { engineerId: string; month: Month } | null {
  const match = ACCRUAL.exec(reference);
  return match ? { engineerId: match[1], month: match[2] } : null;
}

/**
 * A hold is a two-phase transfer, as in TigerBeetle: pending (it reserves an amount on the allowance and
 * perhaps the team pool), then exactly one of posted (settled: the actual usage is charged, the rest
 * released), voided (released by the caller) or expired (released when its TTL ran out). `holds.status`
 * keeps the names it was created with; this is the mapping.
 */
export const HOLD_STATES = {
  HELD: 'pending',
  SETTLED: 'posted',
  VOIDED: 'voided',
  EXPIRED: 'expired',
} as const;
export type HoldStatus = keyof typeof HOLD_STATES;
export type HoldState = (typeof HOLD_STATES)[HoldStatus];

/** The two-phase state of a hold's stored status. */
export function holdState(status: HoldStatus): HoldState {
  return HOLD_STATES[status];
}

/** A pending hold may end once; an ended hold never changes again. */
export function canEndHold(status: HoldStatus): boolean {
  return holdState(status) === 'pending';
}
