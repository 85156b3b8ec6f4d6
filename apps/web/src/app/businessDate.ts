import { useCurrentUser } from './session/SessionContext';

/**
 * The company's business date ('YYYY-MM-DD', in its time zone, on the server's business clock): what a
 * page uses for "today" in a business decision (a default start or effective date, whether a budget runs
 * out soon). It comes with the session (`company.today`) and is renewed with it, so it is never the
 * browser's clock, which may sit in another time zone or be wrong. Only below a signed-in route guard.
 */
export function useBusinessDate(): string {
  return useCurrentUser().company.today;
}
