import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { isUnauthenticated, parseApiError, splitFieldErrors } from './errors';
import { applyApiError } from './forms/applyApiError';

const graphQLError = (errors: { message: string; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors });

describe('parseApiError', () => {
  it('reads the code and maps extensions.fields by input field name', () => {
    const error = graphQLError([
      {
        message: 'Invalid input',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { field: 'email', message: 'Email is not valid' },
            { field: 'input.password', message: 'Too short' },
            { field: 'email', message: 'second message is ignored' },
            { nonsense: true },
          ],
        },
      },
    ]);
    expect(parseApiError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Invalid input',
      fieldErrors: { email: 'Email is not valid', password: 'Too short' },
    });
  });

  it('hides server wording for internal errors', () => {
    const error = graphQLError([
      { message: 'relation "users" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(parseApiError(error).message).toBe('Something went wrong on our side. Please try again.');
  });

  it('treats an unknown code as unknown', () => {
    expect(parseApiError(graphQLError([{ message: 'x', extensions: { code: 'WAT' } }])).code).toBe('UNKNOWN');
  });

  it('reads GraphQL errors from a non-200 body', () => {
    const body = JSON.stringify({
      errors: [{ message: 'Slow down', extensions: { code: 'TOO_MANY_REQUESTS' } }],
    });
    const error = new ServerError('bad status', {
      response: new Response(body, { status: 429 }),
      bodyText: body,
    });
    expect(parseApiError(error)).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: 'Slow down' });
  });

  it('knows the metering codes and keeps their messages, which are written for people', () => {
    for (const code of ['PAYMENT_REQUIRED', 'PAYLOAD_TOO_LARGE', 'UNPROCESSABLE_ENTITY']) {
      const parsed = parseApiError(graphQLError([{ message: `Told by ${code}`, extensions: { code } }]));
      expect(parsed).toEqual({ code, message: `Told by ${code}`, fieldErrors: {} });
    }
  });

  it('calls a failed fetch a network problem', () => {
    expect(parseApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });

  it('recognises UNAUTHENTICATED among several errors', () => {
    expect(
      isUnauthenticated(
        graphQLError([
          { message: 'a', extensions: { code: 'FORBIDDEN' } },
          { message: 'b', extensions: { code: 'UNAUTHENTICATED' } },
        ]),
      ),
    ).toBe(true);
    expect(isUnauthenticated(graphQLError([{ message: 'a', extensions: { code: 'FORBIDDEN' } }]))).toBe(
      false,
    );
  });
});

describe('mapping server field errors onto a form', () => {
  const conflict = graphQLError([
    {
      message: 'Email already registered',
      extensions: {
        code: 'CONFLICT',
        fields: [{ field: 'email', message: 'This email is already registered' }],
      },
    },
  ]);

  it('puts each message on its field and leaves no banner when all are placed', () => {
    const set: Record<string, string>[] = [];
    const { banner } = applyApiError({ setErrors: (e) => set.push(e) }, conflict, {
      email: 'Work email',
      password: 'Password',
    });
    expect(set).toEqual([{ email: 'This email is already registered' }]);
    expect(banner).toBeNull();
  });

  it('sends messages for fields not on the form to the banner', () => {
    const result = splitFieldErrors(
      {
        code: 'BAD_USER_INPUT',
        message: 'Invalid',
        fieldErrors: { token: 'Invitation expired', name: 'Too long' },
      },
      { name: 'Your name', password: 'Password' },
    );
    expect(result).toEqual({ fieldErrors: { name: 'Too long' }, banner: 'Invitation expired' });
  });

  it('puts the field label in front of fragment messages such as "is already registered"', () => {
    const result = splitFieldErrors(
      {
        code: 'BAD_USER_INPUT',
        message: 'x',
        fieldErrors: { email: 'is already registered', companyName: 'is required', password: 'Too weak' },
      },
      { email: 'Work email', password: 'Password' },
    );
    expect(result).toEqual({
      fieldErrors: { email: 'Work email is already registered', password: 'Too weak' },
      banner: 'Company name is required',
    });
  });

  it('uses the general message when there are no field messages', () => {
    expect(
      splitFieldErrors({ code: 'FORBIDDEN', message: 'No', fieldErrors: {} }, { email: 'Email' }),
    ).toEqual({ fieldErrors: {}, banner: 'No' });
  });

  it('lets a page override the wording of one code (sign-in never says which part was wrong)', () => {
    const wrong = graphQLError([{ message: 'Invalid credentials', extensions: { code: 'UNAUTHENTICATED' } }]);
    const { banner } = applyApiError(
      { setErrors: () => undefined },
      wrong,
      { email: 'Email' },
      { UNAUTHENTICATED: 'Email or password is incorrect' },
    );
    expect(banner).toBe('Email or password is incorrect');
  });
});
