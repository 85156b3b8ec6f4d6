import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fieldErrorOf, gqlError, makeUser, renderApp, type RecordedOperation } from '../../../test/render';

interface MockMember {
  __typename: string;
  id: string;
  email: string;
  name: string | null;
  roles: string[];
  status: string;
  since: string;
  deactivatedAt: string | null;
}

const baseMembers: MockMember[] = [
  {
    __typename: 'Member',
    id: 'm1',
    email: 'zed@example.com',
    name: 'Ada Lovelace',
    roles: ['ADMIN'],
    status: 'ACTIVE',
    since: '2026-01-05T10:00:00.000Z',
    deactivatedAt: null,
  },
  {
    __typename: 'Member',
    id: 'm2',
    email: 'bob@example.com',
    name: 'Charles Babbage',
    roles: ['HR'],
    status: 'ACTIVE',
    since: '2026-01-07T10:00:00.000Z',
    deactivatedAt: null,
  },
  {
    __typename: 'Member',
    id: 'm3',
    email: 'amy@example.com',
    name: null,
    roles: ['ENGINEER'],
    status: 'INVITED',
    since: '2026-01-06T10:00:00.000Z',
    deactivatedAt: null,
  },
];

const blobs: Blob[] = [];
const originalCreate = URL.createObjectURL;
const originalRevoke = URL.revokeObjectURL;
let downloadedAs: string[] = [];

beforeEach(() => {
  blobs.length = 0;
  downloadedAs = [];
  // jsdom has no object URLs or downloads: capture what the browser would save.
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  };
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    downloadedAs.push(this.download);
  };
});
afterEach(() => {
  URL.createObjectURL = originalCreate;
  URL.revokeObjectURL = originalRevoke;
});

function emailColumn() {
  const rows = within(screen.getByRole('table', { name: 'Members' }))
    .getAllByRole('row')
    .slice(1);
  return rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent);
}

function renderMembers(respond?: (op: RecordedOperation) => unknown) {
  let members: MockMember[] = [...baseMembers];
  return renderApp({
    path: '/members',
    user: makeUser(['ADMIN']),
    respond: async (op) => {
      const custom = respond?.(op);
      if (custom) return custom as never;
      if (op.operationName === 'Members') return { data: { members } };
      if (op.operationName === 'DeactivateMember') {
        const userId = op.variables['userId'] as string;
        members = members.map((m) =>
          m.id === userId ? { ...m, status: 'DEACTIVATED', deactivatedAt: '2026-02-01T00:00:00.000Z' } : m,
        );
        return {
          data: {
            deactivateMember: {
              __typename: 'Member',
              id: userId,
              status: 'DEACTIVATED',
              deactivatedAt: '2026-02-01T00:00:00.000Z',
            },
          },
        };
      }
      if (op.operationName === 'SetMemberRoles') {
        const input = op.variables['input'] as { userId: string; roles: string[] };
        members = members.map((m) => (m.id === input.userId ? { ...m, roles: input.roles } : m));
        return {
          data: {
            setMemberRoles: { __typename: 'Member', id: input.userId, roles: input.roles, status: 'ACTIVE' },
          },
        };
      }
      if (op.operationName === 'InviteMember') {
        const input = op.variables['input'] as { email: string; roles: string[] };
        members = [
          ...members,
          {
            __typename: 'Member',
            id: 'm9',
            email: input.email,
            name: null,
            roles: input.roles,
            status: 'INVITED',
            since: '2026-02-01T00:00:00.000Z',
            deactivatedAt: null,
          },
        ];
        return {
          data: {
            inviteMember: {
              __typename: 'Invitation',
              id: 'inv-9',
              email: input.email,
              roles: input.roles,
              status: 'PENDING',
              expiresAt: '2099-01-01T00:00:00.000Z',
              createdAt: '2026-02-01T00:00:00.000Z',
              acceptUrl: 'http://127.0.0.1:3111/accept-invite?token=abc123',
            },
          },
        };
      }
      return { data: null };
    },
  });
}

describe('members page', () => {
  it('sorts by a column when its header is clicked, and flips on a second click', async () => {
    renderMembers();
    await screen.findByRole('table', { name: 'Members' });
    expect(emailColumn()).toEqual(['zed@example.com', 'bob@example.com', 'amy@example.com']); // by name, pending last

    const emailHeader = screen.getByRole('columnheader', { name: /Email/ });
    await userEvent.click(within(emailHeader).getByRole('button'));
    expect(emailColumn()).toEqual(['amy@example.com', 'bob@example.com', 'zed@example.com']);
    expect(emailHeader.getAttribute('aria-sort')).toBe('ascending');

    await userEvent.click(within(emailHeader).getByRole('button'));
    expect(emailColumn()).toEqual(['zed@example.com', 'bob@example.com', 'amy@example.com']);
    expect(emailHeader.getAttribute('aria-sort')).toBe('descending');

    await userEvent.click(within(screen.getByRole('columnheader', { name: /Since/ })).getByRole('button'));
    expect(emailColumn()).toEqual(['zed@example.com', 'amy@example.com', 'bob@example.com']);
  });

  it('filters rows and shows an empty state when nothing matches', async () => {
    renderMembers();
    await screen.findByRole('table', { name: 'Members' });
    await userEvent.type(screen.getByLabelText('Filter members'), 'engineer');
    expect(emailColumn()).toEqual(['amy@example.com']);
    await userEvent.clear(screen.getByLabelText('Filter members'));
    await userEvent.type(screen.getByLabelText('Filter members'), 'nobody-here');
    expect(screen.queryByRole('table', { name: 'Members' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'No members match your filter' })).toBeTruthy();
  });

  it('exports the visible rows, in the visible order, as members.csv', async () => {
    renderMembers();
    await screen.findByRole('table', { name: 'Members' });
    await userEvent.click(within(screen.getByRole('columnheader', { name: /Email/ })).getByRole('button'));
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(downloadedAs).toEqual(['members.csv']);
    const text = await blobs[0]?.text();
    expect(text?.split('\r\n').slice(0, 4)).toEqual([
      'Name,Email,Roles,Status,Since',
      ',amy@example.com,Engineer,Invited,2026-01-06T10:00:00.000Z',
      'Charles Babbage,bob@example.com,HR,Active,2026-01-07T10:00:00.000Z',
      'Ada Lovelace,zed@example.com,Admin,Active,2026-01-05T10:00:00.000Z',
    ]);
  });

  it('invites a member, shows the accept link and the new row', async () => {
    const { log } = renderMembers();
    await screen.findByRole('table', { name: 'Members' });
    const form = within(screen.getByRole('form', { name: 'Invite member' }));
    await userEvent.type(form.getByLabelText(/^Email/), 'new@example.com');
    await userEvent.click(form.getByRole('checkbox', { name: 'HR' }));
    await userEvent.click(form.getByRole('checkbox', { name: 'Finance' }));
    await userEvent.click(form.getByRole('button', { name: 'Send invitation' }));

    const link = (await screen.findByLabelText('Accept link')) as HTMLInputElement;
    expect(link.value).toBe('http://127.0.0.1:3111/accept-invite?token=abc123');
    expect(log.find((op) => op.operationName === 'InviteMember')?.variables).toEqual({
      input: { email: 'new@example.com', roles: ['HR', 'FINANCE'] },
    });
    expect(await screen.findByText('new@example.com', { selector: 'td' })).toBeTruthy();
    expect((form.getByLabelText(/^Email/) as HTMLInputElement).value).toBe('');
  });

  it('asks for a role before sending, and shows server field errors next to the field', async () => {
    const { log } = renderMembers((op) =>
      op.operationName === 'InviteMember'
        ? gqlError('CONFLICT', 'Already a member', [
            { field: 'email', message: 'This person is already a member' },
          ])
        : undefined,
    );
    await screen.findByRole('table', { name: 'Members' });
    const form = within(screen.getByRole('form', { name: 'Invite member' }));
    await userEvent.type(form.getByLabelText(/^Email/), 'zed@example.com');
    await userEvent.click(form.getByRole('button', { name: 'Send invitation' }));
    expect(await form.findByText('Choose at least one role')).toBeTruthy();
    expect(log.some((op) => op.operationName === 'InviteMember')).toBe(false);

    await userEvent.click(form.getByRole('checkbox', { name: 'Engineer' }));
    await userEvent.click(form.getByRole('button', { name: 'Send invitation' }));
    await form.findByText('This person is already a member');
    expect(fieldErrorOf(form.getByLabelText(/^Email/))).toBe('This person is already a member');
  });

  it('changes a member’s roles in a dialog and shows the new roles', async () => {
    const { log } = renderMembers();
    const table = await screen.findByRole('table', { name: 'Members' });
    await userEvent.click(within(table).getByRole('button', { name: 'Change roles of bob@example.com' }));
    const dialog = await screen.findByRole('dialog', { name: 'Roles of bob@example.com' });
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /^Finance/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save roles' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(log.find((op) => op.operationName === 'SetMemberRoles')?.variables).toEqual({
      input: { userId: 'm2', roles: ['HR', 'FINANCE'] },
    });
    expect(
      within(screen.getByRole('table', { name: 'Members' })).getByLabelText('Roles of bob@example.com')
        .textContent,
    ).toContain('Finance');
  });

  it('keeps the dialog open with the server’s reason when the last ADMIN would be lost', async () => {
    renderMembers((op) =>
      op.operationName === 'SetMemberRoles'
        ? gqlError(
            'CONFLICT',
            'zed@example.com is the last active ADMIN: the company must keep at least one',
            [{ field: 'roles', message: 'would leave the company without an active ADMIN' }],
          )
        : undefined,
    );
    const table = await screen.findByRole('table', { name: 'Members' });
    await userEvent.click(within(table).getByRole('button', { name: 'Change roles of zed@example.com' }));
    const dialog = await screen.findByRole('dialog', { name: 'Roles of zed@example.com' });
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /^Admin/ }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /^HR/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save roles' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('would leave the company without an active ADMIN');
    expect(alert.textContent).toContain('last active ADMIN');
  });

  it('deactivates a member: the row says Deactivated and offers Reactivate', async () => {
    const { log } = renderMembers();
    const table = await screen.findByRole('table', { name: 'Members' });
    await userEvent.click(within(table).getByRole('button', { name: 'Deactivate bob@example.com' }));
    expect(await within(table).findByRole('button', { name: 'Reactivate bob@example.com' })).toBeTruthy();
    expect(log.find((op) => op.operationName === 'DeactivateMember')?.variables).toEqual({ userId: 'm2' });
    expect(within(table).getByText('Deactivated')).toBeTruthy();
    // A pending invitation is revoked, not deactivated.
    expect(within(table).queryByRole('button', { name: 'Deactivate amy@example.com' })).toBeNull();
  });
});
