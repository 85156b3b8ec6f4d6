import '@mantine/charts/styles.css';
import { useMemo } from 'react';
import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { cumulativePoints, cumulativeSummary, type BurnPointRow } from '../burn';

/** The team's cumulative spend against its accrual line; the line ends are spelled out for screen readers. */
export function CumulativeBurnChart({
  points,
  currency,
}: {
  points: readonly BurnPointRow[];
  currency: string;
}) {
  const data = useMemo(() => cumulativePoints(points), [points]);
  // the accrual line is withheld from a manager over fewer than 5 people (a company setting)
  const withAccrual = data.every((point) => point.accrued !== null);
  // for the axis and tooltip only: figures shown as text stay exact
  const axisMoney = useMemo(
    () => new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }),
    [currency],
  );
  if (data.length === 0)
    return (
      <Text c="dimmed" data-testid="cumulative-burn-empty">
        The period has no figures yet.
      </Text>
    );
  return (
    <div
      role="img"
      aria-label={`Cumulative spend${withAccrual ? ' against accrual' : ''} from ${data[0]?.label} to ${data[data.length - 1]?.label}. ${cumulativeSummary(points, currency)}`}
      data-testid="cumulative-burn-chart"
    >
      <LineChart
        h={300}
        data={data}
        dataKey="label"
        withLegend
        withDots={data.length <= 45}
        curveType="linear"
        valueFormatter={(value) => axisMoney.format(value)}
        yAxisProps={{ width: 90 }}
        series={[
          ...(withAccrual
            ? [{ name: 'accrued', label: 'Accrued (cumulative)', color: 'indigo.6', strokeDasharray: '5 5' }]
            : []),
          { name: 'spent', label: 'Spent (cumulative)', color: 'orange.6' },
        ]}
      />
    </div>
  );
}
