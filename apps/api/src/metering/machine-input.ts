import { isRfc3339Time, MAX_TOKENS_PER_KIND } from '@tokenroll/domain';
import { FieldError } from '../common/app-error';
import { textProblem } from '../common/text-safety';

/** The most events one `POST /v1/usage` may carry. */
export const MAX_EVENTS_PER_BATCH = 1000;
/** How far ahead of the server's clock an event may claim to have happened (clock skew). */
export const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000;
/** How old usage may be when it arrives (a year and a month: last period plus late data). */
export const MAX_AGE_MS = 400 * 24 * 3600 * 1000;

type Problems = FieldError[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A required (or optional) non-empty text of at most `max` characters, trimmed. */
export function text(
  body: Record<string, unknown>,
  field: string,
  max: number,
  problems: Problems,
  required = true,
): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) {
    if (required) problems.push({ field, message: 'is required' });
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.push({ field, message: 'must be a string' });
    return undefined;
  }
  const trimmed = value.trim();
  const unsafe = textProblem(trimmed);
  if (unsafe) problems.push({ field, message: unsafe });
  else if (!trimmed) problems.push({ field, message: 'must not be empty' });
  else if (trimmed.length > max) problems.push({ field, message: `must be at most ${max} characters` });
  else return trimmed;
  return undefined;
}

/** A whole token count from 0 to MAX_TOKENS_PER_KIND. */
export function tokens(
  body: Record<string, unknown>,
  field: string,
  problems: Problems,
  required = true,
): number {
  const value = body[field];
  if (value === undefined || value === null) {
    if (required) problems.push({ field, message: 'is required' });
    return 0;
  }
  if (typeof value !== 'number' || !Number.isFinite(value))
    problems.push({ field, message: 'must be a number' });
  else if (!Number.isInteger(value)) problems.push({ field, message: 'must be a whole number of tokens' });
  else if (value < 0) problems.push({ field, message: 'must not be negative' });
  else if (value > MAX_TOKENS_PER_KIND)
    problems.push({ field, message: `must not be above ${MAX_TOKENS_PER_KIND.toLocaleString('en-US')}` });
  else return value;
  return 0;
}

export interface UsageEventInput {
  engineerEmail?: string;
  source: string;
  provider: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  occurredAt: Date;
  idempotencyKey: string;
  tags: Record<string, string> | null;
}

const EVENT_FIELDS = new Set([
  'engineerEmail',
  'source',
  'provider',
  'model',
  'inputTokens',
  'outputTokens',
  'cacheReadTokens',
  'cacheWriteTokens',
  'occurredAt',
  'idempotencyKey',
  'tags',
]);

/** One event of a usage batch: the event, or every problem with it (field names as in the contract). */
export function parseUsageEvent(raw: unknown, now: number): UsageEventInput | Problems {
  if (!isObject(raw)) return [{ field: 'event', message: 'must be an object' }];
  const problems: Problems = [];
  for (const key of Object.keys(raw))
    if (!EVENT_FIELDS.has(key)) problems.push({ field: key, message: 'is not a field of a usage event' });
  const engineerEmail = text(raw, 'engineerEmail', 320, problems, false)?.toLowerCase();
  const source = text(raw, 'source', 60, problems);
  const provider = text(raw, 'provider', 40, problems)?.toLowerCase();
  const model = text(raw, 'model', 120, problems);
  const inputTokens = tokens(raw, 'inputTokens', problems);
  const outputTokens = tokens(raw, 'outputTokens', problems);
  const cacheReadTokens = tokens(raw, 'cacheReadTokens', problems, false);
  const cacheWriteTokens = tokens(raw, 'cacheWriteTokens', problems, false);
  const idempotencyKey = text(raw, 'idempotencyKey', 200, problems);
  let occurredAt: Date | undefined;
  const at = raw.occurredAt;
  if (at === undefined || at === null) problems.push({ field: 'occurredAt', message: 'is required' });
  else if (!isRfc3339Time(at))
    problems.push({ field: 'occurredAt', message: 'must be an RFC 3339 time like 2026-11-23T10:15:00Z' });
  else {
    occurredAt = new Date(at);
    if (occurredAt.getTime() > now + MAX_FUTURE_SKEW_MS)
      problems.push({ field: 'occurredAt', message: 'must not be in the future' });
    else if (occurredAt.getTime() < now - MAX_AGE_MS)
      problems.push({ field: 'occurredAt', message: 'must be within the last 400 days' });
  }
  let tags: Record<string, string> | null = null;
  if (raw.tags !== undefined && raw.tags !== null) {
    if (!isObject(raw.tags)) problems.push({ field: 'tags', message: 'must be an object of text values' });
    else {
      const entries = Object.entries(raw.tags);
      if (entries.length > 20) problems.push({ field: 'tags', message: 'must have at most 20 entries' });
      tags = {};
      for (const [key, value] of entries) {
        if (key.length > 60 || textProblem(key) || !key.trim())
          problems.push({ field: `tags`, message: 'names must be 1 to 60 characters of text' });
        else if (typeof value !== 'string' || value.length > 200 || textProblem(value))
          problems.push({ field: `tags.${key}`, message: 'must be text of at most 200 characters' });
        else tags[key] = value;
      }
    }
  }
  if (problems.length) return problems;
  return {
    engineerEmail,
    source: source!,
    provider: provider!,
    model: model!,
    inputTokens,
    outputTokens,
    cacheReadTokens,
    cacheWriteTokens,
    occurredAt: occurredAt!,
    idempotencyKey: idempotencyKey!,
    tags,
  };
}

export interface AuthorizeBody {
  engineerEmail?: string;
  provider: string;
  model: string;
  estimatedInputTokens: number;
  maxOutputTokens: number;
  requestId: string;
  ttlSeconds?: number;
}

export function parseAuthorize(raw: unknown): AuthorizeBody | Problems {
  if (!isObject(raw)) return [{ field: 'body', message: 'must be a JSON object' }];
  const problems: Problems = [];
  const engineerEmail = text(raw, 'engineerEmail', 320, problems, false)?.toLowerCase();
  const provider = text(raw, 'provider', 40, problems)?.toLowerCase();
  const model = text(raw, 'model', 120, problems);
  const estimatedInputTokens = tokens(raw, 'estimatedInputTokens', problems);
  const maxOutputTokens = tokens(raw, 'maxOutputTokens', problems);
  const requestId = text(raw, 'requestId', 200, problems);
  let ttlSeconds: number | undefined;
  if (raw.ttlSeconds !== undefined) {
    if (typeof raw.ttlSeconds !== 'number' || !Number.isInteger(raw.ttlSeconds) || raw.ttlSeconds < 1)
      problems.push({ field: 'ttlSeconds', message: 'must be a whole number of seconds, at least 1' });
    else ttlSeconds = raw.ttlSeconds;
  }
  if (problems.length) return problems;
  return {
    engineerEmail,
    provider: provider!,
    model: model!,
    estimatedInputTokens,
    maxOutputTokens,
    requestId: requestId!,
    ttlSeconds,
  };
}

export function parseSettle(
  raw: unknown,
):
  | { inputTokens: number; outputTokens: number; cacheReadTokens: number; cacheWriteTokens: number }
  | Problems {
  if (!isObject(raw)) return [{ field: 'body', message: 'must be a JSON object' }];
  const problems: Problems = [];
  const usage = {
    inputTokens: tokens(raw, 'inputTokens', problems),
    outputTokens: tokens(raw, 'outputTokens', problems),
    cacheReadTokens: tokens(raw, 'cacheReadTokens', problems, false),
    cacheWriteTokens: tokens(raw, 'cacheWriteTokens', problems, false),
  };
  return problems.length ? problems : usage;
}
