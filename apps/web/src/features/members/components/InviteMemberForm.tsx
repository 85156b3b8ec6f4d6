import { useState } from 'react';
import { Alert, Button, Checkbox, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import type { InviteMemberMutation, Role } from '../../../gql/graphql';
import { InviteMemberMutation as InviteMemberDocument } from '../graphql/inviteMember';
import { MembersQuery } from '../graphql/members';
import { ALL_ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS } from '../../../app/roles';
import { applyApiError } from '../../../app/forms/applyApiError';
import { validateEmail, validateRoles } from '../../../app/forms/validation';
import { RoleBadges } from '../../../app/ui/RoleBadges';

const FIELDS = { email: 'Email', roles: 'Roles' };

type Invitation = InviteMemberMutation['inviteMember'];

function InvitationSent({ invitation, onDismiss }: { invitation: Invitation; onDismiss: () => void }) {
  return (
    <Alert
      color="green"
      variant="light"
      title={`Invitation created for ${invitation.email}`}
      role="status"
      withCloseButton
      onClose={onDismiss}
    >
      <Stack gap="xs">
        <RoleBadges roles={invitation.roles} label="Invited roles" />
        {invitation.acceptUrl ? (
          <>
            <Text size="sm">Email is not sent yet: share this link with them. It works once.</Text>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label="Accept link"
                value={invitation.acceptUrl}
                readOnly
                onFocus={(event) => event.currentTarget.select()}
                style={{ flex: 1 }}
                data-testid="accept-url"
              />
              <CopyButton value={invitation.acceptUrl}>
                {({ copied, copy }) => (
                  <Button variant="default" onClick={copy} color={copied ? 'teal' : undefined}>
                    {copied ? 'Copied' : 'Copy link'}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </>
        ) : (
          <Text size="sm">They will receive an email with a link to join.</Text>
        )}
      </Stack>
    </Alert>
  );
}

export function InviteMemberForm() {
  const [invite, { loading }] = useMutation(InviteMemberDocument, {
    refetchQueries: [MembersQuery],
    awaitRefetchQueries: true,
  });
  const [banner, setBanner] = useState<string | null>(null);
  const [sent, setSent] = useState<Invitation | null>(null);

  const form = useForm<{ email: string; roles: Role[] }>({
    mode: 'controlled',
    initialValues: { email: '', roles: [] },
    validate: { email: validateEmail, roles: validateRoles },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    try {
      const { data } = await invite({
        variables: { input: { email: values.email.trim(), roles: values.roles } },
      });
      if (!data) throw new Error('No data');
      setSent(data.inviteMember);
      form.reset();
    } catch (error) {
      setBanner(applyApiError(form, error, FIELDS).banner);
    }
  });

  return (
    <Stack gap="md">
      {sent && <InvitationSent invitation={sent} onDismiss={() => setSent(null)} />}
      <form onSubmit={handleSubmit} noValidate aria-label="Invite member">
        <Stack gap="sm">
          {banner && (
            <Alert color="red" variant="light" role="alert">
              {banner}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            placeholder="name@company.com"
            withAsterisk
            {...form.getInputProps('email')}
          />
          <Checkbox.Group
            label="Roles"
            description="A person can hold several roles."
            withAsterisk
            {...form.getInputProps('roles')}
          >
            <Group mt="xs" gap="lg">
              {ALL_ROLES.map((role) => (
                <Checkbox key={role} value={role} label={ROLE_LABELS[role]} title={ROLE_DESCRIPTIONS[role]} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group>
            <Button type="submit" loading={loading}>
              Send invitation
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
