import { useMemo } from 'react';
import {
  Badge,
  Card,
  Checkbox,
  Group,
  Select,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useBusinessDate } from '../../../app/businessDate';
import { parseApiError } from '../../../app/errors';
import { formatMicros } from '../../../app/money';
import { hasAnyRole } from '../../../app/roles';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { EmptyState, ErrorState, LoadingState, NoAccessState } from '../../../app/ui/states';
import type { StatementKind } from '../../../gql/graphql';
import { ExportButtons } from '../components/ExportButtons';
import { StatementDetail } from '../components/StatementDetail';
import { StatementTotalsTable } from '../components/StatementTotalsTable';
import { grainOf, monthOf, periodLabel, periodOptions, type PeriodGrain } from '../finance';
import { StatementsQuery } from '../graphql/statements';

const GRAINS: { value: PeriodGrain; label: string }[] = [
  { value: 'MONTH', label: 'Month' },
  { value: 'QUARTER', label: 'Quarter' },
  { value: 'FISCAL_YEAR', label: 'Fiscal year' },
];

const KINDS: readonly StatementKind[] = ['TEAM', 'COST_CENTRE', 'SUBTREE'];

/**
 * Statements of a period: one per team and one per cost centre, their totals and change, and one opened in
 * full (engineers, models, providers, tools, allowances, adjustments) with its exports. The address holds
 * the choice (`?period=2026-11&kind=TEAM&key=…`), so a statement can be linked.
 */
export function StatementsPage() {
  const user = useCurrentUser();
  const today = useBusinessDate();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? monthOf(today);
  const grain = grainOf(period);
  const requestedKind = params.get('kind');
  const kind = KINDS.find((each) => each === requestedKind) ?? null;
  const key = params.get('key');
  const financeDesk = hasAnyRole(user.roles, ['FINANCE', 'ADMIN']);
  const options = useMemo(() => {
    const list = periodOptions(today, grain);
    return list.some((option) => option.value === period)
      ? list
      : [{ value: period, label: periodLabel(period) }, ...list];
  }, [today, grain, period]);
  const { data, loading, error, refetch } = useQuery(StatementsQuery, {
    variables: { period },
    fetchPolicy: 'cache-and-network',
  });
  const problem = error ? parseApiError(error) : null;

  const update = (changes: Record<string, string | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [name, value] of Object.entries(changes)) {
        if (value === null) next.delete(name);
        else next.set(name, value);
      }
      return next;
    });

  if (problem?.code === 'FORBIDDEN' && !data) return <NoAccessState />;

  const set = data?.statements;
  const teamKey = kind === 'TEAM' || kind === 'SUBTREE' ? key : null;
  const statementChoices = set
    ? [
        {
          group: 'Teams',
          items: set.teams.map((team) => ({ value: `TEAM:${team.key}`, label: team.name })),
        },
        {
          group: 'Cost centres',
          items: set.costCentres.map((centre) => ({
            value: `COST_CENTRE:${centre.key}`,
            label: centre.name,
          })),
        },
      ].filter((group) => group.items.length > 0)
    : [];
  const chosenValue = kind && key ? `${kind === 'SUBTREE' ? 'TEAM' : kind}:${key}` : null;

  return (
    <Stack gap="lg" maw={1400}>
      <div>
        <Title order={1}>Statements</Title>
        <Text c="dimmed">
          What each team and cost centre spent on AI tokens in a period: Σ over teams = Σ over cost centres =
          the period&apos;s total, to the cent.
        </Text>
      </div>
      <Group align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="period-grain-label">
            Period
          </Text>
          <SegmentedControl
            aria-labelledby="period-grain-label"
            data={GRAINS}
            value={grain}
            onChange={(value) => {
              const first = periodOptions(today, value as PeriodGrain)[0];
              if (first) update({ period: first.value });
            }}
          />
        </Stack>
        <Select
          label={grain === 'MONTH' ? 'Month' : grain === 'QUARTER' ? 'Quarter' : 'Fiscal year'}
          data={options}
          value={period}
          allowDeselect={false}
          onChange={(value) => value && update({ period: value })}
          w={220}
        />
        <Select
          label="Statement"
          placeholder="Pick a team or cost centre"
          data={statementChoices}
          value={chosenValue}
          searchable
          clearable
          onChange={(value) => {
            if (!value) return update({ kind: null, key: null });
            const [chosenKind, ...rest] = value.split(':');
            const chosenKey = rest.join(':');
            update({
              kind: chosenKind === 'TEAM' && kind === 'SUBTREE' ? 'SUBTREE' : (chosenKind ?? null),
              key: chosenKey,
            });
          }}
          w={300}
          disabled={!set}
        />
        {teamKey && (
          <Checkbox
            label="Include the teams below"
            checked={kind === 'SUBTREE'}
            onChange={(event) => update({ kind: event.currentTarget.checked ? 'SUBTREE' : 'TEAM' })}
            mb={8}
          />
        )}
      </Group>
      {loading && !data && <LoadingState label="Loading the statements…" />}
      {!data && problem && problem.code !== 'FORBIDDEN' && (
        <ErrorState
          title="We couldn't load the statements"
          message={problem.message}
          onRetry={() => void refetch()}
        />
      )}
      {set && (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="period-title">
          <Stack gap="md">
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={2} size="h4" id="period-title">
                  {periodLabel(set.period)}
                </Title>
                <Text size="sm" c="dimmed">
                  {set.months.length === 1 ? '1 month' : `${set.months.length} months`} ·{' '}
                  {set.mode === 'CHARGEBACK' ? 'chargeback' : 'showback'}
                </Text>
              </div>
              <Badge color={set.closed ? 'gray' : 'blue'} variant="light" data-testid="period-status">
                {set.closed ? 'Closed' : 'Open'}
              </Badge>
            </Group>
            <SimpleGrid cols={{ base: 2, sm: 5 }} component="dl" m={0}>
              {(
                [
                  ['Total', set.totalMicros, 'period-total'],
                  ['Usage', set.usageMicros, 'period-usage'],
                  ['Adjustments', set.adjustmentMicros, 'period-adjustments'],
                  ['Shared (allocated)', set.sharedMicros, 'period-shared'],
                  ['Unabsorbed capacity', set.unabsorbedMicros, 'period-unabsorbed'],
                ] as const
              ).map(([label, micros, testId]) => (
                <div key={testId}>
                  <Text size="xs" c="dimmed" tt="uppercase" fw={700} component="dt">
                    {label}
                  </Text>
                  <Text
                    component="dd"
                    m={0}
                    fw={testId === 'period-total' ? 700 : 600}
                    size={testId === 'period-total' ? 'xl' : 'lg'}
                    data-testid={testId}
                  >
                    {formatMicros(micros, set.currency)}
                  </Text>
                </div>
              ))}
            </SimpleGrid>
            {financeDesk && <ExportButtons period={period} formats={['CSV', 'FOCUS', 'GL']} />}
            {set.teams.length === 0 && set.costCentres.length === 0 ? (
              <EmptyState
                title="No statement for this period"
                description="Nothing was spent in this period by a team you may see."
              />
            ) : (
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                <div>
                  <Title order={3} size="h5" mb="xs">
                    Teams
                  </Title>
                  <StatementTotalsTable
                    label="Team statements"
                    period={period}
                    statements={set.teams}
                    currency={set.currency}
                  />
                </div>
                {set.costCentres.length > 0 && (
                  <div>
                    <Title order={3} size="h5" mb="xs">
                      Cost centres
                    </Title>
                    <StatementTotalsTable
                      label="Cost-centre statements"
                      period={period}
                      statements={set.costCentres}
                      currency={set.currency}
                    />
                  </div>
                )}
              </SimpleGrid>
            )}
          </Stack>
        </Card>
      )}
      {kind && key && <StatementDetail period={period} kind={kind} statementKey={key} />}
    </Stack>
  );
}
