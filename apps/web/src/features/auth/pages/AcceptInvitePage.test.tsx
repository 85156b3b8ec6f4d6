import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { authPayload, fieldErrorOf, gqlError, makeUser, renderApp } from '../../../test/render';

const preview = {
  __typename: 'InvitationPreview',
  email: 'eng@example.com',
  companyName: 'Analytical Engines',
  roles: ['ENGINEER'],
  expiresAt: '2099-01-01T00:00:00.000Z',
};

describe('accept-invitation page', () => {
  it('shows a clear state for a used or expired token', async () => {
    renderApp({
      path: '/accept-invite?token=used',
      respond: () => gqlError('NOT_FOUND', 'Invitation not found'),
    });
    expect(await screen.findByRole('heading', { name: "This invitation can't be used" })).toBeTruthy();
    expect(screen.queryByLabelText(/^Password/)).toBeNull();
  });

  it('treats a link without a token as unusable without calling the server', async () => {
    const { log } = renderApp({ path: '/accept-invite' });
    expect(await screen.findByRole('heading', { name: "This invitation can't be used" })).toBeTruthy();
    expect(log).toHaveLength(0);
  });

  it('shows the invitation, validates the form and signs the new member in', async () => {
    const engineer = makeUser(['ENGINEER'], { email: 'eng@example.com', name: 'Eve Engineer' });
    const { log, session } = renderApp({
      path: '/accept-invite?token=tok-1',
      respond: (op) => {
        if (op.operationName === 'InvitationPreview') return { data: { invitationPreview: preview } };
        if (op.operationName === 'AcceptInvitation')
          return { data: { acceptInvitation: authPayload(engineer, 'eng-token') } };
        return { data: null };
      },
    });
    expect(await screen.findByRole('heading', { name: 'Join Analytical Engines' })).toBeTruthy();
    expect(screen.getByText('eng@example.com')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Invited roles' })).getByText('Engineer')).toBeTruthy();

    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Your name/), 'Eve Engineer');
    await user.type(screen.getByLabelText(/^Password/), 'correct horse battery');
    await user.type(screen.getByLabelText(/Confirm password/), 'correct horse batter');
    await user.click(screen.getByRole('button', { name: 'Join Analytical Engines' }));
    expect(fieldErrorOf(screen.getByLabelText(/Confirm password/))).toBe('Passwords do not match');
    expect(log.some((op) => op.operationName === 'AcceptInvitation')).toBe(false);

    await user.type(screen.getByLabelText(/Confirm password/), 'y');
    await user.click(screen.getByRole('button', { name: 'Join Analytical Engines' }));
    expect(await screen.findByRole('heading', { name: 'Welcome, Eve Engineer' })).toBeTruthy();
    expect(log.find((op) => op.operationName === 'AcceptInvitation')?.variables).toEqual({
      input: { token: 'tok-1', name: 'Eve Engineer', password: 'correct horse battery' },
    });
    expect(session.getAccessToken()).toBe('eng-token');
  });

  it('switches to the unusable state when the token is rejected on submit', async () => {
    renderApp({
      path: '/accept-invite?token=tok-2',
      respond: (op) =>
        op.operationName === 'InvitationPreview'
          ? { data: { invitationPreview: preview } }
          : gqlError('BAD_USER_INPUT', 'token: is not valid', [{ field: 'token', message: 'is not valid' }]),
    });
    await screen.findByRole('heading', { name: 'Join Analytical Engines' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Your name/), 'Eve');
    await user.type(screen.getByLabelText(/^Password/), 'correct horse battery');
    await user.type(screen.getByLabelText(/Confirm password/), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Join Analytical Engines' }));
    expect(await screen.findByRole('heading', { name: "This invitation can't be used" })).toBeTruthy();
    expect(screen.getByText('This invitation link is not valid.')).toBeTruthy();
  });
});
