import { Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { Money } from '@tokenroll/domain';
import { formatIsoDay } from '../../../app/dates';
import type { OfferFigures } from '../offerForm';

function Line({
  label,
  value,
  testId,
  hint,
  strong,
}: {
  label: string;
  value: string;
  testId: string;
  hint?: string;
  strong?: boolean;
}) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
      <div>
        <Text size="sm" fw={strong ? 700 : 500} component="dt">
          {label}
        </Text>
        {hint && (
          <Text size="xs" c="dimmed" data-testid={`${testId}-hint`}>
            {hint}
          </Text>
        )}
      </div>
      <Text
        component="dd"
        m={0}
        fw={strong ? 700 : 500}
        fz={strong ? 'lg' : 'sm'}
        ta="right"
        data-testid={testId}
      >
        {value}
      </Text>
    </Group>
  );
}

/**
 * The offer's total compensation: live from the form (computed in the browser with the domain rule)
 * for a draft, or the saved terms the server computed for an offer that is no longer a draft.
 */
export function OfferPreview({
  figures,
  problem,
  currency,
  live,
}: {
  figures: OfferFigures | null;
  problem: string | null;
  currency: string;
  live: boolean;
}) {
  const money = (micros: bigint) => Money.of(micros, currency).format();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="offer-preview-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="offer-preview-title">
            Total compensation
          </Title>
          <Text size="sm" c="dimmed">
            {live
              ? 'Live from the form, with the company policy: what the letter will say.'
              : 'The terms of this offer, as the letter states them.'}
          </Text>
        </div>
        {figures ? (
          <Stack gap="sm" aria-live="polite">
            <Stack gap="xs" component="dl" m={0}>
              <Line label="Base pay" value={money(figures.basePayMicros)} testId="offer-preview-base" />
              <Line
                label="Bonus"
                value={figures.bonusMicros === null ? '—' : money(figures.bonusMicros)}
                testId="offer-preview-bonus"
              />
              <Line
                label="Token allowance"
                value={money(figures.annualAllowanceMicros)}
                testId="offer-preview-allowance"
                hint={figures.basisText}
              />
              <Line label="Equity" value={figures.equity ?? '—'} testId="offer-preview-equity" />
              <Divider />
              <Line
                label="Total a year"
                value={money(figures.totalCompMicros)}
                testId="offer-preview-total"
                hint="Base pay + bonus + token allowance"
                strong
              />
            </Stack>
            <Divider label="Token allowance in the first year" labelPosition="left" />
            <Stack gap="xs" component="dl" m={0}>
              <Line
                label="Monthly accrual"
                value={money(figures.monthlyMicros)}
                testId="offer-preview-monthly"
                hint="The annual allowance ÷ 12"
              />
              <Line
                label="First year, prorated"
                value={money(figures.firstYearMicros)}
                testId="offer-preview-first-year"
                hint={`${formatIsoDay(figures.startDate)} to ${formatIsoDay(figures.firstPeriodEnd)}, the end of the fiscal year`}
              />
            </Stack>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed" role="status">
            {problem}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
