import { costWithUnpriced, Money } from '@tokenroll/domain';
import { Budget, IncreaseRequest, UsageRow, UsageSummary } from './api-types';
import { CliError } from './errors';

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Characters a terminal shows (ANSI colours left out; every character of our output is one column). */
export function width(text: string): number {
  return Array.from(text.replace(ANSI, '')).length;
}

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  red(text: string): string;
}

/** ANSI colours when `enabled` (a TTY without NO_COLOR), else plain text. */
export function style(enabled: boolean): Style {
  const sgr = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { bold: sgr(1, 22), dim: sgr(2, 22), green: sgr(32, 39), yellow: sgr(33, 39), red: sgr(31, 39) };
}

/** Colours for this stream: only a terminal, and never with NO_COLOR set (https://no-color.org). */
export function colorsFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

/** Rows as aligned columns, two spaces apart; no trailing spaces. */
export function table(header: string[], rows: string[][], align: ('left' | 'right')[]): string[] {
  const widths = header.map((cell, column) =>
    Math.max(width(cell), ...rows.map((row) => width(row[column]))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => {
        const padding = ' '.repeat(widths[column] - width(cell));
        return align[column] === 'right' ? padding + cell : cell + padding;
      })
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

// ---------------------------------------------------------------------------
// Money and dates (amounts never go through a JS number)
// ---------------------------------------------------------------------------

/** "4.040000" USD → "$4.04"; a text the API should never send is shown as it came. */
export function money(decimal: string, currency: string): string {
  try {
    return Money.fromDecimalString(decimal, currency).format();
  } catch {
    return `${decimal} ${currency}`;
  }
}

function isPositive(decimal: string, currency: string): boolean {
  try {
    return Money.fromDecimalString(decimal, currency).isPositive();
  } catch {
    return false;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dateParts(iso: string): { year: string; month: string; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? { year: match[1], month, day: Number(match[3]) } : undefined;
}

/** "2026-11-24" → "Nov 24". */
export function shortDate(iso: string): string {
  const parts = dateParts(iso);
  return parts ? `${parts.month} ${parts.day}` : iso;
}

/** "2026-11-24" → "Nov 24, 2026". */
export function longDate(iso: string): string {
  const parts = dateParts(iso);
  return parts ? `${parts.month} ${parts.day}, ${parts.year}` : iso;
}

/** An instant in the local time zone (or `timeZone`): "Nov 16, 09:41". */
export function localTime(instant: string, timeZone?: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

// ---------------------------------------------------------------------------
// Budget
// ---------------------------------------------------------------------------

/** ok: on or under pace; warn: over pace or running out before the period ends; out: nothing left, or overage. */
export type BudgetState = 'ok' | 'warn' | 'out';

export function budgetState(budget: Budget): BudgetState {
  if (!isPositive(budget.available, budget.currency) || isPositive(budget.overage, budget.currency))
    return 'out';
  if (budget.runsOutOn || (budget.pace !== null && Number(budget.pace) > 1)) return 'warn';
  return 'ok';
}

function paint(state: BudgetState, text: string, s: Style): string {
  return state === 'ok' ? s.green(text) : state === 'warn' ? s.yellow(text) : s.red(text);
}

function paceWords(pace: string): string {
  const ratio = Number(pace);
  if (ratio > 1) return 'spending faster than the allowance accrues';
  if (ratio < 1) return 'spending slower than the allowance accrues';
  return 'on pace with the allowance';
}

/** `tokenroll budget`: the period's figures at a glance. */
export function budgetReport(budget: Budget, s: Style = style(false)): string[] {
  const m = (decimal: string) => money(decimal, budget.currency);
  const burning = isPositive(budget.dailyBurn, budget.currency);
  const atBurn = burning ? ` at ${m(budget.dailyBurn)} a day` : '';
  const rows: [string, string][] = [
    [
      'Available',
      paint(budgetState(budget), m(budget.available), s) +
        (isPositive(budget.fromTeamPool, budget.currency)
          ? s.dim(`  (${m(budget.fromTeamPool)} of it from the team pool)`)
          : ''),
    ],
    ['Spent', `${m(budget.spent)} of ${m(budget.allowance)}`],
    [
      'Pace',
      budget.pace === null
        ? 'none (no allowance this period)'
        : `${budget.pace}× — ${paceWords(budget.pace)}`,
    ],
    ['Runs out', budget.runsOutOn ? `${longDate(budget.runsOutOn)}${atBurn}` : `lasts the period${atBurn}`],
    ['Held', `${m(budget.held)}${s.dim('  (reserved for requests in flight)')}`],
  ];
  if (isPositive(budget.overage, budget.currency)) rows.push(['Overage', s.red(m(budget.overage))]);
  rows.push([
    'Enforcement',
    budget.enforcement === 'hard'
      ? 'hard — model requests are refused once nothing is left'
      : 'soft — model requests go on; spend past the budget is overage',
  ]);
  const label = Math.max(...rows.map(([name]) => name.length));
  return [
    s.bold(`Budget ${longDate(budget.periodStart)} – ${longDate(budget.periodEnd)} (${budget.currency})`),
    ...rows.map(([name, value]) => `  ${name.padEnd(label)}  ${value}`),
  ];
}

/** The longest `tokenroll statusline` may be, in characters. */
export const STATUSLINE_MAX = 40;
export const STATUSLINE_OFFLINE = '◆ tokenroll offline';
export const STATUSLINE_LOGIN = '◆ tokenroll: log in';
export const STATUSLINE_ERROR = '◆ tokenroll error';

/**
 * One short line for a prompt or status bar: `◆ $4.04 left · out Nov 24 · 1.02×`. Parts are dropped
 * from the end (pace, then the date) until it fits in STATUSLINE_MAX characters.
 */
export function statusline(budget: Budget, s: Style = style(false)): string {
  const m = (decimal: string) => money(decimal, budget.currency);
  const parts = [`◆ ${m(budget.available)} left`];
  if (isPositive(budget.overage, budget.currency)) parts.push(`${m(budget.overage)} over`);
  else if (budget.runsOutOn) parts.push(`out ${shortDate(budget.runsOutOn)}`);
  if (budget.pace !== null) parts.push(`${budget.pace}×`);
  while (parts.length > 1 && width(parts.join(' · ')) > STATUSLINE_MAX) parts.pop();
  parts[0] = paint(budgetState(budget), parts[0], s);
  return parts.join(' · ');
}

// ---------------------------------------------------------------------------
// Usage
// ---------------------------------------------------------------------------

function usageTable(title: string, rows: UsageRow[], currency: string): string[] {
  return table(
    [title, 'Cost', 'Events', 'Input tokens', 'Output tokens'],
    rows.map((row) => [
      row.key,
      // Unpriced usage has no cost yet: "unpriced (N tokens)", never $0.00.
      costWithUnpriced(money(row.cost, currency), row),
      row.events.toLocaleString('en-US'),
      row.inputTokens.toLocaleString('en-US'),
      row.outputTokens.toLocaleString('en-US'),
    ]),
    ['left', 'right', 'right', 'right', 'right'],
  );
}

/** `tokenroll usage`: the total, then one table by model and one by tool. */
export function usageReport(
  usage: UsageSummary,
  since: string,
  s: Style = style(false),
  timeZone?: string,
): string[] {
  const when = `since ${localTime(usage.since, timeZone)}${/^\d+[dhm]$/.test(since.trim()) ? ` (last ${since.trim()})` : ''}`;
  if (usage.events === 0) return [`No usage ${when}.`];
  return [
    `${s.bold(costWithUnpriced(money(usage.total, usage.currency), usage))} in ${usage.events.toLocaleString('en-US')} event${usage.events === 1 ? '' : 's'} ${when}`,
    '',
    ...usageTable('Model', usage.byModel, usage.currency),
    '',
    ...usageTable('Tool', usage.bySource, usage.currency),
  ];
}

// ---------------------------------------------------------------------------
// Increase requests
// ---------------------------------------------------------------------------

/**
 * A positive amount as the API takes it: "50" → "50.00", "1,250.5" → "1250.50", "0.125" → "0.125".
 * Parsed exactly (no float); the currency is the company's, so only the number is checked here.
 */
export function normalizeAmount(text: string): string {
  let micros: bigint;
  try {
    micros = Money.parse(text, 'USD').micros;
  } catch {
    throw new CliError(`the amount must be a number such as 50 or 12.50, not ${JSON.stringify(text)}`);
  }
  if (micros <= 0n) throw new CliError(`the amount must be more than zero, not ${JSON.stringify(text)}`);
  const whole = micros / 1_000_000n;
  const fraction = (micros % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '').padEnd(2, '0');
  return `${whole}.${fraction}`;
}

const WHO: Record<string, string> = { manager: 'your manager', hr: 'HR' };

/** What became of an increase request, in one line. */
export function requestOutcome(answer: IncreaseRequest): string {
  const amount = money(answer.amount, answer.currency);
  const kind = answer.kind === 'PERMANENT' ? 'permanent' : 'temporary';
  const who = answer.approver ? WHO[answer.approver] : undefined;
  if (answer.status === 'APPROVED')
    return `Approved ${who ? `by ${who}` : 'automatically'}: ${amount} more (${kind}). Request ${answer.id}.`;
  if (answer.status === 'PENDING')
    return `Pending: ${amount} more (${kind}) waits for ${who ? `${who}’s approval` : 'approval'}. Request ${answer.id}.`;
  return `Request ${answer.id} for ${amount} (${kind}): ${answer.status.toLowerCase()}.`;
}
