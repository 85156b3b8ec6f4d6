import { useState } from 'react';
import { Anchor, Button, Group, PasswordInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { InvitationPreviewQuery } from '../graphql/invitationPreview';
import { AcceptInvitationMutation } from '../graphql/acceptInvitation';
import { AuthLayout } from '../../../app/layout/AuthLayout';
import { applyApiError } from '../../../app/forms/applyApiError';
import { parseApiError } from '../../../app/errors';
import {
  validateConfirmation,
  preparePasswordCheck,
  validateNewPassword,
  validateRequired,
  MIN_PASSWORD_LENGTH,
} from '../../../app/forms/validation';
import { useSessionActions } from '../../../app/session/SessionContext';
import { RoleBadges } from '../../../app/ui/RoleBadges';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { FormBanner } from '../components/FormBanner';

// This page sets a password: the strength estimator loads as it opens (not on the sign-in path).
void preparePasswordCheck();
const FIELDS = { name: 'Your name', password: 'Password', confirmPassword: 'Confirmation' };
const UNUSABLE_CODES = new Set(['NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT']);
const INVITATION_GONE = 'It has expired, was revoked, or has already been accepted.';

/** The server says why in `fields.token` ("has expired", "was revoked", ...); fall back to the general reason. */
function unusableReason(tokenMessage: string | undefined): string {
  return tokenMessage ? `This invitation link ${tokenMessage}.` : INVITATION_GONE;
}

function UnusableInvitation({ reason }: { reason: string }) {
  return (
    <AuthLayout title="This invitation can't be used" subtitle={reason}>
      <Stack gap="sm" data-testid="invitation-unusable">
        <Text size="sm">Ask an admin of your company to send you a new invitation.</Text>
        <Anchor component={Link} to="/login">
          Go to sign in
        </Anchor>
      </Stack>
    </AuthLayout>
  );
}

export function AcceptInvitePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const { signIn } = useSessionActions();
  const [banner, setBanner] = useState<string | null>(null);
  const [tokenRejected, setTokenRejected] = useState<string | null>(null);

  const preview = useQuery(InvitationPreviewQuery, {
    variables: { token },
    skip: token === '',
    fetchPolicy: 'network-only',
  });
  const [accept, { loading: accepting }] = useMutation(AcceptInvitationMutation);

  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', password: '', confirmPassword: '' },
    validate: {
      name: validateRequired('Your name'),
      password: (value) => validateNewPassword(value),
      confirmPassword: (value, values) => validateConfirmation(value, values.password),
    },
  });

  if (token === '') {
    return (
      <UnusableInvitation reason="The link is missing its invitation code. Open the link from your invitation again." />
    );
  }
  if (tokenRejected) return <UnusableInvitation reason={tokenRejected} />;
  if (preview.loading && !preview.data) {
    return (
      <AuthLayout title="Join your team">
        <LoadingState label="Checking your invitation…" />
      </AuthLayout>
    );
  }
  if (preview.error) {
    const apiError = parseApiError(preview.error);
    if (UNUSABLE_CODES.has(apiError.code)) {
      return <UnusableInvitation reason={unusableReason(apiError.fieldErrors['token'])} />;
    }
    return (
      <AuthLayout title="Join your team">
        <ErrorState
          title="We couldn't check your invitation"
          message={apiError.message}
          onRetry={() => void preview.refetch()}
        />
      </AuthLayout>
    );
  }
  const invitation = preview.data?.invitationPreview;
  if (!invitation) return <UnusableInvitation reason="We couldn't find this invitation." />;
  // Whether it has expired is the server's answer (its real clock), never the browser's clock.

  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    try {
      const { data } = await accept({
        variables: { input: { token, name: values.name.trim(), password: values.password } },
      });
      if (!data) throw new Error('No data');
      signIn(data.acceptInvitation);
      navigate('/', { replace: true });
    } catch (error) {
      const { banner: message, apiError } = applyApiError(form, error, FIELDS);
      if (apiError.fieldErrors['token'] !== undefined || apiError.code === 'NOT_FOUND') {
        setTokenRejected(unusableReason(apiError.fieldErrors['token']));
        return;
      }
      setBanner(message);
    }
  });

  return (
    <AuthLayout
      title={`Join ${invitation.companyName}`}
      subtitle="You've been invited to Tokenroll. Choose your name and a password."
    >
      <Table variant="vertical" withTableBorder layout="fixed" aria-label="Invitation">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={110}>Company</Table.Th>
            <Table.Td>{invitation.companyName}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Email</Table.Th>
            <Table.Td>{invitation.email}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Roles</Table.Th>
            <Table.Td>
              <RoleBadges roles={invitation.roles} label="Invited roles" />
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <form onSubmit={handleSubmit} noValidate aria-label="Accept invitation">
        <Stack gap="sm">
          <FormBanner message={banner} />
          <TextInput label="Your name" autoComplete="name" withAsterisk {...form.getInputProps('name')} />
          <PasswordInput
            label="Password"
            description={`At least ${MIN_PASSWORD_LENGTH} characters`}
            autoComplete="new-password"
            withAsterisk
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label="Confirm password"
            autoComplete="new-password"
            withAsterisk
            {...form.getInputProps('confirmPassword')}
          />
          <Group justify="flex-end" mt="xs">
            <Button type="submit" loading={accepting} fullWidth>
              Join {invitation.companyName}
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthLayout>
  );
}
