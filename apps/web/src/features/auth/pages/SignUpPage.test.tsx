import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { authPayload, fieldErrorOf, gqlError, makeUser, renderApp } from '../../../test/render';

async function fillSignUp(values: { company?: string; name?: string; email?: string; password?: string }) {
  const user = userEvent.setup();
  if (values.company !== undefined) await user.type(screen.getByLabelText(/Company name/), values.company);
  if (values.name !== undefined) await user.type(screen.getByLabelText(/Your name/), values.name);
  if (values.email !== undefined) await user.type(screen.getByLabelText(/Work email/), values.email);
  if (values.password !== undefined) await user.type(screen.getByLabelText(/^Password/), values.password);
  await user.click(screen.getByRole('button', { name: 'Create company' }));
}

describe('sign-up page', () => {
  it('validates on the client and shows each message next to its field, without calling the server', async () => {
    const { log } = renderApp({ path: '/signup' });
    await screen.findByRole('heading', { name: 'Create your company' });
    await fillSignUp({ email: 'not-an-email', password: 'short' });
    expect(fieldErrorOf(screen.getByLabelText(/Company name/))).toBe('Company name is required');
    expect(fieldErrorOf(screen.getByLabelText(/Your name/))).toBe('Your name is required');
    expect(fieldErrorOf(screen.getByLabelText(/Work email/))).toBe(
      'Enter a valid email address, like name@company.com',
    );
    expect(fieldErrorOf(screen.getByLabelText(/^Password/))).toBe('Password must be at least 12 characters');
    expect(log).toHaveLength(0);
  });

  it('puts a server conflict on the email field', async () => {
    const { log } = renderApp({
      path: '/signup',
      respond: () =>
        gqlError('CONFLICT', 'An account with this email already exists', [
          { field: 'email', message: 'is already registered' },
        ]),
    });
    await screen.findByRole('heading', { name: 'Create your company' });
    await fillSignUp({
      company: 'Acme',
      name: 'Ada',
      email: 'ada@example.com',
      password: 'correct horse battery',
    });
    await screen.findByText('Work email is already registered');
    expect(fieldErrorOf(screen.getByLabelText(/Work email/))).toBe('Work email is already registered');
    expect(fieldErrorOf(screen.getByLabelText(/Company name/))).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(log[0]?.variables).toEqual({
      input: {
        companyName: 'Acme',
        name: 'Ada',
        email: 'ada@example.com',
        password: 'correct horse battery',
      },
    });
  });

  it('shows errors without a field in a banner', async () => {
    renderApp({
      path: '/signup',
      respond: () =>
        gqlError('TOO_MANY_REQUESTS', 'Too many sign-ups from this address. Try again in a minute.'),
    });
    await screen.findByRole('heading', { name: 'Create your company' });
    await fillSignUp({
      company: 'Acme',
      name: 'Ada',
      email: 'ada@example.com',
      password: 'correct horse battery',
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Too many sign-ups from this address');
  });

  it('signs the new admin in and lands on the empty dashboard', async () => {
    const { session } = renderApp({
      path: '/signup',
      respond: (op) =>
        op.operationName === 'SignUp'
          ? { data: { signUp: authPayload(makeUser(['ADMIN'], { name: 'Ada' }), 'fresh-token') } }
          : { data: null },
    });
    await screen.findByRole('heading', { name: 'Create your company' });
    await fillSignUp({
      company: 'Analytical Engines',
      name: 'Ada',
      email: 'ada@example.com',
      password: 'correct horse battery',
    });
    expect(await screen.findByRole('heading', { name: 'No token usage yet' })).toBeTruthy();
    expect(session.getAccessToken()).toBe('fresh-token');
  });
});
