import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import type { Role } from '../../../gql/graphql';
import { parseApiError } from '../../../app/errors';
import { ALL_ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS } from '../../../app/roles';
import { DeactivateMemberMutation } from '../graphql/deactivateMember';
import { ReactivateMemberMutation } from '../graphql/reactivateMember';
import { RemoveMemberMutation } from '../graphql/removeMember';
import { SetMemberRolesMutation } from '../graphql/setMemberRoles';
import type { MemberRow } from '../members';

const REFETCH = { refetchQueries: ['Members'], awaitRefetchQueries: true };

/** The reason the server gave, with the field it names ("would leave the company without an active ADMIN"). */
function reasonOf(error: unknown): string {
  const parsed = parseApiError(error);
  const fields = Object.values(parsed.fieldErrors);
  return fields.length && !fields.includes(parsed.message)
    ? `${parsed.message} (${fields.join('; ')})`
    : parsed.message;
}

function RolesDialog({ member, onClose }: { member: MemberRow; onClose: () => void }) {
  const [roles, setRoles] = useState<Role[]>([...member.roles]);
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetMemberRolesMutation, REFETCH);
  const submit = async () => {
    setError(null);
    if (!roles.length) {
      setError('Choose at least one role');
      return;
    }
    try {
      await save({ variables: { input: { userId: member.id, roles } } });
      onClose();
    } catch (caught) {
      setError(reasonOf(caught));
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Roles of ${member.email}`}>
      <Stack gap="sm">
        <Checkbox.Group
          label="Roles"
          description="Applies on their next request."
          value={roles}
          onChange={(value) => setRoles(ALL_ROLES.filter((role) => value.includes(role)))}
        >
          <Stack gap={6} mt="xs">
            {ALL_ROLES.map((role) => (
              <Checkbox
                key={role}
                value={role}
                label={ROLE_LABELS[role]}
                description={ROLE_DESCRIPTIONS[role]}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        {error && (
          <Alert color="red" variant="light" role="alert" title="Roles not changed">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={loading} onClick={() => void submit()}>
            Save roles
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RemoveDialog({ member, onClose }: { member: MemberRow; onClose: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [remove, { loading }] = useMutation(RemoveMemberMutation, REFETCH);
  const submit = async () => {
    setError(null);
    try {
      await remove({ variables: { userId: member.id } });
      onClose();
    } catch (caught) {
      setError(reasonOf(caught));
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Remove ${member.email}?`}>
      <Stack gap="sm">
        <Text size="sm">
          They are signed out on their next request and can no longer sign in. Their engineer record, pay and
          history stay.
        </Text>
        {error && (
          <Alert color="red" variant="light" role="alert" title="Not removed">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={loading} onClick={() => void submit()}>
            Remove member
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** An ADMIN's actions on a member who joined: roles, deactivate or reactivate, remove. */
export function MemberActions({ member }: { member: MemberRow }) {
  const [dialog, setDialog] = useState<'roles' | 'remove' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deactivate, deactivating] = useMutation(DeactivateMemberMutation, REFETCH);
  const [reactivate, reactivating] = useMutation(ReactivateMemberMutation, REFETCH);
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(reasonOf(caught));
    }
  };
  const active = member.status === 'ACTIVE';
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => setDialog('roles')}
          aria-label={`Change roles of ${member.email}`}
        >
          Roles
        </Button>
        {active ? (
          <Button
            size="compact-xs"
            variant="light"
            color="orange"
            loading={deactivating.loading}
            onClick={() => void run(() => deactivate({ variables: { userId: member.id } }))}
            aria-label={`Deactivate ${member.email}`}
          >
            Deactivate
          </Button>
        ) : (
          <Button
            size="compact-xs"
            variant="light"
            color="green"
            loading={reactivating.loading}
            onClick={() => void run(() => reactivate({ variables: { userId: member.id } }))}
            aria-label={`Reactivate ${member.email}`}
          >
            Reactivate
          </Button>
        )}
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          onClick={() => setDialog('remove')}
          aria-label={`Remove ${member.email}`}
        >
          Remove
        </Button>
      </Group>
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
      {dialog === 'roles' && <RolesDialog member={member} onClose={() => setDialog(null)} />}
      {dialog === 'remove' && <RemoveDialog member={member} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
