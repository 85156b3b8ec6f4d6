import '@mantine/charts/styles.css';
import { useMemo } from 'react';
import { AreaChart, BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { formatMonth } from '../../../app/dates';
import { formatMicros } from '../../../app/money';
import { chartAmount } from '../finance';

function useAxisMoney(currency: string) {
  return useMemo(
    () => new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }),
    [currency],
  );
}

/** This month's spend against the allowances granted, one pair of bars per cost centre. */
export function SpendByCostCentreChart({
  rows,
  currency,
}: {
  rows: readonly { costCentre: string; spentMicros: string; grantedMicros: string }[];
  currency: string;
}) {
  const axisMoney = useAxisMoney(currency);
  const data = rows.map((row) => ({
    costCentre: row.costCentre,
    spent: chartAmount(row.spentMicros),
    granted: chartAmount(row.grantedMicros),
  }));
  if (data.length === 0)
    return (
      <Text c="dimmed" data-testid="cost-centre-chart-empty">
        No spend and no allowance granted this month yet.
      </Text>
    );
  const summary = rows
    .map(
      (row) =>
        `${row.costCentre}: ${formatMicros(row.spentMicros, currency)} spent of ${formatMicros(row.grantedMicros, currency)} granted`,
    )
    .join('; ');
  return (
    <div
      role="img"
      aria-label={`Spend against allowance granted by cost centre. ${summary}`}
      data-testid="cost-centre-chart"
    >
      <BarChart
        h={280}
        data={data}
        dataKey="costCentre"
        withLegend
        valueFormatter={(value) => axisMoney.format(value)}
        yAxisProps={{ width: 90 }}
        series={[
          { name: 'granted', label: 'Allowance granted', color: 'indigo.3' },
          { name: 'spent', label: 'Spent', color: 'orange.6' },
        ]}
      />
    </div>
  );
}

/** The company's monthly total over the last 12 months. */
export function TrendChart({
  points,
  currency,
}: {
  points: readonly { month: string; totalMicros: string }[];
  currency: string;
}) {
  const axisMoney = useAxisMoney(currency);
  const data = points.map((point) => ({
    month: formatMonth(point.month),
    total: chartAmount(point.totalMicros),
  }));
  if (data.length === 0)
    return (
      <Text c="dimmed" data-testid="trend-chart-empty">
        No month has spend yet.
      </Text>
    );
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <div
      role="img"
      aria-label={`Monthly spend from ${formatMonth(first?.month ?? '')} (${formatMicros(first?.totalMicros, currency)}) to ${formatMonth(last?.month ?? '')} (${formatMicros(last?.totalMicros, currency)})`}
      data-testid="trend-chart"
    >
      <AreaChart
        h={280}
        data={data}
        dataKey="month"
        curveType="linear"
        valueFormatter={(value) => axisMoney.format(value)}
        yAxisProps={{ width: 90 }}
        series={[{ name: 'total', label: 'Spend', color: 'teal.6' }]}
      />
    </div>
  );
}
