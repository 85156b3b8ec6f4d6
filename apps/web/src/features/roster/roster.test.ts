import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { Session } from '../../app/session/session';
import { authPayload, makeUser, signedOutRefresh } from '../../test/render';
import {
  canApply,
  countCsvRows,
  parseRosterResult,
  rosterTemplateCsv,
  uploadRoster,
  type RosterResult,
  type UploadRequest,
} from './roster';

const result = (overrides: Partial<RosterResult> = {}): RosterResult => ({
  rows: 3,
  created: 2,
  updated: 1,
  unchanged: 0,
  applied: false,
  problems: [],
  changes: [],
  ...overrides,
});

describe('roster template', () => {
  it('has every column the import reads and an example row that the import accepts', () => {
    const csv = rosterTemplateCsv('EUR', '2026-12-01');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: 'greedy' });
    expect(parsed.meta.fields).toEqual([
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
    ]);
    expect(parsed.data).toEqual([
      {
        name: 'Ada Lovelace',
        email: 'ada.lovelace@example.com',
        team: 'Engineering/Platform',
        start_date: '2026-12-01',
        base_pay: '185000',
        currency: 'EUR',
        allowance_override: '',
        title: 'Senior Engineer',
        level: 'L5',
        location: 'London',
        end_date: '',
      },
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('counting rows', () => {
  it('skips the header, blank lines and a byte-order mark; keeps quoted line breaks in one row', () => {
    expect(countCsvRows('\uFEFFname,email\na,b\n\n"c\nd",e\n')).toBe(2);
    expect(countCsvRows('name,email\n')).toBe(0);
    expect(countCsvRows('')).toBe(0);
  });
});

describe('reading the server answer', () => {
  it('reads counts, problems and changes', () => {
    const body = JSON.stringify({
      rows: 2,
      created: 1,
      updated: 0,
      unchanged: 0,
      applied: false,
      problems: [{ line: 3, field: 'start_date', message: 'must be a date like 2026-04-01' }],
      changes: [{ line: 2, email: 'a@example.com', action: 'CREATE', changes: [] }],
    });
    expect(parseRosterResult(body)).toEqual({
      rows: 2,
      created: 1,
      updated: 0,
      unchanged: 0,
      applied: false,
      problems: [{ line: 3, field: 'start_date', message: 'must be a date like 2026-04-01' }],
      changes: [{ line: 2, email: 'a@example.com', action: 'CREATE', changes: [] }],
    });
  });

  it('refuses anything else', () => {
    expect(parseRosterResult('not json')).toBeNull();
    expect(parseRosterResult('{"rows":1}')).toBeNull();
    expect(parseRosterResult('[]')).toBeNull();
  });

  it('allows the import only after a clean dry run with something to do', () => {
    expect(canApply(null)).toBe(false);
    expect(canApply(result())).toBe(true);
    expect(canApply(result({ problems: [{ line: 2, field: 'team', message: 'x' }] }))).toBe(false);
    expect(canApply(result({ created: 0, updated: 0, unchanged: 3 }))).toBe(false);
  });
});

describe('uploading', () => {
  const user = makeUser(['HR']);

  it('sends the CSV as text/csv with the bearer token for the mode, and reports progress', async () => {
    const session = new Session({ uri: '/graphql', fetch: signedOutRefresh });
    session.signIn(authPayload(user, 'token-1'));
    const seen: Omit<UploadRequest, 'onUploadProgress' | 'onUploaded'>[] = [];
    const progress: string[] = [];
    const answer = await uploadRoster(
      session,
      'name,email\n',
      'dry-run',
      {
        onUploadProgress: (loaded, total) => progress.push(`${loaded}/${total}`),
        onUploaded: () => progress.push('uploaded'),
      },
      async ({ onUploadProgress, onUploaded, ...request }) => {
        seen.push(request);
        onUploadProgress(5, 10);
        onUploaded();
        return { status: 200, bodyText: JSON.stringify(result()) };
      },
    );
    expect(answer).toEqual({ result: result(), error: null });
    expect(seen).toEqual([
      {
        url: '/v1/roster/import?mode=dry-run',
        body: 'name,email\n',
        contentType: 'text/csv',
        token: 'token-1',
      },
    ]);
    expect(progress).toEqual(['5/10', 'uploaded']);
  });

  it('refreshes an expired token once and sends again', async () => {
    const session = new Session({
      uri: '/graphql',
      fetch: async () =>
        new Response(JSON.stringify({ data: { refreshSession: authPayload(user, 'token-2') } }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    });
    session.signIn(authPayload(user, 'token-1'));
    const tokens: (string | null)[] = [];
    const answer = await uploadRoster(
      session,
      'x',
      'apply',
      { onUploadProgress: () => undefined, onUploaded: () => undefined },
      async ({ token }) => {
        tokens.push(token);
        return token === 'token-1'
          ? { status: 401, bodyText: '{"title":"UNAUTHENTICATED","status":401}' }
          : { status: 200, bodyText: JSON.stringify(result({ applied: true })) };
      },
    );
    expect(tokens).toEqual(['token-1', 'token-2']);
    expect(answer.result?.applied).toBe(true);
  });

  it('turns a problem answer into a message for people', async () => {
    const session = new Session({ uri: '/graphql', fetch: signedOutRefresh });
    session.signIn(authPayload(user));
    const upload = (status: number, body: unknown) =>
      uploadRoster(
        session,
        'x',
        'dry-run',
        { onUploadProgress: () => undefined, onUploaded: () => undefined },
        async () => ({ status, bodyText: typeof body === 'string' ? body : JSON.stringify(body) }),
      );
    expect(
      (
        await upload(400, {
          title: 'BAD_USER_INPUT',
          status: 400,
          detail: 'Invalid input',
          fields: [{ field: 'body', message: 'must be a CSV file sent as text/csv' }],
        })
      ).error?.message,
    ).toBe('Body must be a CSV file sent as text/csv');
    expect((await upload(403, { title: 'FORBIDDEN', detail: 'Forbidden resource' })).error?.message).toBe(
      "You don't have permission to do that.",
    );
    expect((await upload(0, '')).error?.code).toBe('NETWORK');
    expect((await upload(200, 'not json')).error?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
