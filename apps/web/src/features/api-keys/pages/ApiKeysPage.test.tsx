import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fieldErrorOf, makeUser, renderApp, type RecordedOperation } from '../../../test/render';

type KeyMock = Record<string, unknown> & { id: string; revokedAt: string | null };

const key = (overrides: Partial<KeyMock> = {}): KeyMock => ({
  __typename: 'ApiKey',
  id: 'k1',
  name: 'Old laptop',
  prefix: 'trk_…ab12cd34',
  scopes: ['usage:write'],
  engineerId: 'e1',
  engineerName: 'Ada Lovelace',
  createdAt: '2026-11-01T10:00:00.000Z',
  lastUsedAt: '2026-11-20T10:00:00.000Z',
  revokedAt: null,
  ...overrides,
});

function renderKeys(roles: ('ADMIN' | 'ENGINEER' | 'HR' | 'MANAGER' | 'FINANCE')[]) {
  let keys = [key()];
  return renderApp({
    path: '/api-keys',
    user: makeUser(roles),
    respond: (op: RecordedOperation) => {
      if (op.operationName === 'ApiKeys') return { data: { apiKeys: keys } };
      if (op.operationName === 'ApiKeyCreation')
        return {
          data: {
            apiKeyCreation: {
              __typename: 'ApiKeyCreation',
              ownKey: roles.includes('ENGINEER'),
              companyKeys: roles.includes('ADMIN'),
              financeKeys: roles.includes('ADMIN') || roles.includes('FINANCE'),
            },
          },
        };
      if (op.operationName === 'CreateApiKey') {
        const input = op.variables['input'] as { name: string; scopes: string[] };
        const created = key({
          id: 'k2',
          name: input.name,
          scopes: input.scopes,
          lastUsedAt: null,
          createdAt: '2026-11-23T10:00:00.000Z',
        });
        keys = [...keys, created];
        return {
          data: {
            createApiKey: { __typename: 'CreatedApiKey', secret: 'trk_company.k2.s3cr3t', apiKey: created },
          },
        };
      }
      if (op.operationName === 'RevokeApiKey') {
        keys = keys.map((k) =>
          k.id === op.variables['id'] ? { ...k, revokedAt: '2026-11-23T11:00:00.000Z' } : k,
        );
        return { data: { revokeApiKey: keys.find((k) => k.id === op.variables['id']) } };
      }
      if (op.operationName === 'EngineerChoices')
        return {
          data: {
            engineers: [
              {
                __typename: 'Engineer',
                id: 'e7',
                name: 'Alice Engineer',
                email: 'alice@example.com',
                status: 'ACTIVE',
              },
            ],
          },
        };
      return { data: null };
    },
  });
}

describe('API keys', () => {
  it('lets an engineer create a key for themself and shows the secret once, with the Claude Code set-up', async () => {
    const { log } = renderKeys(['ENGINEER']);
    const table = await screen.findByRole('table', { name: 'API keys' });
    expect(within(table).getByText('trk_…ab12cd34')).toBeTruthy();
    const form = await screen.findByRole('form', { name: 'Create API key' });
    // an engineer's key is always their own: no choice of owner
    expect(within(form).queryByRole('radio')).toBeNull();
    expect(screen.getByTestId('claude-code-env').textContent).toContain(
      'Authorization=Bearer <your API key>',
    );

    await userEvent.type(within(form).getByLabelText(/^Name/), 'Laptop');
    await userEvent.click(within(form).getByRole('checkbox', { name: /authorize/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Create key' }));

    const created = await screen.findByTestId('created-key');
    expect(created.textContent).toContain('shown only this once');
    expect((screen.getByTestId('created-key-secret') as HTMLInputElement).value).toBe(
      'trk_company.k2.s3cr3t',
    );
    expect(screen.getByTestId('claude-code-env').textContent).toContain(
      'OTEL_EXPORTER_OTLP_HEADERS="Authorization=Bearer trk_company.k2.s3cr3t"',
    );
    expect(log.find((op) => op.operationName === 'CreateApiKey')?.variables).toEqual({
      input: { name: 'Laptop', scopes: ['usage:write', 'authorize', 'budget:read'] },
    });
    expect(await within(table).findByText('Laptop')).toBeTruthy();
    expect(table.textContent).not.toContain('s3cr3t');

    await userEvent.click(screen.getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByTestId('created-key')).toBeNull();
    expect(screen.getByTestId('claude-code-env').textContent).toContain('<your API key>');
  });

  it('asks an admin to choose the engineer, next to the field, before sending', async () => {
    const { log } = renderKeys(['ADMIN']);
    const form = await screen.findByRole('form', { name: 'Create API key' });
    await userEvent.type(within(form).getByLabelText(/^Name/), 'For Alice');
    await userEvent.click(within(form).getByRole('radio', { name: 'An engineer' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Create key' }));
    expect(fieldErrorOf(within(form).getByLabelText(/^Engineer/, { selector: 'input' }))).toBe(
      'Choose the engineer',
    );
    expect(log.some((op) => op.operationName === 'CreateApiKey')).toBe(false);
  });

  it('offers FINANCE a finance:read key only (a company key for a BI tool), without the Claude Code setup', async () => {
    const { log } = renderKeys(['FINANCE']);
    const form = await screen.findByRole('form', { name: 'Create API key' });
    const boxes = within(form).getAllByRole('checkbox');
    expect(boxes.map((box) => box.getAttribute('value'))).toEqual(['finance:read']);
    expect((boxes[0] as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByTestId('claude-code-env')).toBeNull();
    await userEvent.type(within(form).getByLabelText(/^Name/), 'Nightly BI');
    await userEvent.click(within(form).getByRole('button', { name: 'Create key' }));
    await screen.findByTestId('created-key');
    const created = log.find((op) => op.operationName === 'CreateApiKey');
    expect(created?.variables['input']).toEqual({ name: 'Nightly BI', scopes: ['finance:read'] });
  });

  it('offers no form that can only fail: HR or a manager without an engineer record are told why instead', async () => {
    for (const roles of [['HR'], ['MANAGER']] as const) {
      const { log, unmount } = renderKeys([...roles]);
      expect((await screen.findByTestId('no-key-to-create')).textContent).toContain('not on the payroll');
      expect(screen.queryByRole('form', { name: 'Create API key' })).toBeNull();
      expect(screen.queryByTestId('claude-code-env')).toBeNull();
      expect(log.some((op) => op.operationName === 'ApiKeyCreation')).toBe(true);
      unmount();
    }
    // an engineer (with a record) and an admin still get the form
    for (const roles of [['ENGINEER'], ['ADMIN']] as const) {
      const { unmount } = renderKeys([...roles]);
      expect(await screen.findByRole('form', { name: 'Create API key' })).toBeTruthy();
      expect(screen.queryByTestId('no-key-to-create')).toBeNull();
      unmount();
    }
  });

  it('revokes a key only after a second click', async () => {
    const { log } = renderKeys(['ENGINEER']);
    const table = await screen.findByRole('table', { name: 'API keys' });
    await userEvent.click(within(table).getByRole('button', { name: 'Revoke key Old laptop' }));
    expect(log.some((op) => op.operationName === 'RevokeApiKey')).toBe(false);
    await userEvent.click(within(table).getByRole('button', { name: 'Confirm revoking key Old laptop' }));
    expect(await within(table).findByText(/^Revoked/)).toBeTruthy();
    expect(within(table).queryByRole('button', { name: /Revoke/ })).toBeNull();
  });
});
