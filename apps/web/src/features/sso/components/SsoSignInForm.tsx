import { useState } from 'react';
import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { applyApiError } from '../../../app/forms/applyApiError';
import { FormBanner } from '../../auth/components/FormBanner';
import { StartSsoSignInMutation } from '../graphql/startSsoSignIn';

const FIELDS = { identifier: 'Work email or SSO name' };

/** "Sign in with SSO": finds the company by work email or SSO name and goes to its identity provider. */
export function SsoSignInForm({
  redirect = (url: string) => window.location.assign(url),
}: {
  redirect?: (url: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const [start, { loading }] = useMutation(StartSsoSignInMutation);
  const form = useForm({
    mode: 'controlled',
    initialValues: { identifier: '' },
    validate: {
      identifier: (value: string) =>
        value.trim() ? null : 'Enter your work email or your company’s SSO name',
    },
  });
  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    try {
      const { data } = await start({ variables: { input: { identifier: values.identifier.trim() } } });
      if (!data) throw new Error('No data');
      redirect(data.startSsoSignIn.authorizationUrl);
    } catch (error) {
      setBanner(applyApiError(form, error, FIELDS).banner);
    }
  });

  return (
    <Stack gap="xs">
      <Button variant="default" fullWidth onClick={() => setOpen((value) => !value)} aria-expanded={open}>
        Sign in with SSO
      </Button>
      {open && (
        <form onSubmit={handleSubmit} noValidate aria-label="Sign in with SSO">
          <Stack gap="sm">
            <FormBanner message={banner} />
            <TextInput
              label="Work email or SSO name"
              description="We send you to your company’s identity provider."
              autoComplete="email"
              {...form.getInputProps('identifier')}
            />
            <Button type="submit" loading={loading} fullWidth>
              Continue with SSO
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
