import { useMemo } from 'react';
import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { csvAmount, formatMicros, microsOf } from '../../../app/money';
import { parseApiError } from '../../../app/errors';
import { DataTable, type DataColumn } from '../../../app/table/DataTable';
import { hasAnyRole } from '../../../app/roles';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { EmptyState, ErrorState, LoadingState } from '../../../app/ui/states';
import type { StatementKind, StatementQuery as StatementResult } from '../../../gql/graphql';
import {
  basisPointsText,
  CATEGORY_LABELS,
  changeText,
  formatMonth,
  KIND_LABELS,
  periodLabel,
} from '../finance';
import { StatementQuery } from '../graphql/statement';
import { StatementTagsQuery } from '../graphql/statementTags';
import { ExportButtons } from './ExportButtons';

/** The REST exports (statement CSV/PDF, FOCUS, GL) take a FINANCE or ADMIN session (or a finance:read key). */
export const FILE_EXPORTERS = ['FINANCE', 'ADMIN'] as const;

type StatementData = StatementResult['statement'];
type Amount = StatementData['byEngineer'][number];
type Allowance = StatementData['allowances'][number];
type Adjustment = StatementData['adjustments'][number];

function amountColumns(label: string, currency: string, total: bigint): DataColumn<Amount>[] {
  return [
    {
      key: 'name',
      label,
      render: (row) => row.name,
      sortValue: (row) => row.name,
      csv: { header: label, value: (row) => row.name },
    },
    {
      key: 'cost',
      label: 'Spend',
      align: 'right',
      render: (row) => formatMicros(row.costMicros, currency),
      sortValue: (row) => microsOf(row.costMicros),
      csv: { header: `Spend (${currency})`, value: (row) => csvAmount(row.costMicros, currency) },
    },
    {
      key: 'share',
      label: 'Share',
      align: 'right',
      render: (row) =>
        total === 0n ? '—' : `${((BigInt(row.costMicros) * 1000n) / total / 10n).toString()}%`,
      sortValue: (row) => microsOf(row.costMicros),
    },
  ];
}

function AmountSection({
  id,
  title,
  label,
  rows,
  currency,
  total,
  filename,
  emptyDescription = 'Nothing was charged here in this period.',
}: {
  id: string;
  title: string;
  label: string;
  rows: readonly Amount[];
  currency: string;
  total: bigint;
  filename: string;
  emptyDescription?: string;
}) {
  const columns = useMemo(() => amountColumns(label, currency, total), [label, currency, total]);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={id}>
          {title}
        </Title>
        <DataTable
          label={title}
          rows={rows}
          columns={columns}
          rowKey={(row) => row.key}
          searchText={(row) => [row.name, row.key]}
          initialSort={{ key: 'cost', direction: 'desc' }}
          csvFilename={filename}
          emptyTitle="No spend"
          emptyDescription={emptyDescription}
          minWidth={420}
        />
      </Stack>
    </Card>
  );
}

/** Usage by tag (repo=…, project=…): a drill-down asked for separately, not part of the sums. */
function TagSection({
  period,
  kind,
  statementKey,
  currency,
  total,
  filename,
}: {
  period: string;
  kind: StatementKind;
  statementKey: string;
  currency: string;
  total: bigint;
  filename: string;
}) {
  const { data, loading, error } = useQuery(StatementTagsQuery, {
    variables: { period, kind, key: statementKey },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <LoadingState label="Loading the tags…" />;
  if (!data) return error ? <Text c="dimmed">{parseApiError(error).message}</Text> : null;
  return (
    <AmountSection
      id="by-tag"
      title="By tag"
      label="Tag"
      rows={data.statementTags}
      currency={currency}
      total={total}
      filename={filename}
      emptyDescription="No usage in this statement carries a tag (repo, project…)."
    />
  );
}

/** One statement: its total and change, by category, engineer, model, provider and tool, allowances, adjustments. */
export function StatementDetail({
  period,
  kind,
  statementKey,
}: {
  period: string;
  kind: StatementKind;
  statementKey: string;
}) {
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(StatementQuery, {
    variables: { period, kind, key: statementKey },
    fetchPolicy: 'cache-and-network',
  });
  const problem = error ? parseApiError(error) : null;
  if (loading && !data) return <LoadingState label="Loading the statement…" />;
  if (!data) {
    if (
      problem &&
      (problem.code === 'FORBIDDEN' || problem.code === 'NOT_FOUND' || problem.code === 'BAD_USER_INPUT')
    )
      return <EmptyState title="No statement to show" description={problem.message} />;
    return (
      <ErrorState
        title="We couldn't load the statement"
        message={problem?.message ?? 'No answer from the server.'}
        onRetry={() => void refetch()}
      />
    );
  }
  const statement = data.statement;
  const currency = statement.currency;
  const money = (micros: string) => formatMicros(micros, currency);
  const total = BigInt(statement.totalMicros);
  const change = changeText(statement.totalMicros, statement.previousTotalMicros, currency);
  // a manager may not see the allowance figures of their reports (a company setting): they come as null
  const seesAllowances =
    statement.allowances.length === 0 || statement.allowances.some((row) => row.grantedMicros !== null);
  const slug = `${statement.kind.toLowerCase()}-${statement.key}-${period}`.replace(/[^A-Za-z0-9._-]+/g, '-');
  const allowanceColumns: DataColumn<Allowance>[] = [
    {
      key: 'name',
      label: 'Engineer',
      render: (row) => (
        <>
          {row.engineerName}
          {row.leaver && (
            <Badge ml="xs" size="xs" color="gray" variant="light">
              leaver
            </Badge>
          )}
        </>
      ),
      sortValue: (row) => row.engineerName,
      csv: {
        header: 'Engineer',
        value: (row) => (row.leaver ? `${row.engineerName} (leaver)` : row.engineerName),
      },
    },
    {
      key: 'granted',
      label: 'Granted',
      align: 'right',
      render: (row) => formatMicros(row.grantedMicros, currency),
      sortValue: (row) => microsOf(row.grantedMicros),
      csv: { header: `Granted (${currency})`, value: (row) => csvAmount(row.grantedMicros, currency) },
    },
    {
      key: 'spent',
      label: 'Spent',
      align: 'right',
      render: (row) => money(row.spentMicros),
      sortValue: (row) => microsOf(row.spentMicros),
      csv: { header: `Spent (${currency})`, value: (row) => csvAmount(row.spentMicros, currency) },
    },
    {
      key: 'utilisation',
      label: 'Utilisation',
      align: 'right',
      render: (row) => basisPointsText(row.utilisationBp),
      sortValue: (row) => row.utilisationBp,
      csv: { header: 'Utilisation', value: (row) => basisPointsText(row.utilisationBp) },
    },
    {
      key: 'overage',
      label: 'Overage',
      align: 'right',
      render: (row) => formatMicros(row.overageMicros, currency),
      sortValue: (row) => microsOf(row.overageMicros),
      csv: { header: `Overage (${currency})`, value: (row) => csvAmount(row.overageMicros, currency) },
    },
  ];
  const adjustmentColumns: DataColumn<Adjustment>[] = [
    {
      key: 'original',
      label: 'Original month',
      render: (row) => formatMonth(row.originalMonth),
      sortValue: (row) => row.originalMonth,
      csv: { header: 'Original month', value: (row) => row.originalMonth },
    },
    {
      key: 'engineer',
      label: 'Engineer',
      render: (row) => row.engineerName ?? '—',
      sortValue: (row) => row.engineerName,
      csv: { header: 'Engineer', value: (row) => row.engineerName ?? '' },
    },
    {
      key: 'amount',
      label: 'Amount',
      align: 'right',
      render: (row) => money(row.costMicros),
      sortValue: (row) => microsOf(row.costMicros),
      csv: { header: `Amount (${currency})`, value: (row) => csvAmount(row.costMicros, currency) },
    },
  ];
  return (
    <Stack gap="lg" data-testid="statement-detail">
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="statement-title">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={2} size="h3" id="statement-title">
                {statement.name}
              </Title>
              <Text c="dimmed" size="sm">
                {statement.label ?? KIND_LABELS[statement.kind]} · {periodLabel(statement.period)}
                {statement.kind === 'SUBTREE' &&
                  ' · a view: the teams below are also on their own statements, so it is not part of the sums'}
              </Text>
            </div>
            <Group gap="xs">
              <Badge color={statement.closed ? 'gray' : 'blue'} variant="light">
                {statement.closed ? 'Closed: final' : 'Open: figures may change'}
              </Badge>
            </Group>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={700} component="dt">
                Total
              </Text>
              <Text component="dd" m={0} fw={700} size="xl" data-testid="statement-total">
                {money(statement.totalMicros)}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={700} component="dt">
                Change vs previous period
              </Text>
              <Text component="dd" m={0} fw={600} size="lg" data-testid="statement-change">
                {change.percent} ({change.amount})
              </Text>
            </div>
            {statement.overageMicros !== null && statement.overageMicros !== undefined && (
              <div>
                <Text size="xs" c="dimmed" tt="uppercase" fw={700} component="dt">
                  Overage
                </Text>
                <Text component="dd" m={0} fw={600} size="lg" data-testid="statement-overage">
                  {money(statement.overageMicros)}
                </Text>
              </div>
            )}
          </SimpleGrid>
          <ExportButtons
            period={period}
            statement={{ kind: statement.kind, key: statement.key, name: statement.name }}
            formats={hasAnyRole(user.roles, FILE_EXPORTERS) ? ['CSV', 'PDF'] : []}
          />
          <Table aria-label="By category" data-testid="statement-categories">
            <Table.Tbody>
              {statement.byCategory.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Td>{CATEGORY_LABELS[row.key] ?? row.name}</Table.Td>
                  <Table.Td ta="right">{money(row.costMicros)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Card>
      {statement.adjustments.length > 0 && (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="statement-adjustments">
          <Stack gap="sm">
            <Title order={3} size="h5" id="statement-adjustments">
              Adjustments from closed months
            </Title>
            <Text size="sm" c="dimmed">
              Corrections that arrived after their month closed (late usage, repricing): booked in this
              period, each naming the month it belongs to.
            </Text>
            <DataTable
              label="Adjustments from closed months"
              rows={statement.adjustments}
              columns={adjustmentColumns}
              rowKey={(row) => `${row.originalMonth}-${row.engineerId ?? 'none'}`}
              searchText={(row) => [row.engineerName, row.originalMonth]}
              initialSort={{ key: 'original', direction: 'asc' }}
              csvFilename={`adjustments-${slug}.csv`}
              emptyTitle="No adjustments"
              emptyDescription="Nothing arrived late for a closed month."
            />
          </Stack>
        </Card>
      )}
      <AmountSection
        id="by-engineer"
        title="By engineer"
        label="Engineer"
        rows={statement.byEngineer}
        currency={currency}
        total={total}
        filename={`by-engineer-${slug}.csv`}
      />
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
        <AmountSection
          id="by-model"
          title="By model"
          label="Model"
          rows={statement.byModel}
          currency={currency}
          total={total}
          filename={`by-model-${slug}.csv`}
        />
        <AmountSection
          id="by-provider"
          title="By provider"
          label="Provider"
          rows={statement.byProvider}
          currency={currency}
          total={total}
          filename={`by-provider-${slug}.csv`}
        />
        <AmountSection
          id="by-tool"
          title="By tool"
          label="Tool"
          rows={statement.byTool}
          currency={currency}
          total={total}
          filename={`by-tool-${slug}.csv`}
        />
      </SimpleGrid>
      <TagSection
        period={period}
        kind={kind}
        statementKey={statementKey}
        currency={currency}
        total={total}
        filename={`by-tag-${slug}.csv`}
      />
      <Text size="xs" c="dimmed">
        Tags are a drill-down: an event may carry several tags or none, so they do not add up to the total.
      </Text>
      {seesAllowances ? (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="statement-allowances">
          <Stack gap="sm">
            <Title order={3} size="h5" id="statement-allowances">
              Allowance granted vs spent
            </Title>
            <DataTable
              label="Allowance granted vs spent"
              rows={statement.allowances}
              columns={allowanceColumns}
              rowKey={(row) => row.engineerId}
              searchText={(row) => [row.engineerName]}
              initialSort={{ key: 'name', direction: 'asc' }}
              csvFilename={`allowances-${slug}.csv`}
              emptyTitle="No allowances"
              emptyDescription="Nobody on this statement had an allowance in the period."
            />
          </Stack>
        </Card>
      ) : (
        <Text size="sm" c="dimmed" data-testid="allowances-private">
          Allowance figures per engineer are private to HR and finance: an allowance is a share of pay.
        </Text>
      )}
    </Stack>
  );
}
