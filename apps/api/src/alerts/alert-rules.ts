import { Money } from '@tokenroll/domain';

/** What a company alerts on when it has not said otherwise: 50 %, 80 % and 100 % of the period's allowance. */
export const DEFAULT_THRESHOLDS_BP = [5000, 8000, 10000];
export const MAX_THRESHOLDS = 10;
export const MIN_THRESHOLD_BP = 1;
export const MAX_THRESHOLD_BP = 20000;

export type AlertKind = 'THRESHOLD' | 'RUN_OUT' | 'OVERAGE';

export interface AlertRuleSettings {
  thresholdsBp: readonly number[];
  runOutAlert: boolean;
}

/** The budget figures an alert is decided on (from BudgetService.figures). */
export interface AlertFigures {
  periodEnd: string;
  allowanceMicros: bigint;
  spentMicros: bigint;
  dailyBurnMicros: bigint;
  runsOutOn: string | null;
  /** How far the balance is below zero (0 when it is not). */
  overageMicros: bigint;
}

export interface DueAlert {
  kind: AlertKind;
  /** The threshold crossed; 0 for a run-out forecast and for overage. */
  thresholdBp: number;
}

/**
 * The alerts an engineer's figures call for (whether already sent is the database's business):
 * every threshold whose share of the period allowance has been spent (spent ≥ allowance × bp / 10000),
 * a run-out forecast when, spending at the current pace, the budget runs out by the period's end; and
 * overage when the balance is below zero (usage recorded beyond a hold or a hard budget), always, with or
 * without an allowance. No threshold without an allowance; no forecast without any spend to take a pace from.
 */
export function dueAlerts(figures: AlertFigures, settings: AlertRuleSettings): DueAlert[] {
  const due: DueAlert[] = [];
  if (figures.overageMicros > 0n) due.push({ kind: 'OVERAGE', thresholdBp: 0 });
  if (figures.allowanceMicros <= 0n) return due;
  for (const bp of [...new Set(settings.thresholdsBp)].sort((a, b) => a - b)) {
    if (figures.spentMicros * 10000n >= figures.allowanceMicros * BigInt(bp))
      due.push({ kind: 'THRESHOLD', thresholdBp: bp });
  }
  if (
    settings.runOutAlert &&
    figures.dailyBurnMicros > 0n &&
    figures.runsOutOn !== null &&
    figures.runsOutOn <= figures.periodEnd
  )
    due.push({ kind: 'RUN_OUT', thresholdBp: 0 });
  return due;
}

/** 8000 → "80%", 8050 → "80.5%", 12500 → "125%". */
export function percent(bp: number): string {
  const whole = Math.floor(bp / 100);
  const rest = bp % 100;
  return rest === 0 ? `${whole}%` : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
}

/** Validates a list of thresholds; the messages name what is wrong (the caller names the field). */
export function thresholdProblems(thresholdsBp: readonly number[]): string[] {
  const problems: string[] = [];
  if (thresholdsBp.length > MAX_THRESHOLDS) problems.push(`must hold at most ${MAX_THRESHOLDS} thresholds`);
  if (thresholdsBp.some((bp) => !Number.isInteger(bp) || bp < MIN_THRESHOLD_BP || bp > MAX_THRESHOLD_BP))
    problems.push(
      `must be whole basis points from ${MIN_THRESHOLD_BP} to ${MAX_THRESHOLD_BP} (10000 = 100% of the allowance)`,
    );
  if (new Set(thresholdsBp).size !== thresholdsBp.length) problems.push('must not repeat a threshold');
  return problems;
}

export interface AlertMessageInput {
  kind: AlertKind;
  thresholdBp: number;
  engineerName: string;
  currency: string;
  periodStart: string;
  periodEnd: string;
  allowanceMicros: bigint;
  spentMicros: bigint;
  availableMicros: bigint;
  runsOutOn: string | null;
  overageMicros: bigint;
}

const money = (micros: bigint, currency: string) => Money.of(micros, currency).format();

/** A pending increase request of the engineer that the recipient may decide, and where to decide it. */
export interface PendingApproval {
  link: string;
  amountMicros: bigint;
  kind: 'TEMPORARY' | 'PERMANENT';
}

/**
 * Subject and text of an alert, for the engineer ("you") or for their manager ("they"); with the link to
 * a pending increase request the manager may decide, when there is one.
 */
export function alertMessage(
  alert: AlertMessageInput,
  audience: 'ENGINEER' | 'MANAGER',
  link: string,
  pending?: PendingApproval,
  sight: AlertSight = 'ALLOWANCE',
): { subject: string; text: string } {
  if (sight === 'SPEND') return spendOnlyMessage(alert, link, pending);
  const you = audience === 'ENGINEER';
  const who = you ? 'You have' : `${alert.engineerName} has`;
  const whose = you ? 'your' : 'their';
  const spent = money(alert.spentMicros, alert.currency);
  const allowance = money(alert.allowanceMicros, alert.currency);
  const available = money(alert.availableMicros, alert.currency);
  const period = `${alert.periodStart} to ${alert.periodEnd}`;
  const share =
    alert.allowanceMicros > 0n ? percent(Number((alert.spentMicros * 10000n) / alert.allowanceMicros)) : '';
  const overage = money(alert.overageMicros, alert.currency);
  const subject =
    alert.kind === 'THRESHOLD'
      ? `${who} used ${percent(alert.thresholdBp)} of ${whose} AI allowance`
      : alert.kind === 'OVERAGE'
        ? `${who} spent ${overage} beyond ${whose} AI allowance`
        : `${you ? 'Your' : `${alert.engineerName}'s`} AI allowance runs out on ${alert.runsOutOn} at ${whose} current pace`;
  const lines = [
    you ? `Hello ${alert.engineerName},` : 'Hello,',
    '',
    `${who} spent ${spent} of ${whose} ${allowance} AI allowance for ${period} (${share}).`,
    alert.kind === 'THRESHOLD'
      ? `That crosses the ${percent(alert.thresholdBp)} alert threshold.`
      : alert.kind === 'OVERAGE'
        ? `Usage beyond the budget was recorded: the balance is ${overage} below zero. Later grants cover it first; a hard budget refuses new work until then.`
        : `At ${whose} current pace it runs out on ${alert.runsOutOn}, before the period ends.`,
    `Available now: ${available}.`,
    ...(pending
      ? [
          '',
          `${alert.engineerName} has asked for ${money(pending.amountMicros, alert.currency)} more (${
            pending.kind === 'TEMPORARY' ? 'temporary, for this period' : 'permanent'
          }). Approve or reject it here: ${pending.link}`,
        ]
      : []),
    '',
    `Details: ${link}`,
    '',
    '— Tokenroll',
  ];
  return { subject, text: lines.join('\n') };
}

/**
 * What a recipient may read of the engineer's allowance: ALLOWANCE (the engineer, HR, or a manager when the
 * company lets managers see allowances) or SPEND (a manager by default: spend and run-out, no allowance
 * figure, no share used, no overage amount; libs/domain payVisibility).
 */
export type AlertSight = 'ALLOWANCE' | 'SPEND';

/**
 * Whether a recipient with this sight gets an alert of this kind at all: a THRESHOLD alert says which share
 * of the allowance the spend reached, and so, with the spend, the allowance itself.
 */
export function alertGoesTo(kind: AlertKind, sight: AlertSight): boolean {
  return sight === 'ALLOWANCE' || kind !== 'THRESHOLD';
}

/** A manager's copy when they may not see the engineer's allowance: spend and run-out, no allowance figure. */
function spendOnlyMessage(
  alert: AlertMessageInput,
  link: string,
  pending?: PendingApproval,
): { subject: string; text: string } {
  const spent = money(alert.spentMicros, alert.currency);
  const period = `${alert.periodStart} to ${alert.periodEnd}`;
  const subject =
    alert.kind === 'OVERAGE'
      ? `${alert.engineerName} has spent beyond their AI allowance`
      : alert.kind === 'RUN_OUT'
        ? `${alert.engineerName}'s AI allowance runs out on ${alert.runsOutOn} at their current pace`
        : `${alert.engineerName}'s AI spend crossed an alert threshold`;
  const lines = [
    'Hello,',
    '',
    `${alert.engineerName} has spent ${spent} on AI tools for ${period}.`,
    alert.kind === 'OVERAGE'
      ? 'Usage beyond the budget was recorded. Later grants cover it first; a hard budget refuses new work until then.'
      : alert.kind === 'RUN_OUT'
        ? `At their current pace it runs out on ${alert.runsOutOn}, before the period ends.`
        : 'Their spend crossed one of the company’s alert thresholds.',
    'Allowance figures are not shown to managers (a company setting).',
    ...(pending
      ? [
          '',
          `${alert.engineerName} has asked for ${money(pending.amountMicros, alert.currency)} more (${
            pending.kind === 'TEMPORARY' ? 'temporary, for this period' : 'permanent'
          }). Approve or reject it here: ${pending.link}`,
        ]
      : []),
    '',
    `Details: ${link}`,
    '',
    '— Tokenroll',
  ];
  return { subject, text: lines.join('\n') };
}

/** One line for chat (the webhook's `text`), about the engineer in the third person. */
export function alertSummary(alert: AlertMessageInput): string {
  const spent = `${money(alert.spentMicros, alert.currency)} of ${money(alert.allowanceMicros, alert.currency)} spent (${alert.periodStart} to ${alert.periodEnd}), ${money(alert.availableMicros, alert.currency)} available`;
  if (alert.kind === 'OVERAGE')
    return `${alert.engineerName} is ${money(alert.overageMicros, alert.currency)} over their AI allowance (usage beyond the budget): ${spent}.`;
  return alert.kind === 'THRESHOLD'
    ? `${alert.engineerName} has used ${percent(alert.thresholdBp)} of their AI allowance: ${spent}.`
    : `${alert.engineerName}'s AI allowance runs out on ${alert.runsOutOn} at their current pace: ${spent}.`;
}
