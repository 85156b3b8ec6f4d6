import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { applyApiError } from '../../../app/forms/applyApiError';
import { validateRequired } from '../../../app/forms/validation';
import { MembersQuery } from '../../members/graphql/members';
import { CreateTeamMutation } from '../graphql/createTeam';
import { TeamsQuery } from '../graphql/teams';
import { teamOptions, type TeamRow } from '../teams';

const FIELDS = { name: 'Name', parentId: 'Parent team', costCentre: 'Cost centre', managerUserId: 'Manager' };

interface Values {
  name: string;
  parentId: string;
  costCentre: string;
  managerUserId: string;
}

/** Managers are members; only offered when the viewer may read the members list. */
function ManagerSelect({
  inputProps,
}: {
  inputProps: ReturnType<ReturnType<typeof useForm<Values>>['getInputProps']>;
}) {
  const { data } = useQuery(MembersQuery);
  const people = (data?.members ?? []).filter((member) => member.status === 'ACTIVE');
  return (
    <NativeSelect
      label={FIELDS.managerUserId}
      data={[
        { value: '', label: 'No manager' },
        ...people.map((member) => ({
          value: member.id,
          label: `${member.name ?? member.email} (${member.email})`,
        })),
      ]}
      {...inputProps}
    />
  );
}

export function AddTeamForm({
  teams,
  canChooseManager,
}: {
  teams: readonly TeamRow[];
  canChooseManager: boolean;
}) {
  const [banner, setBanner] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [createTeam, { loading }] = useMutation(CreateTeamMutation, {
    refetchQueries: [TeamsQuery],
    awaitRefetchQueries: true,
  });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: '', parentId: '', costCentre: '', managerUserId: '' },
    validate: { name: validateRequired('Name'), costCentre: validateRequired('Cost centre') },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    setCreated(null);
    try {
      const { data } = await createTeam({
        variables: {
          input: {
            name: values.name.trim(),
            costCentre: values.costCentre.trim(),
            parentId: values.parentId || null,
            ...(canChooseManager && values.managerUserId ? { managerUserId: values.managerUserId } : {}),
          },
        },
      });
      if (!data) throw new Error('No data');
      setCreated(data.createTeam.name);
      form.reset();
    } catch (error) {
      setBanner(applyApiError(form, error, FIELDS).banner);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Add team">
      <Stack gap="sm">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        {created && (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setCreated(null)}>
            Team {created} added.
          </Alert>
        )}
        <Group grow align="flex-start">
          <TextInput
            label={FIELDS.name}
            withAsterisk
            placeholder="Platform"
            {...form.getInputProps('name')}
          />
          <NativeSelect
            label={FIELDS.parentId}
            data={[{ value: '', label: 'None (top level)' }, ...teamOptions(teams)]}
            {...form.getInputProps('parentId')}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={FIELDS.costCentre}
            withAsterisk
            placeholder="CC-1001"
            description="Where chargeback books this team's spend"
            {...form.getInputProps('costCentre')}
          />
          {canChooseManager ? <ManagerSelect inputProps={form.getInputProps('managerUserId')} /> : <div />}
        </Group>
        <Group>
          <Button type="submit" loading={loading}>
            Add team
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
