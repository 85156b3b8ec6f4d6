import { GraphQLError } from 'graphql';
import { UnauthorizedException } from '@nestjs/common';
import { AppError } from './app-error';
import { fieldFromCoercionMessage, formatGraphqlError } from './graphql-errors';

describe('fieldFromCoercionMessage', () => {
  it.each([
    [
      'Variable "$input" got invalid value "BOSS" at "input.roles[0]"; Value "BOSS" does not exist in "Role" enum.',
      'roles',
    ],
    [
      'Variable "$i" got invalid value 42 at "i.name"; String cannot represent a non string value: 42',
      'name',
    ],
    [
      'Variable "$input" got invalid value { a: 1 }; Field "password" of required type "String!" was not provided.',
      'password',
    ],
    ['Variable "$token" of required type "String!" was not provided.', undefined],
    ['Field "salary" is not defined by type "User".', 'salary'],
  ])('%s → %s', (message, field) => {
    expect(fieldFromCoercionMessage(message)).toBe(field);
  });
});

describe('formatGraphqlError', () => {
  const formatted = { message: 'original', path: ['x'] };

  it('keeps an AppError message, code and fields', () => {
    const error = new GraphQLError('wrapped', {
      originalError: AppError.badInput([{ field: 'email', message: 'bad' }]),
    });
    expect(formatGraphqlError(formatted, error, () => undefined)).toMatchObject({
      message: 'email: bad',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'email', message: 'bad' }] },
    });
  });

  it('maps Nest HTTP exceptions by status', () => {
    const error = new GraphQLError('wrapped', { originalError: new UnauthorizedException() });
    expect(formatGraphqlError(formatted, error, () => undefined).extensions).toEqual({
      code: 'UNAUTHENTICATED',
    });
  });

  it('hides unexpected errors and reports them to the caller-supplied logger', () => {
    const seen: unknown[] = [];
    const boom = new Error('duplicate key value violates unique constraint "secret_idx" SELECT * FROM users');
    const result = formatGraphqlError(formatted, new GraphQLError('x', { originalError: boom }), (e) =>
      seen.push(e),
    );
    expect(result).toMatchObject({
      message: 'Internal error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toMatch(/users|secret_idx/);
    expect(seen).toEqual([boom]);
  });

  it('turns GraphQL validation failures into BAD_USER_INPUT', () => {
    const result = formatGraphqlError(
      {
        message: 'Cannot query field "salary" on type "User".',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
      new GraphQLError('x'),
      () => undefined,
    );
    expect(result.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
