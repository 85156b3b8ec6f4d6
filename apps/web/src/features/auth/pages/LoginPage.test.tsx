import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { authPayload, gqlError, makeUser, renderApp, userResult } from '../../../test/render';

async function signIn(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/Email/), email);
  await user.type(screen.getByLabelText(/^Password/), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('login page', () => {
  it('says only that email or password is incorrect', async () => {
    renderApp({ path: '/login', respond: () => gqlError('UNAUTHENTICATED', 'Invalid credentials') });
    await screen.findByRole('heading', { name: 'Sign in' });
    await signIn('ada@example.com', 'wrong password!');
    expect((await screen.findByRole('alert')).textContent).toBe('Email or password is incorrect');
  });

  it('goes back to the page the person wanted after signing in', async () => {
    renderApp({
      path: '/profile',
      respond: (op) => {
        if (op.operationName === 'Login') return { data: { login: authPayload(makeUser(['ENGINEER'])) } };
        if (op.operationName === 'Me') return { data: { me: userResult(makeUser(['ENGINEER'])) } };
        return { data: null };
      },
    });
    await screen.findByRole('heading', { name: 'Sign in' });
    await signIn('ada@example.com', 'correct horse battery');
    expect(await screen.findByRole('heading', { name: 'Your profile' })).toBeTruthy();
    expect(await screen.findByRole('list', { name: 'Your roles' })).toHaveProperty('textContent', 'Engineer');
  });
});
