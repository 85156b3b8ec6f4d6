/** Exit codes of every command but `statusline` (which always exits 0: it must never break a prompt). */
export const EXIT = {
  OK: 0,
  /** Bad input, a refusal by the API (403, 4xx problem), a server error, an unreadable config file. */
  ERROR: 1,
  /** The API cannot be reached: connection refused, unknown host, timeout. */
  OFFLINE: 2,
  /** No API key configured, or the API says the key is not valid or was revoked (401). */
  UNAUTHORISED: 3,
} as const;

/** An error meant for the user: printed as `tokenroll: <message>` (never with a stack trace). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.ERROR,
    /** The HTTP status when the API refused the request. */
    readonly status?: number,
    /** The `detail` of the API's problem answer, when it sent one. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
