/**
 * The audit log reads as named fields before and after a change, not as raw snapshots. A value is kept as
 * display text (numbers and micro-unit amounts as their digits, lists joined with ", "), or null when the
 * field had no value.
 */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** Bookkeeping fields a reader of the audit log never needs. */
const IGNORED_FIELDS = new Set(['companyId', 'createdAt', 'updatedAt', 'accrualsDueOn']);

/** A field's value as display text; null for none. */
export function auditValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => auditValue(item) ?? '—').join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function fieldsOf(snapshot: unknown): Record<string, unknown> {
  return snapshot !== null && typeof snapshot === 'object' && !Array.isArray(snapshot)
    ? (snapshot as Record<string, unknown>)
    : {};
}

/**
 * The fields whose value differs between two snapshots (a field missing on one side counts as no value), in
 * the order they first appear (before's fields, then after's new ones). A field the same on both sides is
 * left out; so is a field with no value on either side.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const from = fieldsOf(before);
  const to = fieldsOf(after);
  const names = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter(
    (name) => !IGNORED_FIELDS.has(name),
  );
  const changes: AuditChange[] = [];
  for (const field of names) {
    const was = auditValue(from[field]);
    const now = auditValue(to[field]);
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return changes;
}

/** Fields that hold someone's pay (base salary, bonus) rather than an allowance or a setting. */
const PAY_FIELDS = new Set(['annualPayMicros', 'bonusMicros', 'basePayMicros']);

/** Whether a field of an audit entry is a pay figure: `annualMicros` is pay on a pay change, an allowance elsewhere. */
export function isPayFigure(action: string, field: string): boolean {
  return PAY_FIELDS.has(field) || (action === 'PAY_CHANGED' && field === 'annualMicros');
}

/** What a reader who may not see pay gets instead of a pay figure. */
export const HIDDEN_PAY = 'hidden';

/** The changes as a reader sees them: pay figures hidden unless they may see pay. */
export function changesForReader(
  action: string,
  changes: readonly AuditChange[],
  seesPay: boolean,
): AuditChange[] {
  if (seesPay) return [...changes];
  return changes.map((change) =>
    isPayFigure(action, change.field)
      ? {
          field: change.field,
          before: change.before === null ? null : HIDDEN_PAY,
          after: change.after === null ? null : HIDDEN_PAY,
        }
      : change,
  );
}

/**
 * Whether a company would be left with no active ADMIN: `activeAdminIds` are the members who are active
 * ADMINs now, `userId` the member being changed and `stillActiveAdmin` whether they will be one after.
 */
export function leavesNoActiveAdmin(
  activeAdminIds: readonly string[],
  userId: string,
  stillActiveAdmin: boolean,
): boolean {
  if (stillActiveAdmin) return false;
  return activeAdminIds.filter((id) => id !== userId).length === 0;
}
