import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useBusinessDate } from '../../../app/businessDate';
import { formatIsoDay } from '../../../app/dates';
import { parseApiError } from '../../../app/errors';
import { formatMicros } from '../../../app/money';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { EngineersQuery } from '../../engineers/graphql/engineers';
import { OffersQuery } from '../../offers/graphql/offers';
import { allowanceOverview } from '../dashboard';
import { HomeCard } from './HomeCard';

function Figure({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: string;
  hint: string;
  testId: string;
}) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={600} size="xl" data-testid={testId}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

/** HR's home: the allowances granted to the engineers employed today, and who starts soon. */
export function HrHome() {
  const today = useBusinessDate();
  const { company } = useCurrentUser();
  const engineers = useQuery(EngineersQuery, { fetchPolicy: 'cache-and-network' });
  const offers = useQuery(OffersQuery, { fetchPolicy: 'cache-and-network' });
  const problem = engineers.error
    ? parseApiError(engineers.error)
    : offers.error
      ? parseApiError(offers.error)
      : null;
  if ((engineers.loading && !engineers.data) || (offers.loading && !offers.data))
    return <LoadingState label="Loading engineers and offers…" />;
  if (problem && (!engineers.data || !offers.data))
    return (
      <ErrorState
        title="We couldn't load engineers and offers"
        message={problem.message}
        onRetry={() => {
          void engineers.refetch();
          void offers.refetch();
        }}
      />
    );
  const overview = allowanceOverview(engineers.data?.engineers ?? [], offers.data?.offers ?? [], today);
  const money = (micros: string | bigint | null) =>
    micros === null ? '—' : formatMicros(String(micros), company.currency);
  return (
    <Stack gap="lg" data-testid="hr-home">
      <HomeCard
        id="home-allowances"
        title="Allowances granted"
        description={`Engineers employed on ${formatIsoDay(today)} and their annual AI-token allowances.`}
        action={
          <Button component={Link} to="/engineers" variant="light" size="xs">
            Engineers →
          </Button>
        }
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0} spacing="md">
          <Figure
            label="Annual allowances"
            value={money(overview.grantedMicros)}
            hint={`granted to ${overview.withAllowance} engineer${overview.withAllowance === 1 ? '' : 's'}`}
            testId="home-granted"
          />
          <Figure
            label="Engineers"
            value={String(overview.activeEngineers)}
            hint={overview.leavingSoon > 0 ? `${overview.leavingSoon} with an end date` : 'employed today'}
            testId="home-engineers"
          />
          <Figure
            label="Starting soon"
            value={String(overview.starters.length)}
            hint="accepted or sent offers and new engineers"
            testId="home-starters-count"
          />
        </SimpleGrid>
      </HomeCard>
      <HomeCard
        id="home-starters"
        title="Upcoming starters"
        description="Soonest first, with the allowance each starts with."
        action={
          <Group gap="xs">
            <Button component={Link} to="/offers" variant="light" size="xs">
              Offers →
            </Button>
          </Group>
        }
      >
        {overview.starters.length === 0 ? (
          <Text c="dimmed" data-testid="home-no-starters">
            Nobody is starting soon. Accepted offers show here until their first day.
          </Text>
        ) : (
          <Table aria-label="Upcoming starters" data-testid="home-starters">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Team</Table.Th>
                <Table.Th>Starts</Table.Th>
                <Table.Th ta="right">Annual allowance</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.starters.map((starter) => (
                <Table.Tr key={starter.key}>
                  <Table.Td>
                    <Anchor component={Link} to={starter.path}>
                      {starter.name}
                    </Anchor>
                    {starter.offerStatus && (
                      <Badge
                        ml="xs"
                        size="xs"
                        variant="light"
                        color={starter.offerStatus === 'ACCEPTED' ? 'teal' : 'blue'}
                      >
                        offer {starter.offerStatus.toLowerCase()}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{starter.teamName}</Table.Td>
                  <Table.Td>{formatIsoDay(starter.startDate)}</Table.Td>
                  <Table.Td ta="right">{money(starter.annualAllowanceMicros)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </HomeCard>
    </Stack>
  );
}
