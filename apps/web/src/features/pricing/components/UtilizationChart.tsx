import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Title } from '@mantine/core';
import { PRICE_CURRENCY, type UtilizationPoint } from '../pricing';

const chartMoney = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: PRICE_CURRENCY,
  maximumFractionDigits: 4,
});

/** $ per 1M tokens from 10% to 100% utilization. */
export function UtilizationChart({ curve }: { curve: readonly UtilizationPoint[] }) {
  return (
    <div
      role="img"
      aria-label="Price per 1M tokens at 10% to 100% utilization"
      data-testid="utilization-chart"
    >
      <Title order={3} size="h6" mb={4}>
        $ per 1M tokens by utilization
      </Title>
      <LineChart
        h={220}
        data={[...curve]}
        dataKey="utilization"
        curveType="monotone"
        valueFormatter={(value) => chartMoney.format(value)}
        yAxisProps={{ width: 80 }}
        series={[{ name: 'rate', label: '$ per 1M tokens', color: 'grape.6' }]}
      />
    </div>
  );
}
