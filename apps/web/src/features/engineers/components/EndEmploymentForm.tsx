import { useState } from 'react';
import { Alert, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { formatIsoDay, formatMonth } from '../../../app/dates';
import { applyApiError } from '../../../app/forms/applyApiError';
import { formatMicros } from '../../../app/money';
import type { LeavingPreviewQuery as LeavingPreviewResult } from '../../../gql/graphql';
import { LeavingPreviewQuery } from '../graphql/leavingPreview';
import { SetEndDateMutation } from '../graphql/setEndDate';
import { validateDay } from '../validation';

const FIELDS = { endDate: 'Last employed day' };

type Preview = LeavingPreviewResult['leavingPreview'];

/** What the end date will do, in words, before it is saved. */
export function LeavingPreviewPanel({ preview }: { preview: Preview }) {
  const money = (micros: string) => formatMicros(micros, preview.currency);
  const keys = preview.apiKeysToRevoke;
  return (
    <Alert
      color="orange"
      variant="light"
      title="What this end date will do"
      role="region"
      aria-label="What this end date will do"
    >
      <List spacing={4} size="sm" data-testid="leaving-preview">
        <List.Item>
          Last day paid: <strong>{formatIsoDay(preview.lastDayPaid)}</strong>.
        </List.Item>
        <List.Item>
          {preview.reversedGrants.length === 0 ? (
            'No grant is reversed: none was posted for days after the last day.'
          ) : (
            <>
              Grants reversed: <strong>{money(preview.reversedMicros)}</strong> (
              {preview.reversedGrants
                .map((grant) => `${formatMonth(grant.month)} ${money(grant.amountMicros)}`)
                .join(', ')}
              ).
            </>
          )}
        </List.Item>
        {BigInt(preview.grantsToComeMicros) > 0n && (
          <List.Item>Still granted up to the last day: {money(preview.grantsToComeMicros)}.</List.Item>
        )}
        <List.Item>
          Balance forfeited on {formatIsoDay(preview.forfeitOn)}:{' '}
          <strong>{money(preview.forfeitMicros)}</strong> (unless it is spent before).
        </List.Item>
        {BigInt(preview.overageMicros) > 0n && (
          <List.Item>
            Spend after the last day already on record stays as their overage: {money(preview.overageMicros)}.
          </List.Item>
        )}
        <List.Item>
          {preview.loginEmail
            ? `Sign-in ${preview.loginEmail} deactivated after the last day.`
            : 'No sign-in to deactivate.'}
        </List.Item>
        <List.Item>
          {keys === 0
            ? 'No API key to revoke.'
            : `${keys} API ${keys === 1 ? 'key' : 'keys'} revoked after the last day.`}
        </List.Item>
      </List>
    </Alert>
  );
}

/**
 * Sets the last employed day in two steps: the date first, then what it will do (the leaving preview,
 * computed by the API without saving), then the confirmation that saves it.
 */
export function EndEmploymentForm({ engineerId, endDate }: { engineerId: string; endDate: string | null }) {
  const client = useApolloClient();
  const [banner, setBanner] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [setEndDate, { loading }] = useMutation(SetEndDateMutation, {
    refetchQueries: ['Engineer'],
    awaitRefetchQueries: true,
  });
  const form = useForm({
    mode: 'controlled',
    initialValues: { endDate: endDate ?? '' },
    validate: { endDate: validateDay(FIELDS.endDate) },
    onValuesChange: () => setPreview(null),
  });
  const showPreview = async (value: string) => {
    setBanner(null);
    setPreviewing(true);
    try {
      const { data } = await client.query({
        query: LeavingPreviewQuery,
        variables: { input: { engineerId, endDate: value } },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('No data');
      setPreview(data.leavingPreview);
    } catch (error) {
      setBanner(applyApiError(form, error, FIELDS).banner);
    } finally {
      setPreviewing(false);
    }
  };
  const send = async (value: string | null) => {
    setBanner(null);
    try {
      await setEndDate({ variables: { input: { engineerId, endDate: value } } });
      setPreview(null);
      if (value === null) form.setValues({ endDate: '' });
    } catch (error) {
      setBanner(applyApiError(form, error, FIELDS).banner);
    }
  };
  return (
    <form
      onSubmit={form.onSubmit((values) => void showPreview(values.endDate.trim()))}
      noValidate
      aria-label="End employment"
    >
      <Stack gap="sm">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          {endDate
            ? `Employment ends on ${formatIsoDay(endDate)}. Unused allowance is forfeited after that day.`
            : 'Set the last employed day. You see what it will do before it is saved.'}
        </Text>
        <Group align="flex-end">
          <TextInput label={FIELDS.endDate} type="date" withAsterisk {...form.getInputProps('endDate')} />
          <Button type="submit" variant="light" loading={previewing} disabled={preview !== null}>
            Preview
          </Button>
          {endDate && (
            <Button variant="subtle" onClick={() => void send(null)} disabled={loading}>
              Clear end date
            </Button>
          )}
        </Group>
        {preview && (
          <Stack gap="sm">
            <LeavingPreviewPanel preview={preview} />
            <Group>
              <Button color="red" loading={loading} onClick={() => void send(preview.lastDayPaid)}>
                Confirm end date
              </Button>
              <Button variant="default" onClick={() => setPreview(null)} disabled={loading}>
                Cancel
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </form>
  );
}
