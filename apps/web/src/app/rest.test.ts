import { describe, expect, it } from 'vitest';
import { filenameFromDisposition, problemToApiError } from './rest';

describe('REST answers', () => {
  it('reads the filename of a Content-Disposition header', () => {
    expect(filenameFromDisposition('attachment; filename="offer-Grace-Hopper.pdf"', 'x.pdf')).toBe(
      'offer-Grace-Hopper.pdf',
    );
    expect(filenameFromDisposition("attachment; filename*=UTF-8''offer-J%C3%BCrgen.pdf", 'x.pdf')).toBe(
      'offer-Jürgen.pdf',
    );
    expect(filenameFromDisposition(null, 'x.pdf')).toBe('x.pdf');
  });

  it('turns RFC 9457 problems into messages for people', () => {
    expect(problemToApiError(404, '{"title":"NOT_FOUND","detail":"No such offer"}')).toEqual({
      code: 'NOT_FOUND',
      message: "We couldn't find what you were looking for.",
      fieldErrors: {},
    });
    expect(problemToApiError(409, '{"detail":"The offer changed meanwhile; reload it"}').message).toBe(
      'The offer changed meanwhile; reload it',
    );
    expect(problemToApiError(502, '<html>').code).toBe('INTERNAL_SERVER_ERROR');
    expect(problemToApiError(413, '').message).toBe('The file is too large to upload.');
  });

  it('names the metering statuses: 402 an exhausted budget, 413 too large, 422 an unprocessable body', () => {
    expect(problemToApiError(402, '{"detail":"Alice’s budget has run out"}')).toEqual({
      code: 'PAYMENT_REQUIRED',
      message: 'Alice’s budget has run out',
      fieldErrors: {},
    });
    expect(problemToApiError(413, '').code).toBe('PAYLOAD_TOO_LARGE');
    expect(
      problemToApiError(422, '{"detail":"x","fields":[{"field":"events","message":"must not be empty"}]}'),
    ).toEqual({
      code: 'UNPROCESSABLE_ENTITY',
      message: 'Events must not be empty',
      fieldErrors: { events: 'must not be empty' },
    });
  });
});
