import '@mantine/charts/styles.css';
import { useMemo } from 'react';
import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { burnDownPoints, type UsageDay } from '../budget';

/** Cumulative accrued and spent, and what remains, for each day of the period so far. */
export function BurnDownChart({ days, currency }: { days: readonly UsageDay[]; currency: string }) {
  const data = useMemo(() => burnDownPoints(days), [days]);
  // without the allowance (a manager, by the company setting) only the spend line is drawn
  const withAllowance = data.every((point) => point.accrued !== null);
  // for the axis and tooltip only: figures shown as text stay exact
  const axisMoney = useMemo(
    () => new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 2 }),
    [currency],
  );
  if (data.length === 0)
    return (
      <Text c="dimmed" data-testid="burn-down-empty">
        The period has no days with figures yet.
      </Text>
    );
  return (
    <div
      role="img"
      aria-label={`Burn-down from ${data[0]?.label} to ${data[data.length - 1]?.label}: ${withAllowance ? 'accrued, spent to date and remaining' : 'spent to date'}`}
      data-testid="burn-down-chart"
    >
      <LineChart
        h={300}
        data={data}
        dataKey="label"
        withLegend
        withDots={data.length <= 31}
        curveType="linear"
        valueFormatter={(value) => axisMoney.format(value)}
        yAxisProps={{ width: 80 }}
        referenceLines={[{ y: 0, color: 'gray.5' }]}
        series={
          withAllowance
            ? [
                { name: 'accrued', label: 'Accrued', color: 'indigo.6' },
                { name: 'spent', label: 'Spent to date', color: 'orange.6' },
                { name: 'remaining', label: 'Remaining', color: 'teal.6', strokeDasharray: '5 5' },
              ]
            : [{ name: 'spent', label: 'Spent to date', color: 'orange.6' }]
        }
      />
    </div>
  );
}
