import { useState } from 'react';
import { Anchor, Button, Divider, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { Link, useLocation, useNavigate } from 'react-router';
import { LoginMutation } from '../graphql/login';
import { AuthLayout } from '../../../app/layout/AuthLayout';
import { applyApiError } from '../../../app/forms/applyApiError';
import { validateEmail, validatePasswordPresent } from '../../../app/forms/validation';
import { useSessionActions } from '../../../app/session/SessionContext';
import { FormBanner } from '../components/FormBanner';
import { SsoSignInForm } from '../../sso/components/SsoSignInForm';

export /** Sign-in refuses only a deactivated member with FORBIDDEN (the right password, an account on hold). */
const DEACTIVATED = 'Your account is deactivated. Ask an ADMIN of your company to reactivate it.';
const WRONG_CREDENTIALS = 'Email or password is incorrect';

const FIELDS = { email: 'Email', password: 'Password' };

interface LoginLocationState {
  from?: string;
  reason?: 'expired' | 'signedOut';
}

export function LoginPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as LoginLocationState;
  const { signIn } = useSessionActions();
  const [login, { loading }] = useMutation(LoginMutation);
  const [banner, setBanner] = useState<string | null>(null);

  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: { email: validateEmail, password: validatePasswordPresent },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    try {
      const { data } = await login({
        variables: { input: { email: values.email.trim(), password: values.password } },
      });
      if (!data) throw new Error('No data');
      signIn(data.login);
      navigate(state.from && state.from !== '/login' ? state.from : '/', { replace: true });
    } catch (error) {
      // Never say which of the two was wrong.
      setBanner(
        applyApiError(form, error, FIELDS, { UNAUTHENTICATED: WRONG_CREDENTIALS, FORBIDDEN: DEACTIVATED })
          .banner,
      );
    }
  });

  return (
    <AuthLayout
      title="Sign in"
      subtitle="Welcome back to Tokenroll."
      footer={
        <>
          New to Tokenroll?{' '}
          <Anchor component={Link} to="/signup">
            Create your company
          </Anchor>
        </>
      }
    >
      {state.reason === 'expired' && !banner && (
        <FormBanner color="yellow" message="Your session has ended. Please sign in again." />
      )}
      <form onSubmit={handleSubmit} noValidate aria-label="Sign in">
        <Stack gap="sm">
          <FormBanner message={banner} />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            withAsterisk
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            withAsterisk
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={loading} fullWidth mt="xs">
            Sign in
          </Button>
        </Stack>
      </form>
      <Divider label="or" labelPosition="center" my="md" />
      <SsoSignInForm />
    </AuthLayout>
  );
}
