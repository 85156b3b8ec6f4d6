import { useState } from 'react';
import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { SignUpMutation } from '../graphql/signUp';
import { AuthLayout } from '../../../app/layout/AuthLayout';
import { applyApiError } from '../../../app/forms/applyApiError';
import {
  validateEmail,
  preparePasswordCheck,
  validateNewPassword,
  validateRequired,
  MIN_PASSWORD_LENGTH,
} from '../../../app/forms/validation';
import { useSessionActions } from '../../../app/session/SessionContext';
import { FormBanner } from '../components/FormBanner';

// This page sets a password: the strength estimator loads as it opens (not on the sign-in path).
void preparePasswordCheck();
const FIELDS = { companyName: 'Company name', name: 'Your name', email: 'Work email', password: 'Password' };

export function SignUpPage() {
  const navigate = useNavigate();
  const { signIn } = useSessionActions();
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const [banner, setBanner] = useState<string | null>(null);

  const form = useForm({
    mode: 'controlled',
    initialValues: { companyName: '', name: '', email: '', password: '' },
    validate: {
      companyName: validateRequired('Company name'),
      name: validateRequired('Your name'),
      email: validateEmail,
      password: (value, values) => validateNewPassword(value, values.email),
    },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    try {
      const { data } = await signUp({
        variables: {
          input: {
            companyName: values.companyName.trim(),
            name: values.name.trim(),
            email: values.email.trim(),
            password: values.password,
          },
        },
      });
      if (!data) throw new Error('No data');
      signIn(data.signUp);
      navigate('/', { replace: true });
    } catch (error) {
      setBanner(applyApiError(form, error, FIELDS).banner);
    }
  });

  return (
    <AuthLayout
      title="Create your company"
      subtitle="Set up Tokenroll for your company. You will be its first admin."
      footer={
        <>
          Already have an account?{' '}
          <Anchor component={Link} to="/login">
            Sign in
          </Anchor>
        </>
      }
    >
      <form onSubmit={handleSubmit} noValidate aria-label="Sign up">
        <Stack gap="sm">
          <FormBanner message={banner} />
          <TextInput
            label="Company name"
            autoComplete="organization"
            withAsterisk
            {...form.getInputProps('companyName')}
          />
          <TextInput label="Your name" autoComplete="name" withAsterisk {...form.getInputProps('name')} />
          <TextInput
            label="Work email"
            type="email"
            autoComplete="email"
            withAsterisk
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            description={`At least ${MIN_PASSWORD_LENGTH} characters`}
            autoComplete="new-password"
            withAsterisk
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={loading} fullWidth mt="xs">
            Create company
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
