import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { applyApiError } from '../../../app/forms/applyApiError';
import { validateRequired } from '../../../app/forms/validation';
import { MembersQuery } from '../../members/graphql/members';
import { TeamsQuery } from '../graphql/teams';
import { UpdateTeamMutation } from '../graphql/updateTeam';
import { parentOptions, type TeamRow } from '../teams';

const FIELDS = { name: 'Name', parentId: 'Parent team', costCentre: 'Cost centre', managerUserId: 'Manager' };

interface Values {
  name: string;
  parentId: string;
  costCentre: string;
  managerUserId: string;
}

/**
 * Renames a team, moves it under another parent (never below itself), gives it another manager or cost
 * centre. Only what changed is sent; the API audits the change.
 */
export function EditTeamForm({
  team,
  teams,
  canChooseManager,
  onDone,
}: {
  team: TeamRow;
  teams: readonly TeamRow[];
  canChooseManager: boolean;
  /** Called with the team's name once saved, or null when nothing was changed or the edit was cancelled. */
  onDone: (saved: string | null) => void;
}) {
  const [banner, setBanner] = useState<string | null>(null);
  const members = useQuery(MembersQuery, { skip: !canChooseManager });
  const [updateTeam, { loading }] = useMutation(UpdateTeamMutation, {
    refetchQueries: [TeamsQuery],
    awaitRefetchQueries: true,
  });
  const initial: Values = {
    name: team.name,
    parentId: team.parentId ?? '',
    costCentre: team.costCentre,
    managerUserId: team.managerUserId ?? '',
  };
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initial,
    validate: { name: validateRequired('Name'), costCentre: validateRequired('Cost centre') },
  });
  const people = (members.data?.members ?? []).filter(
    (member) => member.status === 'ACTIVE' || member.id === team.managerUserId,
  );

  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    const changes: Record<string, string | null> = {};
    if (values.name.trim() !== initial.name) changes.name = values.name.trim();
    if (values.costCentre.trim() !== initial.costCentre) changes.costCentre = values.costCentre.trim();
    if (values.parentId !== initial.parentId) changes.parentId = values.parentId || null;
    if (canChooseManager && values.managerUserId !== initial.managerUserId)
      changes.managerUserId = values.managerUserId || null;
    if (Object.keys(changes).length === 0) {
      onDone(null);
      return;
    }
    try {
      const { data } = await updateTeam({ variables: { input: { id: team.id, ...changes } } });
      if (!data) throw new Error('No data');
      onDone(data.updateTeam.name);
    } catch (error) {
      setBanner(applyApiError(form, error, FIELDS).banner);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Edit team">
      <Stack gap="sm">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        <TextInput label={FIELDS.name} withAsterisk {...form.getInputProps('name')} />
        <NativeSelect
          label={FIELDS.parentId}
          description="Teams below this one are not offered: a team cannot sit under itself"
          data={[{ value: '', label: 'None (top level)' }, ...parentOptions(teams, team.id)]}
          {...form.getInputProps('parentId')}
        />
        <TextInput
          label={FIELDS.costCentre}
          withAsterisk
          description="Where chargeback books this team's spend from now on"
          {...form.getInputProps('costCentre')}
        />
        {canChooseManager && (
          <NativeSelect
            label={FIELDS.managerUserId}
            data={[
              { value: '', label: 'No manager' },
              ...people.map((member) => ({
                value: member.id,
                label: `${member.name ?? member.email} (${member.email})`,
              })),
            ]}
            {...form.getInputProps('managerUserId')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(null)} disabled={loading}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Save team
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
