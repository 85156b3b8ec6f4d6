import type { ApiError } from '../../app/errors';
import { filenameFromDisposition, problemToApiError, saveBlob, withAccessToken } from '../../app/rest';
import type { Session } from '../../app/session/session';

export type LetterFetch = (input: string, init: RequestInit) => Promise<Response>;

export function letterUrl(offerId: string): string {
  return `/v1/offers/${encodeURIComponent(offerId)}/letter.pdf`;
}

/**
 * Downloads the offer letter PDF with the session's bearer token and saves it under the server's
 * filename. Returns null when saved, or the error to show.
 */
export async function downloadOfferLetter(
  session: Session,
  offerId: string,
  fetchImpl: LetterFetch = (input, init) => fetch(input, init),
  save: (blob: Blob, filename: string) => void = saveBlob,
): Promise<ApiError | null> {
  let response: Response;
  try {
    response = await withAccessToken(session, (token) =>
      fetchImpl(letterUrl(offerId), {
        method: 'GET',
        credentials: 'include',
        headers: { accept: 'application/pdf', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      }),
    );
  } catch {
    return problemToApiError(0, '');
  }
  if (!response.ok) return problemToApiError(response.status, await response.text());
  const blob = await response.blob();
  save(blob, filenameFromDisposition(response.headers.get('content-disposition'), 'offer-letter.pdf'));
  return null;
}
