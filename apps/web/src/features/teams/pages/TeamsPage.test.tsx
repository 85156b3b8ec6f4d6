import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../../gql/graphql';
import { fieldErrorOf, makeUser, renderApp, type RecordedOperation } from '../../../test/render';

const team = (
  id: string,
  name: string,
  parentId: string | null,
  engineerCount: number,
  managerName: string | null = null,
) => ({
  __typename: 'Team',
  id,
  name,
  parentId,
  costCentre: `CC-${id}`,
  managerUserId: managerName ? 'u1' : null,
  managerName,
  engineerCount,
});

function renderTeams(roles: Role[], override?: (op: RecordedOperation) => unknown) {
  let teams = [
    team('plat', 'Platform', 'eng', 5, 'Max Manager'),
    team('eng', 'Engineering', null, 1),
    team('data', 'Data', 'eng', 3),
  ];
  return renderApp({
    path: '/teams',
    user: makeUser(roles),
    respond: (op) => {
      const custom = override?.(op);
      if (custom) return custom as never;
      if (op.operationName === 'Teams') return { data: { teams } };
      if (op.operationName === 'Members')
        return {
          data: {
            members: [
              {
                __typename: 'Member',
                id: 'u1',
                email: 'max@example.com',
                name: 'Max Manager',
                roles: ['MANAGER'],
                status: 'ACTIVE',
                since: '2026-01-01T00:00:00.000Z',
              },
            ],
          },
        };
      if (op.operationName === 'UpdateTeam') {
        const { id, ...changes } = op.variables['input'] as { id: string } & Record<string, unknown>;
        teams = teams.map((row) =>
          row.id === id
            ? { ...row, ...changes, managerName: changes.managerUserId ? 'Max Manager' : row.managerName }
            : row,
        );
        return { data: { updateTeam: teams.find((row) => row.id === id) } };
      }
      if (op.operationName === 'CreateTeam') {
        const input = op.variables['input'] as { name: string; parentId: string | null };
        const created = team('new', input.name, input.parentId, 0);
        teams = [...teams, created];
        return { data: { createTeam: created } };
      }
      return { data: null };
    },
  });
}

const outline = () =>
  within(screen.getByRole('table', { name: 'Teams' }))
    .getAllByRole('row')
    .slice(1)
    .map(
      (row) =>
        `${row.getAttribute('aria-level')}:${within(row).getAllByRole('cell')[0]?.textContent?.replace('└', '').trim()}`,
    );

describe('teams page', () => {
  it('shows the tree with cost centre, manager and counts', async () => {
    renderTeams(['FINANCE']);
    await screen.findByRole('table', { name: 'Teams' });
    expect(outline()).toEqual(['1:Engineering', '2:Data', '2:Platform']);
    const platform = screen.getByRole('row', { name: /Platform/ });
    expect(platform.textContent).toContain('CC-plat');
    expect(platform.textContent).toContain('Max Manager');
    expect(screen.getByRole('row', { name: /Engineering/ }).textContent).toContain('(9 with sub-teams)');
    expect(screen.queryByRole('form', { name: 'Add team' })).toBeNull();
    // finance reads the tree; only HR and ADMIN change it
    expect(screen.queryByRole('button', { name: /^Edit / })).toBeNull();
  });

  it('lets HR add a team under a parent, without a manager field', async () => {
    const { log } = renderTeams(['HR']);
    await screen.findByRole('table', { name: 'Teams' });
    const form = within(screen.getByRole('form', { name: 'Add team' }));
    expect(form.queryByLabelText('Manager')).toBeNull();
    await userEvent.click(form.getByRole('button', { name: 'Add team' }));
    expect(fieldErrorOf(form.getByLabelText(/^Name/))).toBe('Name is required');
    expect(fieldErrorOf(form.getByLabelText(/^Cost centre/))).toBe('Cost centre is required');

    await userEvent.type(form.getByLabelText(/^Name/), 'SRE');
    await userEvent.selectOptions(form.getByLabelText(/^Parent team/), 'plat');
    await userEvent.type(form.getByLabelText(/^Cost centre/), 'CC-9');
    await userEvent.click(form.getByRole('button', { name: 'Add team' }));
    expect(await screen.findByText('Team SRE added.')).toBeTruthy();
    expect(log.find((op) => op.operationName === 'CreateTeam')?.variables).toEqual({
      input: { name: 'SRE', costCentre: 'CC-9', parentId: 'plat' },
    });
    expect(log.some((op) => op.operationName === 'Members')).toBe(false);
    expect(outline()).toEqual(['1:Engineering', '2:Data', '2:Platform', '3:SRE']);
  });

  it('lets an admin choose the manager from the members', async () => {
    const { log } = renderTeams(['ADMIN']);
    await screen.findByRole('table', { name: 'Teams' });
    const form = within(screen.getByRole('form', { name: 'Add team' }));
    await userEvent.type(form.getByLabelText(/^Name/), 'Top');
    await userEvent.type(form.getByLabelText(/^Cost centre/), 'CC-T');
    await form.findByRole('option', { name: 'Max Manager (max@example.com)' });
    await userEvent.selectOptions(form.getByLabelText('Manager'), 'u1');
    await userEvent.click(form.getByRole('button', { name: 'Add team' }));
    await screen.findByText('Team Top added.');
    expect(log.find((op) => op.operationName === 'CreateTeam')?.variables).toEqual({
      input: { name: 'Top', costCentre: 'CC-T', parentId: null, managerUserId: 'u1' },
    });
  });

  it('lets HR rename a team and move it to the top level; its own subtree is never offered as a parent', async () => {
    const { log } = renderTeams(['HR']);
    await screen.findByRole('table', { name: 'Teams' });
    await userEvent.click(screen.getByRole('button', { name: 'Edit Engineering' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit Engineering' }));
    const parents = within(dialog.getByLabelText(/^Parent team/))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(parents).toEqual(['None (top level)']);
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel' }));

    await userEvent.click(screen.getByRole('button', { name: 'Edit Data' }));
    const edit = within(await screen.findByRole('dialog', { name: 'Edit Data' }));
    const name = edit.getByLabelText(/^Name/);
    await userEvent.clear(name);
    await userEvent.type(name, 'Data Science');
    await userEvent.selectOptions(edit.getByLabelText(/^Parent team/), '');
    await userEvent.clear(edit.getByLabelText(/^Cost centre/));
    await userEvent.type(edit.getByLabelText(/^Cost centre/), 'CC-42');
    await userEvent.click(edit.getByRole('button', { name: 'Save team' }));
    expect(await screen.findByText('Team Data Science saved.')).toBeTruthy();
    // only what changed is sent; HR has no members list, so no manager field
    expect(log.find((op) => op.operationName === 'UpdateTeam')?.variables).toEqual({
      input: { id: 'data', name: 'Data Science', costCentre: 'CC-42', parentId: null },
    });
    await waitFor(() => expect(outline()).toEqual(['1:Data Science', '1:Engineering', '2:Platform']));
  });

  it('lets an admin give a team another manager, and shows a refused move next to the field', async () => {
    const { log } = renderTeams(['ADMIN'], (op) =>
      op.operationName === 'UpdateTeam' &&
      (op.variables['input'] as { parentId?: string }).parentId === 'plat'
        ? {
            data: null,
            errors: [
              {
                message: 'parentId: would make the team its own ancestor',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [{ field: 'parentId', message: 'would make the team its own ancestor' }],
                },
              },
            ],
          }
        : undefined,
    );
    await screen.findByRole('table', { name: 'Teams' });
    await userEvent.click(screen.getByRole('button', { name: 'Edit Data' }));
    const edit = within(await screen.findByRole('dialog', { name: 'Edit Data' }));
    await edit.findByRole('option', { name: 'Max Manager (max@example.com)' });
    await userEvent.selectOptions(edit.getByLabelText('Manager'), 'u1');
    await userEvent.selectOptions(edit.getByLabelText(/^Parent team/), 'plat');
    await userEvent.click(edit.getByRole('button', { name: 'Save team' }));
    expect(await edit.findByText(/would make the team its own ancestor/)).toBeTruthy();
    expect(log.find((op) => op.operationName === 'UpdateTeam')?.variables).toEqual({
      input: { id: 'data', parentId: 'plat', managerUserId: 'u1' },
    });
  });

  it('shows the no-access state to an engineer without asking the server', async () => {
    const { log } = renderTeams(['ENGINEER']);
    expect(await screen.findByTestId('no-access')).toBeTruthy();
    expect(log.some((op) => op.operationName === 'Teams')).toBe(false);
  });
});
