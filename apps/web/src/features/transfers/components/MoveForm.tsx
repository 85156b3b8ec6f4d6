import { useMemo, useState } from 'react';
import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { applyApiError } from '../../../app/forms/applyApiError';
import { formatMicros } from '../../../app/money';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { LoadingState } from '../../../app/ui/states';
import { MoveAllowanceMutation } from '../graphql/moveAllowance';
import { MoveChoicesQuery } from '../graphql/moveChoices';
import { TransfersPageQuery } from '../graphql/transfersPage';
import {
  endLabel,
  MAX_NOTE_LENGTH,
  MOVE_FIELD_LABELS as LABELS,
  movableTeams,
  moveOptions,
  readMoveForm,
  type MoveFormValues,
} from '../transfers';

/** A manager moves allowance between engineers of their teams and the team pools (an admin: anywhere). */
export function MoveForm({ currency }: { currency: string }) {
  const user = useCurrentUser();
  const isAdmin = user.roles.includes('ADMIN');
  const choices = useQuery(MoveChoicesQuery);
  const [banner, setBanner] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [move, { loading }] = useMutation(MoveAllowanceMutation, {
    refetchQueries: [TransfersPageQuery],
    awaitRefetchQueries: true,
  });
  const form = useForm<MoveFormValues>({
    mode: 'controlled',
    initialValues: { from: '', to: '', amount: '', note: '' },
    validate: (values) => readMoveForm(values, currency).errors ?? {},
  });
  const options = useMemo(() => {
    if (!choices.data) return [];
    const teams = movableTeams(choices.data.teams, user.id, isAdmin);
    return moveOptions(teams, choices.data.engineers, user.email);
  }, [choices.data, user.id, user.email, isAdmin]);

  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    setDone(null);
    const { input } = readMoveForm(values, currency);
    if (!input) return;
    try {
      const { data } = await move({ variables: { input } });
      if (!data) throw new Error('No data');
      const moved = data.moveAllowance;
      setDone(
        `Moved ${formatMicros(moved.amountMicros, currency)} from ${endLabel(moved.fromKind, moved.fromName)} to ${endLabel(moved.toKind, moved.toName)}.`,
      );
      form.reset();
    } catch (error) {
      // `from.engineerId` and `to.teamId` name the side: put them next to From or To.
      const apiError = parseApiError(error);
      if (apiError.code === 'FORBIDDEN' || apiError.code === 'NOT_FOUND') {
        setBanner(apiError.message);
        return;
      }
      setBanner(applyApiError(form, error, LABELS).banner);
    }
  });

  if (choices.loading && !choices.data) return <LoadingState label="Loading your teams…" />;
  if (choices.error && !choices.data)
    return (
      <Alert color="red" variant="light" role="alert">
        {parseApiError(choices.error).message}
      </Alert>
    );
  if (options.length === 0)
    return (
      <Alert color="gray" variant="light">
        You manage no team, so there is nothing for you to move.
      </Alert>
    );

  const select = (field: 'from' | 'to') => ({
    ...form.getInputProps(field),
    value: form.getValues()[field] || null,
    onChange: (value: string | null) => form.setFieldValue(field, value ?? ''),
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Move allowance">
      <Stack gap="sm">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        {done && (
          <Alert color="green" variant="light" role="status">
            {done}
          </Alert>
        )}
        <Group align="flex-start" grow maw={860}>
          <Select
            label={LABELS.from}
            data={options}
            searchable
            withAsterisk
            placeholder="A pool or an engineer"
            {...select('from')}
          />
          <Select
            label={LABELS.to}
            data={options}
            searchable
            withAsterisk
            placeholder="A pool or an engineer"
            {...select('to')}
          />
        </Group>
        <TextInput
          label={LABELS.amount}
          description={`In ${currency}`}
          placeholder="100.00"
          inputMode="decimal"
          withAsterisk
          maw={260}
          {...form.getInputProps('amount')}
        />
        <TextInput
          label={LABELS.note}
          placeholder="Rebalancing for the launch"
          maxLength={MAX_NOTE_LENGTH + 1}
          maw={420}
          {...form.getInputProps('note')}
        />
        <Group>
          <Button type="submit" loading={loading}>
            Move
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
