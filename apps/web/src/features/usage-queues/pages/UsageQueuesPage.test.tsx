import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeUser, renderApp, type RecordedOperation } from '../../../test/render';

const unpriced = {
  __typename: 'UnpricedModel',
  provider: 'anthropic',
  model: 'claude-opus-5-5-20261101',
  events: 3,
  engineers: 3,
  inputTokens: '480000',
  outputTokens: '36000',
  firstSeen: '2026-11-23T06:00:00.000Z',
  lastSeen: '2026-11-23T08:00:00.000Z',
};

function renderQueues(roles: ('ADMIN' | 'FINANCE')[]) {
  let queue = [unpriced];
  let unmapped = [
    {
      __typename: 'UnmappedIdentity',
      identityKind: 'email',
      identityValue: 'newcomer@example.com',
      label: 'newcomer@example.com',
      records: 2,
      inputTokens: '1000',
      outputTokens: '100',
      lastSeen: '2026-11-23T08:00:00.000Z',
    },
  ];
  return renderApp({
    path: '/usage-queues',
    user: makeUser(roles),
    respond: (op: RecordedOperation) => {
      switch (op.operationName) {
        case 'UnpricedUsage':
          return { data: { unpricedUsage: queue } };
        case 'RepriceUnpricedUsage':
          queue = [];
          return { data: { repriceUnpricedUsage: 3 } };
        case 'UnmappedUsage':
          return { data: { unmappedUsage: unmapped } };
        case 'MapIdentity':
          unmapped = [];
          return { data: { mapIdentity: 2 } };
        case 'EngineerChoices':
          return {
            data: {
              engineers: [
                {
                  __typename: 'Engineer',
                  id: 'e7',
                  name: 'Nina New',
                  email: 'nina@example.com',
                  status: 'ACTIVE',
                },
              ],
            },
          };
        default:
          return { data: null };
      }
    },
  });
}

describe('usage queues', () => {
  it('shows finance the unpriced usage only, read-only', async () => {
    renderQueues(['FINANCE']);
    const table = await screen.findByRole('table', { name: 'Unpriced usage' });
    expect(within(table).getByText('claude-opus-5-5-20261101')).toBeTruthy();
    expect(within(table).getByText('480,000 / 36,000')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Reprice now' })).toBeNull();
    expect(screen.queryByRole('link', { name: /^Price / })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Unmapped telemetry' })).toBeNull();
  });

  it('lets an admin price from the queue, reprice it, and map an identity', async () => {
    const { log } = renderQueues(['ADMIN']);
    const link = await screen.findByRole('link', { name: 'Price claude-opus-5-5-20261101' });
    expect(link.getAttribute('href')).toBe('/prices?provider=anthropic&model=claude-opus-5-5-20261101');

    await userEvent.click(screen.getByRole('button', { name: 'Reprice now' }));
    expect((await screen.findByTestId('reprice-result')).textContent).toBe('Priced 3 events.');
    expect(await screen.findByRole('heading', { name: 'Every model is priced' })).toBeTruthy();

    const unmapped = await screen.findByRole('table', { name: 'Unmapped telemetry' });
    await userEvent.click(within(unmapped).getByRole('button', { name: 'Map' }));
    expect(await within(unmapped).findByText('Choose the engineer')).toBeTruthy();
    await userEvent.click(
      within(unmapped).getByLabelText('Engineer for newcomer@example.com', { selector: 'input' }),
    );
    // jsdom does not run the dropdown's transition: the option is there but still display: none
    await userEvent.click(
      await screen.findByRole('option', { name: 'Nina New (nina@example.com)', hidden: true }),
    );
    await userEvent.click(within(unmapped).getByRole('button', { name: 'Map' }));
    expect(
      await screen.findByText('Mapped to Nina New (nina@example.com): 2 records recorded.'),
    ).toBeTruthy();
    expect(log.find((op) => op.operationName === 'MapIdentity')?.variables).toEqual({
      input: { identityKind: 'email', identityValue: 'newcomer@example.com', engineerId: 'e7' },
    });
    expect(await screen.findByRole('heading', { name: 'All telemetry is mapped' })).toBeTruthy();
  });
});
