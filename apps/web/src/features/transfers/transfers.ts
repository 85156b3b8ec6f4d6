import type {
  MoveAllowanceInput,
  MoveChoicesQuery,
  TransferAllowanceInput,
  TransferFieldsFragment,
  TransfersPageQuery,
} from '../../gql/graphql';
import { formatMicros } from '../../app/money';
import type { CsvColumn } from '../../app/table/csv';
import { MAX_INCREASE_MICROS, readPositiveAmount } from '../requests/requests';

export type TransferRow = TransferFieldsFragment;
export type TransferLimit = NonNullable<TransfersPageQuery['transferLimit']>;
export type MoveTeam = MoveChoicesQuery['teams'][number];
export type MoveEngineer = MoveChoicesQuery['engineers'][number];

export const MAX_NOTE_LENGTH = 200;

/** Field names are the API's input names, so server messages land next to the same fields. */
export const GIFT_FIELD_LABELS = {
  toEngineerId: 'Teammate',
  amount: 'Amount',
  note: 'Note',
} as const;
export type GiftField = keyof typeof GIFT_FIELD_LABELS;

export interface GiftFormValues {
  toEngineerId: string;
  amount: string;
  note: string;
}

function readNote(note: string): string | null {
  return note.trim().length > MAX_NOTE_LENGTH ? `Note must be at most ${MAX_NOTE_LENGTH} characters` : null;
}

/**
 * The API input for a gift, or the messages to show next to its fields: an amount above what the
 * engineer may still give (the company limit less this period's gifts, capped by what they have) is
 * refused here with the figure, before the server would.
 */
export function readGiftForm(
  values: GiftFormValues,
  limit: TransferLimit,
):
  | { input: TransferAllowanceInput; errors: null }
  | { input: null; errors: Partial<Record<GiftField, string>> } {
  const errors: Partial<Record<GiftField, string>> = {};
  if (values.toEngineerId === '') errors.toEngineerId = 'Choose the teammate to give to';
  const amount = readPositiveAmount(
    GIFT_FIELD_LABELS.amount,
    values.amount,
    limit.currency,
    MAX_INCREASE_MICROS,
  );
  if (amount.error) errors.amount = amount.error;
  else if (amount.micros !== null && amount.micros > BigInt(limit.remainingMicros))
    errors.amount = `Amount is more than you may still give: ${formatMicros(limit.remainingMicros, limit.currency)}`;
  const note = readNote(values.note);
  if (note) errors.note = note;
  if (Object.keys(errors).length > 0) return { input: null, errors };
  const input: TransferAllowanceInput = {
    toEngineerId: values.toEngineerId,
    amount: values.amount.trim().replace(/,/g, ''),
  };
  if (values.note.trim()) input.note = values.note.trim();
  return { input, errors: null };
}

/** "20% of your period allowance: $2,000.00; you gave $150.00 this period." */
export function limitSummary(limit: TransferLimit): string {
  const percent = limit.limitBp % 100 === 0 ? String(limit.limitBp / 100) : (limit.limitBp / 100).toFixed(2);
  return `The company lets you give up to ${percent}% of your period allowance: ${formatMicros(limit.limitMicros, limit.currency)}. You gave ${formatMicros(limit.givenMicros, limit.currency)} this period.`;
}

/** Why the remaining figure is what it is: the limit or what is available binds. */
export function remainingNote(limit: TransferLimit): string {
  const byLimit = BigInt(limit.limitMicros) - BigInt(limit.givenMicros);
  if (BigInt(limit.remainingMicros) <= 0n)
    return byLimit <= 0n ? 'You have reached this period’s limit.' : 'You have nothing available to give.';
  return BigInt(limit.availableMicros) < byLimit
    ? 'Limited by what you have available now.'
    : 'Limited by the company’s gift limit.';
}

// --- a manager's move -------------------------------------------------------------------------------

export const MOVE_FIELD_LABELS = {
  from: 'From',
  to: 'To',
  amount: 'Amount',
  note: 'Note',
} as const;
export type MoveField = keyof typeof MOVE_FIELD_LABELS;

export interface MoveFormValues {
  /** 'engineer:<id>' or 'team:<id>' */
  from: string;
  to: string;
  amount: string;
  note: string;
}

/** 'engineer:<id>' → { engineerId }, 'team:<id>' → { teamId }; null when nothing is chosen. */
export function moveEnd(value: string): { engineerId: string } | { teamId: string } | null {
  const [kind, id] = value.split(':', 2);
  if (!id) return null;
  if (kind === 'engineer') return { engineerId: id };
  if (kind === 'team') return { teamId: id };
  return null;
}

export function readMoveForm(
  values: MoveFormValues,
  currency: string,
): { input: MoveAllowanceInput; errors: null } | { input: null; errors: Partial<Record<MoveField, string>> } {
  const errors: Partial<Record<MoveField, string>> = {};
  const from = moveEnd(values.from);
  const to = moveEnd(values.to);
  if (!from) errors.from = 'Choose where the allowance comes from';
  if (!to) errors.to = 'Choose where the allowance goes';
  else if (values.from === values.to) errors.to = 'To must differ from From';
  const amount = readPositiveAmount(MOVE_FIELD_LABELS.amount, values.amount, currency, MAX_INCREASE_MICROS);
  if (amount.error) errors.amount = amount.error;
  const note = readNote(values.note);
  if (note) errors.note = note;
  if (Object.keys(errors).length > 0 || !from || !to) return { input: null, errors };
  const input: MoveAllowanceInput = { from, to, amount: values.amount.trim().replace(/,/g, '') };
  if (values.note.trim()) input.note = values.note.trim();
  return { input, errors: null };
}

/**
 * The teams a member may move between: those they manage and every team below them (an ADMIN: all).
 * The server checks the same; this keeps the choices to what will work.
 */
export function movableTeams(teams: readonly MoveTeam[], userId: string, isAdmin: boolean): MoveTeam[] {
  if (isAdmin) return [...teams].sort((a, b) => a.name.localeCompare(b.name));
  const byId = new Map(teams.map((team) => [team.id, team]));
  const managed = (team: MoveTeam): boolean => {
    const seen = new Set<string>();
    for (let current: MoveTeam | undefined = team; current && !seen.has(current.id);) {
      if (current.managerUserId === userId) return true;
      seen.add(current.id);
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
    return false;
  };
  return teams.filter(managed).sort((a, b) => a.name.localeCompare(b.name));
}

/** The choices of a move's From and To: team pools first, then engineers of those teams. */
export function moveOptions(
  teams: readonly MoveTeam[],
  engineers: readonly MoveEngineer[],
  selfEmail?: string,
): { group: string; items: { value: string; label: string }[] }[] {
  const teamIds = new Set(teams.map((team) => team.id));
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  const people = engineers
    .filter((engineer) => engineer.status === 'ACTIVE')
    .filter((engineer) => engineer.teamId && teamIds.has(engineer.teamId))
    .filter((engineer) => engineer.email.toLowerCase() !== selfEmail?.toLowerCase())
    .sort((a, b) => a.name.localeCompare(b.name));
  return [
    {
      group: 'Team pools',
      items: teams.map((team) => ({ value: `team:${team.id}`, label: `${team.name} pool` })),
    },
    {
      group: 'Engineers',
      items: people.map((engineer) => ({
        value: `engineer:${engineer.id}`,
        label: `${engineer.name} (${teamName.get(engineer.teamId ?? '') ?? 'no team'})`,
      })),
    },
  ].filter((group) => group.items.length > 0);
}

// --- history ---------------------------------------------------------------------------------------

export type Direction = 'given' | 'received' | 'moved';

/** Whether a transfer took from, or gave to, the engineer looking at their history. */
export function directionOf(row: TransferRow, myEngineerId: string | null): Direction {
  if (myEngineerId && row.fromKind === 'ENGINEER_ALLOWANCE' && row.fromOwnerId === myEngineerId)
    return 'given';
  if (myEngineerId && row.toKind === 'ENGINEER_ALLOWANCE' && row.toOwnerId === myEngineerId)
    return 'received';
  return 'moved';
}

/** One end of a transfer in words: "Ann" or "Platform pool". */
export function endLabel(kind: string, name: string): string {
  return kind === 'TEAM_POOL' ? `${name} pool` : name;
}

/** The engineer's own id, from the rows: the end present in every transfer of their history. */
export function myEngineerIdFrom(
  rows: readonly TransferRow[],
  teammateIds: readonly string[],
): string | null {
  if (rows.length === 0) return null;
  const counts = new Map<string, number>();
  for (const row of rows)
    for (const [kind, id] of [
      [row.fromKind, row.fromOwnerId],
      [row.toKind, row.toOwnerId],
    ] as const)
      if (kind === 'ENGINEER_ALLOWANCE' && !teammateIds.includes(id))
        counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [id, count] of counts) if (count === rows.length) return id;
  return null;
}

export function signedAmount(row: TransferRow, direction: Direction, currency: string): string {
  const amount = formatMicros(row.amountMicros, currency);
  return direction === 'given' ? `−${amount}` : direction === 'received' ? `+${amount}` : amount;
}

export function transferCsvColumns(currency: string): CsvColumn<TransferRow>[] {
  return [
    { header: 'When', value: (row) => row.at },
    { header: 'From', value: (row) => endLabel(row.fromKind, row.fromName) },
    { header: 'To', value: (row) => endLabel(row.toKind, row.toName) },
    { header: 'Amount', value: (row) => formatMicros(row.amountMicros, currency) },
    { header: 'Note', value: (row) => row.memo ?? '' },
  ];
}
