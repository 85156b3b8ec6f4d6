import { CliError, EXIT } from './errors';

/** How long one request may take, connecting and reading the answer included. */
export const TIMEOUT_MS = 5_000;

/** RFC 9457 problem details, as the API sends them for every error. */
interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
}

/** Why a request did not reach the API, in a few words ("connection refused"). */
export function unreachableReason(error: unknown, timeoutMs: number): string | undefined {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `no answer within ${timeoutMs / 1000} s`;
  // fetch rejects with TypeError('fetch failed') and the socket error as its cause; a name that
  // resolves to several addresses gives an AggregateError of one error per address.
  if (!(error instanceof TypeError) || !error.cause) return undefined;
  const cause = error.cause as { code?: string; message?: string; errors?: { code?: string }[] };
  const code = cause.code ?? cause.errors?.find((inner) => inner.code)?.code;
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
      return 'host not found';
    case 'EAI_AGAIN':
      return 'the host name could not be looked up (DNS)';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'the connection was closed';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'network unreachable';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'connection timed out';
    default:
      return cause.message || code || 'network error';
  }
}

/** The machine API with an engineer API key (`Authorization: Bearer trk_…`). */
export class Api {
  constructor(
    readonly url: string,
    private readonly key: string,
    private readonly timeoutMs = TIMEOUT_MS,
  ) {}

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  private async request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    let status: number;
    let contentType: string;
    let text: string;
    try {
      const response = await fetch(`${this.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.key}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = response.status;
      contentType = response.headers.get('content-type') ?? '';
      text = await response.text();
    } catch (error) {
      const reason = unreachableReason(error, this.timeoutMs);
      if (reason) throw new CliError(`cannot reach ${this.url}: ${reason}`, EXIT.OFFLINE);
      throw error;
    }
    let parsed: unknown;
    const json = /json/i.test(contentType);
    if (json) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    if (status >= 200 && status < 300) {
      if (!json || parsed === undefined)
        throw new CliError(
          `${this.url} answered ${method} ${path} without JSON — is it the Tokenroll API? (set it with tokenroll login --url)`,
        );
      return parsed as T;
    }
    throw refusal(this.url, method, path, status, json ? (parsed as Problem | undefined) : undefined);
  }
}

/** The error for an answer that is not a success, worded for the user. */
function refusal(
  url: string,
  method: string,
  path: string,
  status: number,
  problem: Problem | undefined,
): CliError {
  const detail = typeof problem?.detail === 'string' ? problem.detail.trim() : undefined;
  if (status === 401)
    return new CliError(
      'the API key is not valid or was revoked — run tokenroll login',
      EXIT.UNAUTHORISED,
      status,
      detail,
    );
  if (status === 403) {
    const scope = detail && /lacks the (\S+) scope/.exec(detail)?.[1];
    return new CliError(
      scope
        ? `this API key lacks the ${scope} scope — create a key with ${scope} in Tokenroll (API keys) and run tokenroll login`
        : `refused: ${detail ?? 'forbidden'}`,
      EXIT.ERROR,
      status,
      detail,
    );
  }
  // An unknown route: the server is not (this version of) the Tokenroll API.
  if (status === 404 && (!detail || /^Cannot (GET|POST) /.test(detail)))
    return new CliError(
      `${url} does not offer ${method} ${path.split('?')[0]} — is it the Tokenroll API, and up to date?`,
      EXIT.ERROR,
      status,
      detail,
    );
  if (status >= 500)
    return new CliError(
      `the API at ${url} failed (${status}${detail ? `: ${detail}` : ''}); try again later`,
      EXIT.ERROR,
      status,
      detail,
    );
  return new CliError(detail || `the API refused the request (${status})`, EXIT.ERROR, status, detail);
}
