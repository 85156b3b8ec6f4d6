import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../../gql/graphql';
import { makeUser, renderApp } from '../../../test/render';

const entry = (id: string, action: string, entityType: string, createdAt: string) => ({
  __typename: 'AuditEntry',
  id,
  createdAt,
  actorEmail: 'hr@example.com',
  action,
  entityType,
  entityId: `${id}-entity`,
  before: null,
  after: '{"name":"X"}',
  changes:
    action === 'PAY_CHANGED'
      ? [
          { __typename: 'AuditChange', field: 'annualMicros', before: '150000000000', after: '240000000000' },
          { __typename: 'AuditChange', field: 'effectiveFrom', before: '2026-01-01', after: '2026-11-01' },
        ]
      : [{ __typename: 'AuditChange', field: 'name', before: null, after: 'X' }],
});
const all = [
  entry('a3', 'TEAM_CREATED', 'team', '2026-11-03T10:00:00.000Z'),
  entry('a2', 'PAY_CHANGED', 'engineer', '2026-11-02T10:00:00.000Z'),
  entry('a1', 'POLICY_CHANGED', 'allowance_policy', '2026-11-01T10:00:00.000Z'),
];

const blobs: Blob[] = [];
const originalCreate = URL.createObjectURL;
beforeEach(() => {
  blobs.length = 0;
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  };
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = () => undefined;
});
afterEach(() => {
  URL.createObjectURL = originalCreate;
});

function renderAudit(roles: Role[]) {
  return renderApp({
    path: '/audit',
    user: makeUser(roles),
    respond: (op) => {
      if (op.operationName !== 'AuditEntries') return { data: null };
      const filter = (op.variables['filter'] ?? {}) as { action?: string; entityType?: string };
      const rows = all.filter(
        (e) =>
          (!filter.action || e.action === filter.action) &&
          (!filter.entityType || e.entityType === filter.entityType),
      );
      return { data: { auditEntries: rows } };
    },
  });
}

const actions = () =>
  within(screen.getByRole('table', { name: 'Audit log' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[2]?.textContent);

describe('audit page', () => {
  it('reads each change as named fields before and after, amounts in the currency', async () => {
    renderAudit(['ADMIN']);
    await screen.findByRole('table', { name: 'Audit log' });
    const lists = screen.getAllByRole('list', { name: 'Changes' });
    expect(lists).toHaveLength(3);
    const pay = within(lists[1]!)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(pay).toEqual([
      'Annual amount: €150,000.00 → €240,000.00',
      'Effective from: 2026-01-01 → 2026-11-01',
    ]);
    expect(within(lists[0]!).getByRole('listitem').textContent).toBe('Name: — → X');
  });

  it('lists entries newest first and filters on the server by action and entity type', async () => {
    const { log } = renderAudit(['HR']);
    await screen.findByRole('table', { name: 'Audit log' });
    expect(actions()).toEqual(['Team created', 'Pay changed', 'Policy changed']);
    await userEvent.selectOptions(screen.getByLabelText('Entity type'), 'engineer');
    await waitFor(() => expect(actions()).toEqual(['Pay changed']));
    expect(log.at(-1)?.variables).toEqual({ filter: { limit: 500, entityType: 'engineer' } });
    await userEvent.selectOptions(screen.getByLabelText('Entity type'), '');
    await userEvent.selectOptions(screen.getByLabelText('Action'), 'TEAM_CREATED');
    await waitFor(() => expect(actions()).toEqual(['Team created']));
    expect(log.at(-1)?.variables).toEqual({ filter: { limit: 500, action: 'TEAM_CREATED' } });
  });

  it('exports the shown entries as CSV', async () => {
    renderAudit(['ADMIN']);
    await screen.findByRole('table', { name: 'Audit log' });
    await userEvent.click(within(screen.getByRole('columnheader', { name: /When/ })).getByRole('button'));
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const lines = (await blobs[0]?.text())?.split('\r\n');
    expect(lines?.[0]).toBe('When,Who,Action,Entity type,Entity id,Changes,Before,After');
    expect(lines?.slice(1, 4).map((line) => line.split(',')[2])).toEqual([
      'POLICY_CHANGED',
      'PAY_CHANGED',
      'TEAM_CREATED',
    ]);
  });

  it('is closed to finance', async () => {
    const { log } = renderAudit(['FINANCE']);
    expect(await screen.findByTestId('no-access')).toBeTruthy();
    expect(log.some((op) => op.operationName === 'AuditEntries')).toBe(false);
  });
});
