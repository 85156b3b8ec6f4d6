import { useEffect, useRef, useState } from 'react';
import { Anchor, Loader, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { AuthLayout } from '../../../app/layout/AuthLayout';
import { useSessionActions } from '../../../app/session/SessionContext';
import { FormBanner } from '../../auth/components/FormBanner';
import { CompleteSsoSignInMutation } from '../graphql/completeSsoSignIn';
import { ssoFailureMessage } from '../sso';

/** Where the identity provider sends people back: completes the sign-in once, then opens the app. */
export function SsoCallbackPage() {
  const navigate = useNavigate();
  const { signIn } = useSessionActions();
  const [complete] = useMutation(CompleteSsoSignInMutation);
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    // A callback is accepted once: never send it twice (React's strict mode runs effects twice).
    if (started.current) return;
    started.current = true;
    const query = window.location.search;
    const providerError =
      new URLSearchParams(query).get('error_description') ?? new URLSearchParams(query).get('error');
    if (providerError) {
      setError(`Your identity provider refused the sign-in: ${providerError}`);
      return;
    }
    complete({ variables: { input: { callbackQuery: query } } })
      .then(({ data }) => {
        if (!data) throw new Error('No data');
        signIn(data.completeSsoSignIn);
        navigate('/', { replace: true });
      })
      .catch((caught: unknown) => setError(ssoFailureMessage(caught)));
  }, [complete, navigate, signIn]);

  return (
    <AuthLayout title="Single sign-on" subtitle="Signing you in through your company’s identity provider.">
      {error ? (
        <Stack gap="sm">
          <FormBanner title="We couldn't sign you in" message={error} />
          <Anchor component={Link} to="/login">
            Back to sign in
          </Anchor>
        </Stack>
      ) : (
        <Stack align="center" gap="xs" role="status">
          <Loader />
          <Text c="dimmed">Signing you in…</Text>
        </Stack>
      )}
    </AuthLayout>
  );
}
