import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { applyApiError } from '../../../app/forms/applyApiError';
import { validateEmail, validateRequired } from '../../../app/forms/validation';
import { TeamsQuery } from '../../teams/graphql/teams';
import { teamOptions } from '../../teams/teams';
import { CreateEngineerMutation } from '../graphql/createEngineer';
import { EngineersQuery } from '../graphql/engineers';
import { validateDay, validatePay } from '../validation';

const FIELDS = {
  name: 'Name',
  email: 'Email',
  title: 'Title',
  level: 'Level',
  location: 'Location',
  teamId: 'Team',
  startDate: 'Start date',
  annualPay: 'Annual base pay',
  currency: 'Currency',
};

interface Values {
  name: string;
  email: string;
  title: string;
  level: string;
  location: string;
  teamId: string;
  startDate: string;
  annualPay: string;
}

const optional = (text: string) => (text.trim() === '' ? null : text.trim());

export function AddEngineerForm({ currency }: { currency: string }) {
  const teams = useQuery(TeamsQuery);
  const [banner, setBanner] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [createEngineer, { loading }] = useMutation(CreateEngineerMutation, {
    refetchQueries: [EngineersQuery, TeamsQuery],
    awaitRefetchQueries: true,
  });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      name: '',
      email: '',
      title: '',
      level: '',
      location: '',
      teamId: '',
      startDate: '',
      annualPay: '',
    },
    validate: {
      name: validateRequired(FIELDS.name),
      email: validateEmail,
      teamId: (value) => (value ? null : 'Choose a team'),
      startDate: validateDay(FIELDS.startDate),
      annualPay: validatePay(FIELDS.annualPay, currency),
    },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    setCreated(null);
    try {
      const { data } = await createEngineer({
        variables: {
          input: {
            name: values.name.trim(),
            email: values.email.trim(),
            title: optional(values.title),
            level: optional(values.level),
            location: optional(values.location),
            teamId: values.teamId,
            startDate: values.startDate.trim(),
            annualPay: values.annualPay.trim(),
            currency,
          },
        },
      });
      if (!data) throw new Error('No data');
      setCreated({ id: data.createEngineer.id, name: data.createEngineer.name });
      form.reset();
    } catch (error) {
      setBanner(applyApiError(form, error, FIELDS).banner);
    }
  });

  const options = teamOptions(teams.data?.teams ?? []);

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Add engineer">
      <Stack gap="sm">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        {created && (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setCreated(null)}>
            {created.name} added.{' '}
            <Anchor component={Link} to={`/engineers/${created.id}`}>
              Open {created.name}&apos;s page
            </Anchor>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={FIELDS.name} withAsterisk {...form.getInputProps('name')} />
          <TextInput label={FIELDS.email} type="email" withAsterisk {...form.getInputProps('email')} />
          <NativeSelect
            label={FIELDS.teamId}
            withAsterisk
            data={[
              { value: '', label: teams.loading && !teams.data ? 'Loading teams…' : 'Choose a team' },
              ...options,
            ]}
            {...form.getInputProps('teamId')}
          />
          <TextInput label={FIELDS.startDate} type="date" withAsterisk {...form.getInputProps('startDate')} />
          <TextInput
            label={FIELDS.annualPay}
            withAsterisk
            placeholder="185,000"
            inputMode="decimal"
            rightSection={
              <Text size="xs" c="dimmed">
                {currency}
              </Text>
            }
            rightSectionWidth={48}
            {...form.getInputProps('annualPay')}
          />
          <TextInput label={FIELDS.title} placeholder="Senior Engineer" {...form.getInputProps('title')} />
          <TextInput label={FIELDS.level} placeholder="L4" {...form.getInputProps('level')} />
          <TextInput label={FIELDS.location} placeholder="Berlin" {...form.getInputProps('location')} />
        </SimpleGrid>
        {teams.data && options.length === 0 && (
          <Text size="sm" c="dimmed">
            There are no teams yet:{' '}
            <Anchor component={Link} to="/teams">
              add one
            </Anchor>{' '}
            first.
          </Text>
        )}
        <Group>
          <Button type="submit" loading={loading}>
            Add engineer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
