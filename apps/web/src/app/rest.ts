import { fieldMessage, GENERIC_MESSAGES, humanizeField, type ApiError, type ApiErrorCode } from './errors';
import type { Session } from './session/session';

/** What a REST call answered: enough to read JSON or a problem. */
export interface RestResponse {
  status: number;
  bodyText: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const CODE_BY_STATUS: Record<number, ApiErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  402: 'PAYMENT_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  422: 'UNPROCESSABLE_ENTITY',
  429: 'TOO_MANY_REQUESTS',
};

/**
 * An RFC 9457 problem (`{ title, status, detail, fields }`) as the shape the pages understand.
 * Input and conflict details are written for people; other statuses get the stable wording.
 */
export function problemToApiError(status: number, bodyText: string): ApiError {
  const code: ApiErrorCode =
    status === 0
      ? 'NETWORK'
      : (CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN'));
  let detail: string | null = null;
  const fieldErrors: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(bodyText);
    if (isRecord(parsed)) {
      if (typeof parsed['detail'] === 'string') detail = parsed['detail'];
      if (Array.isArray(parsed['fields'])) {
        for (const entry of parsed['fields']) {
          if (!isRecord(entry)) continue;
          const { field, message } = entry;
          if (typeof field === 'string' && typeof message === 'string' && !(field in fieldErrors))
            fieldErrors[field] = message;
        }
      }
    }
  } catch {
    // not JSON: keep the generic wording
  }
  const fieldText = Object.entries(fieldErrors)
    .map(([field, message]) => fieldMessage(humanizeField(field), message))
    .join('. ');
  const forPeople =
    code === 'BAD_USER_INPUT' ||
    code === 'CONFLICT' ||
    code === 'PAYMENT_REQUIRED' ||
    code === 'UNPROCESSABLE_ENTITY';
  const message =
    status === 413
      ? 'The file is too large to upload.'
      : forPeople && (fieldText || detail)
        ? fieldText || (detail as string)
        : GENERIC_MESSAGES[code];
  return { code, message, fieldErrors };
}

/**
 * Runs a request with the session's access token; on a 401 refreshes the token once and runs it
 * again. When the refresh fails the session ends (the router then sends the person to sign in).
 */
export async function withAccessToken<R extends { status: number }>(
  session: Session,
  send: (token: string | null) => Promise<R>,
): Promise<R> {
  const first = await send(session.getAccessToken());
  if (first.status !== 401) return first;
  const token = await session.refresh();
  if (!token) {
    session.signOut('expired');
    return first;
  }
  const second = await send(token);
  if (second.status === 401) session.signOut('expired');
  return second;
}

/** `attachment; filename="offer-Ada.pdf"` → `offer-Ada.pdf`; the fallback when absent. */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain filename
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/** Saves a blob through a temporary `<a download>` link. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
