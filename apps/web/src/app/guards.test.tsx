import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { makeUser, mainNavigation, renderApp } from '../test/render';

const members = [
  {
    __typename: 'Member',
    id: 'm1',
    email: 'ada@example.com',
    name: 'Ada Lovelace',
    roles: ['ADMIN'],
    status: 'ACTIVE',
    since: '2026-01-05T10:00:00.000Z',
  },
  {
    __typename: 'Member',
    id: 'm2',
    email: 'eng@example.com',
    name: null,
    roles: ['ENGINEER'],
    status: 'INVITED',
    since: '2026-01-06T10:00:00.000Z',
  },
];

describe('route guard for /members', () => {
  it('shows an engineer the no-access state and never asks the server for members', async () => {
    const { log } = renderApp({ path: '/members', user: makeUser(['ENGINEER']) });
    expect(await screen.findByRole('heading', { name: "You don't have access to this page" })).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Members' })).toBeNull();
    expect(screen.queryByText('eng@example.com')).toBeNull();
    expect(log.map((op) => op.operationName)).not.toContain('Members');
    // the layout is still there, so the person can go elsewhere
    expect(mainNavigation().getByRole('link', { name: /Dashboard/ })).toBeTruthy();
    expect(mainNavigation().queryByRole('link', { name: /Members/ })).toBeNull();
  });

  it('lets an admin in and loads the members with the access token', async () => {
    const { log } = renderApp({
      path: '/members',
      user: makeUser(['ADMIN']),
      respond: (op) => (op.operationName === 'Members' ? { data: { members } } : { data: null }),
    });
    expect(await screen.findByRole('table', { name: 'Members' })).toBeTruthy();
    expect(screen.getByText('eng@example.com')).toBeTruthy();
    expect(log.find((op) => op.operationName === 'Members')?.authorization).toBe('Bearer token-1');
  });

  it('shows the no-access state when the server says FORBIDDEN (roles changed meanwhile)', async () => {
    renderApp({
      path: '/members',
      user: makeUser(['ADMIN']),
      respond: () => ({ data: null, errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] }),
    });
    expect(await screen.findByRole('heading', { name: "You don't have access to this page" })).toBeTruthy();
  });

  it('sends a signed-out visitor to the sign-in page', async () => {
    renderApp({ path: '/profile' });
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
  });

  it('shows an error state with a retry when members cannot be loaded', async () => {
    renderApp({
      path: '/members',
      user: makeUser(['ADMIN']),
      respond: () => ({
        data: null,
        errors: [{ message: 'db down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      }),
    });
    expect(await screen.findByText("We couldn't load the members")).toBeTruthy();
    expect(screen.getByText('Something went wrong on our side. Please try again.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('db down')).toBeNull());
  });
});
