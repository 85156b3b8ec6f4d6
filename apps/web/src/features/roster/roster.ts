import Papa from 'papaparse';
import type { ApiError } from '../../app/errors';
import { problemToApiError, withAccessToken, type RestResponse } from '../../app/rest';
import type { Session } from '../../app/session/session';
import { buildCsv } from '../../app/table/csv';

export type RosterMode = 'dry-run' | 'apply';

export interface RosterProblem {
  line: number;
  field: string;
  message: string;
}

export type RosterAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';

export interface RosterChange {
  line: number;
  email: string;
  action: RosterAction;
  changes: string[];
}

/** `POST /v1/roster/import` answers this for a dry run and for an import. */
export interface RosterResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  applied: boolean;
  problems: RosterProblem[];
  changes: RosterChange[];
}

/** Required columns first, then the optional ones, as the server reads them. */
export const ROSTER_COLUMNS = [
  'name',
  'email',
  'team',
  'start_date',
  'base_pay',
  'currency',
  'allowance_override',
  'title',
  'level',
  'location',
  'end_date',
] as const;

/** A CSV to fill in: the columns and one example row (replace it with your people). */
export function rosterTemplateCsv(currency: string, startDate: string): string {
  return buildCsv(ROSTER_COLUMNS, [
    [
      'Ada Lovelace',
      'ada.lovelace@example.com',
      'Engineering/Platform',
      startDate,
      '185000',
      currency,
      '',
      'Senior Engineer',
      'L5',
      'London',
      '',
    ],
  ]);
}

/** Data rows in a CSV (the header and blank lines not counted), as the server counts them. */
export function countCsvRows(text: string): number {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  return Math.max(parsed.data.length - 1, 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const ACTIONS = new Set<string>(['CREATE', 'UPDATE', 'UNCHANGED']);

/** The response body as a `RosterResult`, or null when it is not one. */
export function parseRosterResult(bodyText: string): RosterResult | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bodyText);
  } catch {
    return null;
  }
  if (!isRecord(parsed)) return null;
  const count = (key: string) => (typeof parsed[key] === 'number' ? parsed[key] : null);
  const rows = count('rows');
  const created = count('created');
  const updated = count('updated');
  const unchanged = count('unchanged');
  if (rows === null || created === null || updated === null || unchanged === null) return null;
  if (!Array.isArray(parsed['problems']) || !Array.isArray(parsed['changes'])) return null;
  const problems: RosterProblem[] = parsed['problems'].filter(isRecord).map((problem) => ({
    line: typeof problem['line'] === 'number' ? problem['line'] : 0,
    field: typeof problem['field'] === 'string' ? problem['field'] : '',
    message: typeof problem['message'] === 'string' ? problem['message'] : '',
  }));
  const changes: RosterChange[] = parsed['changes'].filter(isRecord).map((change) => ({
    line: typeof change['line'] === 'number' ? change['line'] : 0,
    email: typeof change['email'] === 'string' ? change['email'] : '',
    action:
      typeof change['action'] === 'string' && ACTIONS.has(change['action'])
        ? (change['action'] as RosterAction)
        : 'UNCHANGED',
    changes: Array.isArray(change['changes'])
      ? change['changes'].filter((text): text is string => typeof text === 'string')
      : [],
  }));
  return { rows, created, updated, unchanged, applied: parsed['applied'] === true, problems, changes };
}

/** Whether a dry run allows the import: no problems and something to create or update. */
export function canApply(dryRun: RosterResult | null): boolean {
  return dryRun !== null && dryRun.problems.length === 0 && dryRun.created + dryRun.updated > 0;
}

export interface UploadRequest {
  url: string;
  body: Blob | string;
  contentType: string;
  token: string | null;
  /** Bytes sent so far of the whole body. */
  onUploadProgress: (loaded: number, total: number) => void;
  /** The body is sent; the server is working on it. */
  onUploaded: () => void;
}

/** Sends a body and resolves with the answer (status 0: the network failed); never rejects. */
export type Uploader = (request: UploadRequest) => Promise<RestResponse>;

/** An uploader on XMLHttpRequest: unlike fetch it reports upload progress. */
export const xhrUploader: Uploader = (request) =>
  new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', request.url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', request.contentType);
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    if (request.token) xhr.setRequestHeader('authorization', `Bearer ${request.token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) request.onUploadProgress(event.loaded, event.total);
    };
    xhr.upload.onload = () => request.onUploaded();
    xhr.onload = () => resolve({ status: xhr.status, bodyText: xhr.responseText });
    const failed = () => resolve({ status: 0, bodyText: '' });
    xhr.onerror = failed;
    xhr.onabort = failed;
    xhr.ontimeout = failed;
    xhr.send(request.body);
  });

export function rosterImportUrl(mode: RosterMode): string {
  return `/v1/roster/import?mode=${mode}`;
}

/**
 * Uploads the roster CSV for a dry run or an import, with the session's token (refreshed once on a
 * 401). Resolves with the result or the error to show.
 */
export async function uploadRoster(
  session: Session,
  body: Blob | string,
  mode: RosterMode,
  progress: Pick<UploadRequest, 'onUploadProgress' | 'onUploaded'>,
  uploader: Uploader = xhrUploader,
): Promise<{ result: RosterResult; error: null } | { result: null; error: ApiError }> {
  const response = await withAccessToken(session, (token) =>
    uploader({ url: rosterImportUrl(mode), body, contentType: 'text/csv', token, ...progress }),
  );
  if (response.status >= 200 && response.status < 300) {
    const result = parseRosterResult(response.bodyText);
    if (result) return { result, error: null };
    return { result: null, error: problemToApiError(500, '') };
  }
  return { result: null, error: problemToApiError(response.status, response.bodyText) };
}
