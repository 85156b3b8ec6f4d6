import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../../gql/graphql';
import { fieldErrorOf, makeUser, renderApp } from '../../../test/render';

const pool = (teamId: string, teamName: string, balance: string, overflow: boolean) => ({
  __typename: 'TeamPool',
  teamId,
  teamName,
  balanceMicros: balance,
  heldMicros: '0',
  overflow,
});

function renderPools(roles: Role[]) {
  let pools = [pool('prod', 'Product', '500000000', true), pool('plat', 'Platform', '0', false)];
  return renderApp({
    path: '/teams',
    user: makeUser(roles),
    respond: (op) => {
      if (op.operationName === 'Teams') return { data: { teams: [] } };
      if (op.operationName === 'TeamPools') return { data: { teamPools: pools } };
      if (op.operationName === 'FundTeamPool') {
        const input = op.variables['input'] as { teamId: string };
        pools = pools.map((p) => (p.teamId === input.teamId ? { ...p, balanceMicros: '250000000' } : p));
        return { data: { fundTeamPool: pools.find((p) => p.teamId === input.teamId) } };
      }
      if (op.operationName === 'SetTeamPoolOverflow') {
        pools = pools.map((p) =>
          p.teamId === op.variables['teamId'] ? { ...p, overflow: op.variables['overflow'] as boolean } : p,
        );
        return { data: { setTeamPoolOverflow: pools.find((p) => p.teamId === op.variables['teamId']) } };
      }
      return { data: null };
    },
  });
}

describe('team pools on the teams page', () => {
  it('lets finance fund a pool and switch overflow on', async () => {
    const { log } = renderPools(['FINANCE']);
    const table = await screen.findByRole('table', { name: 'Team pools' });
    expect(within(table).getByRole('row', { name: /Product/ }).textContent).toContain('€500.00');

    const form = screen.getByRole('form', { name: 'Fund team pool' });
    await userEvent.click(within(form).getByRole('button', { name: 'Fund pool' }));
    expect(fieldErrorOf(within(form).getByLabelText(/^Team/))).toBe('Choose the team');
    await userEvent.selectOptions(within(form).getByLabelText(/^Team/), 'Platform');
    await userEvent.type(within(form).getByLabelText(/^Amount/), '250');
    await userEvent.click(within(form).getByRole('button', { name: 'Fund pool' }));
    expect(await screen.findByText("Platform's pool now holds €250.00.")).toBeTruthy();
    expect(log.find((op) => op.operationName === 'FundTeamPool')?.variables).toEqual({
      input: { teamId: 'plat', amount: '250' },
    });

    await userEvent.click(within(table).getByRole('switch', { name: 'Overflow for Platform' }));
    expect(log.find((op) => op.operationName === 'SetTeamPoolOverflow')?.variables).toEqual({
      teamId: 'plat',
      overflow: true,
    });
  });

  it('is not shown to HR or managers', async () => {
    renderPools(['HR']);
    expect(await screen.findByRole('heading', { name: 'Teams', level: 1 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Team pools' })).toBeNull();
  });
});
