import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useBusinessDate } from '../../../app/businessDate';
import { formatIsoDay } from '../../../app/dates';
import { applyApiError } from '../../../app/forms/applyApiError';
import { TeamsQuery } from '../../teams/graphql/teams';
import { teamOptions } from '../../teams/teams';
import type { EngineerDetail } from '../detail';
import { MoveEngineerMutation } from '../graphql/moveEngineer';
import { validateDay } from '../validation';

const FIELDS = { teamId: 'New team', effectiveFrom: 'From' };

/** The engineer's teams over time, oldest first; a move to come is shown with its date. */
export function TeamHistoryTable({ history }: { history: EngineerDetail['teamHistory'] }) {
  return (
    <Table aria-label="Team history" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Team</Table.Th>
          <Table.Th>From</Table.Th>
          <Table.Th>Until</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.map((row) => (
          <Table.Tr key={`${row.teamId}-${row.effectiveFrom}`}>
            <Table.Td>{row.teamName}</Table.Td>
            <Table.Td>{formatIsoDay(row.effectiveFrom)}</Table.Td>
            <Table.Td>{row.effectiveTo ? formatIsoDay(row.effectiveTo) : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * Moves the engineer to another team from a date (today or later). Usage up to the day before stays
 * booked to the old team.
 */
export function MoveTeamForm({
  engineerId,
  currentTeamId,
}: {
  engineerId: string;
  currentTeamId: string | null;
}) {
  const today = useBusinessDate();
  const teams = useQuery(TeamsQuery);
  const [banner, setBanner] = useState<string | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  const [move, { loading }] = useMutation(MoveEngineerMutation, {
    refetchQueries: ['Engineer', TeamsQuery],
    awaitRefetchQueries: true,
  });
  const form = useForm({
    mode: 'controlled',
    initialValues: { teamId: '', effectiveFrom: today },
    validate: {
      teamId: (value: string) => (value ? null : `${FIELDS.teamId} is required`),
      effectiveFrom: validateDay(FIELDS.effectiveFrom),
    },
  });
  const options = teamOptions(teams.data?.teams ?? []).filter((option) => option.value !== currentTeamId);

  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    setMoved(null);
    try {
      await move({
        variables: {
          input: { engineerId, teamId: values.teamId, effectiveFrom: values.effectiveFrom.trim() },
        },
      });
      const name = teams.data?.teams.find((team) => team.id === values.teamId)?.name ?? 'the new team';
      setMoved(`Moves to ${name} from ${formatIsoDay(values.effectiveFrom.trim())}.`);
      form.setValues({ teamId: '', effectiveFrom: today });
    } catch (error) {
      setBanner(applyApiError(form, error, FIELDS).banner);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Move to another team">
      <Stack gap="sm">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        {moved && (
          <Alert color="green" variant="light" role="status">
            {moved}
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          Usage before the date stays with the team it was booked to; from the date it counts for the new
          team.
        </Text>
        <Group align="flex-end">
          <NativeSelect
            label={FIELDS.teamId}
            withAsterisk
            data={[{ value: '', label: teams.loading ? 'Loading teams…' : 'Choose a team' }, ...options]}
            {...form.getInputProps('teamId')}
          />
          <TextInput
            label={FIELDS.effectiveFrom}
            type="date"
            min={today}
            withAsterisk
            {...form.getInputProps('effectiveFrom')}
          />
          <Button type="submit" loading={loading}>
            Move
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
