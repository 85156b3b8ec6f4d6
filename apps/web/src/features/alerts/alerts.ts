import type {
  AlertDeliveriesQuery,
  AlertSettingsFieldsFragment,
  CreateWebhookEndpointInput,
  UpdateAlertSettingsInput,
  WebhookFormat,
} from '../../gql/graphql';
import { basisPointsToPercent, percentToBasisPoints } from '../../app/money';
import type { CsvColumn } from '../../app/table/csv';

export type DeliveryRow = AlertDeliveriesQuery['alertDeliveries'][number];
export type AlertSettingsRow = AlertSettingsFieldsFragment;

export const DEFAULT_THRESHOLDS_BP = [5000, 8000, 10000];
export const MAX_THRESHOLDS = 10;
export const MAX_THRESHOLD_BP = 20000;

export const SETTINGS_FIELD_LABELS = {
  thresholdsBp: 'Thresholds',
  runOutAlert: 'Run-out alert',
  mailEnabled: 'Email',
  webhooksEnabled: 'Webhooks',
} as const;
export type SettingsField = keyof typeof SETTINGS_FIELD_LABELS;

export interface SettingsFormValues {
  thresholds: string;
  runOutAlert: boolean;
  mailEnabled: boolean;
  webhooksEnabled: boolean;
}

/** [5000, 8000, 10000] → "50, 80, 100". */
export function thresholdsText(bp: readonly number[]): string {
  return bp.map(basisPointsToPercent).join(', ');
}

/**
 * "50, 80, 100" (percent of the period allowance, `%` optional) → basis points, sorted; or what is wrong,
 * fit to follow the label "Thresholds".
 */
export function parseThresholds(text: string): { bp: number[]; error: null } | { bp: null; error: string } {
  const parts = text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0)
    return { bp: null, error: 'Thresholds needs at least one percentage, like 50, 80, 100' };
  if (parts.length > MAX_THRESHOLDS)
    return { bp: null, error: `Thresholds may hold at most ${MAX_THRESHOLDS} values` };
  const bp: number[] = [];
  for (const part of parts) {
    const value = percentToBasisPoints(part);
    if (value === null)
      return { bp: null, error: `Thresholds: “${part}” is not a percentage like 80 or 82.5` };
    if (value < 1 || value > MAX_THRESHOLD_BP)
      return { bp: null, error: `Thresholds must be between 0.01% and ${MAX_THRESHOLD_BP / 100}%` };
    bp.push(value);
  }
  if (new Set(bp).size !== bp.length) return { bp: null, error: 'Thresholds must not repeat a value' };
  return { bp: bp.sort((a, b) => a - b), error: null };
}

export function readSettingsForm(
  values: SettingsFormValues,
):
  | { input: UpdateAlertSettingsInput; errors: null }
  | { input: null; errors: Partial<Record<SettingsField, string>> } {
  const thresholds = parseThresholds(values.thresholds);
  if (thresholds.error !== null) return { input: null, errors: { thresholdsBp: thresholds.error } };
  return {
    input: {
      thresholdsBp: thresholds.bp,
      runOutAlert: values.runOutAlert,
      mailEnabled: values.mailEnabled,
      webhooksEnabled: values.webhooksEnabled,
    },
    errors: null,
  };
}

export function settingsValues(settings: AlertSettingsRow): SettingsFormValues {
  return {
    thresholds: thresholdsText(settings.thresholdsBp),
    runOutAlert: settings.runOutAlert,
    mailEnabled: settings.mailEnabled,
    webhooksEnabled: settings.webhooksEnabled,
  };
}

// --- webhooks --------------------------------------------------------------------------------------

export const ENDPOINT_FIELD_LABELS = { url: 'URL', format: 'Format' } as const;
export type EndpointField = keyof typeof ENDPOINT_FIELD_LABELS;

/** The same rule as the server: an absolute http(s) URL without a user name or password. */
export function webhookUrlProblem(raw: string): string | null {
  const url = raw.trim();
  if (!url) return 'URL is required';
  if (url.length > 2000) return 'URL must be at most 2000 characters';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'URL must be an absolute http(s) URL, like https://hooks.example.com/tokenroll';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'URL must use http or https';
  if (parsed.username || parsed.password) return 'URL must not carry a user name or password';
  return null;
}

export function readEndpointForm(values: {
  url: string;
  format: WebhookFormat;
}):
  | { input: CreateWebhookEndpointInput; errors: null }
  | { input: null; errors: Partial<Record<EndpointField, string>> } {
  const problem = webhookUrlProblem(values.url);
  if (problem) return { input: null, errors: { url: problem } };
  return { input: { url: values.url.trim(), format: values.format }, errors: null };
}

export function formatLabel(format: string): string {
  return format === 'SLACK' ? 'Slack text' : 'JSON event';
}

// --- delivery log ----------------------------------------------------------------------------------

export const DELIVERY_STATUSES = ['PENDING', 'SENT', 'FAILED', 'SKIPPED'] as const;

export function deliveryStatusColor(status: string): string {
  if (status === 'SENT') return 'green';
  if (status === 'FAILED') return 'red';
  if (status === 'SKIPPED') return 'gray';
  return 'yellow';
}

export function deliveryKindLabel(kind: string): string {
  return (
    { ALERT: 'Alert', INVITATION: 'Invitation', APPROVAL: 'Request to approve', TEST: 'Test' }[kind] ?? kind
  );
}

/** "2 of 12" attempts. */
export function attemptsText(row: Pick<DeliveryRow, 'attempts' | 'maxAttempts'>): string {
  return `${row.attempts} of ${row.maxAttempts}`;
}

/** Whether a PENDING delivery is being retried (it failed before) rather than waiting its first try. */
export function isRetrying(row: Pick<DeliveryRow, 'status' | 'attempts'>): boolean {
  return row.status === 'PENDING' && row.attempts > 0;
}

export const DELIVERY_CSV_COLUMNS: readonly CsvColumn<DeliveryRow>[] = [
  { header: 'Created', value: (row) => row.createdAt },
  { header: 'Kind', value: (row) => row.kind },
  { header: 'Channel', value: (row) => row.channel },
  { header: 'Recipient', value: (row) => row.recipient },
  { header: 'Subject', value: (row) => row.subject ?? '' },
  { header: 'Status', value: (row) => row.status },
  { header: 'Attempts', value: (row) => String(row.attempts) },
  { header: 'Next attempt', value: (row) => row.nextAttemptAt ?? '' },
  { header: 'Last error', value: (row) => row.lastError ?? '' },
  { header: 'Sent', value: (row) => row.sentAt ?? '' },
];

/** After "Send test email". */
export function testEmailMessage(result: { sent: boolean; to: string; error?: string | null }): string {
  if (result.sent) return `Test email sent to ${result.to}. Check the inbox (and the spam folder).`;
  return `The test email to ${result.to} was not sent: ${result.error ?? 'unknown error'}.`;
}

/** After "Evaluate now". */
export function evaluatedMessage(created: number): string {
  if (created === 0) return 'No new alerts: nobody crossed a threshold since the last evaluation.';
  return `${created} new alert${created === 1 ? '' : 's'} created; mail and webhooks are on their way.`;
}
