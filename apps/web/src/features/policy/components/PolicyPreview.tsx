import { useMemo, useState } from 'react';
import { Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { Money } from '@tokenroll/domain';
import { useBusinessDate } from '../../../app/businessDate';
import { AmountInput } from '../../../app/forms/AmountInput';
import { formatIsoDay } from '../../../app/dates';
import { previewPolicy, type PolicyReading } from '../policy';

function Figure({
  label,
  value,
  testId,
  hint,
}: {
  label: string;
  value: string;
  testId: string;
  hint?: string;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={700} fz="lg" data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </div>
  );
}

/**
 * What the policy on the form grants for a sample salary, computed in the browser with the same
 * domain functions the server uses.
 */
export function PolicyPreview({ reading, currency }: { reading: PolicyReading; currency: string }) {
  const today = useBusinessDate();
  const [salary, setSalary] = useState('200,000');
  const [startDate, setStartDate] = useState(today);
  const result = useMemo(
    () => previewPolicy(reading, salary, startDate, currency),
    [reading, salary, startDate, currency],
  );
  const money = (micros: bigint) => Money.of(micros, currency).format();

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="policy-preview-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="policy-preview-title">
            Preview
          </Title>
          <Text size="sm" c="dimmed">
            What the policy above grants, before you save it.
          </Text>
        </div>
        <Group grow align="flex-start">
          <AmountInput
            currency={currency}
            label="Sample salary"
            description="Annual base pay"
            value={salary}
            onChange={(event) => setSalary(event.currentTarget.value)}
            error={result.salaryError}
          />
          <TextInput
            label="Sample start date"
            description="For the first-year proration"
            type="date"
            value={startDate}
            onChange={(event) => setStartDate(event.currentTarget.value)}
            error={result.startDateError}
          />
        </Group>
        {result.preview ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0} aria-live="polite">
            <Figure
              label="Annual allowance"
              value={money(result.preview.annualMicros)}
              testId="preview-annual"
            />
            <Figure
              label="Monthly accrual"
              value={money(result.preview.monthlyMicros)}
              testId="preview-monthly"
            />
            <Figure
              label="First year"
              value={money(result.preview.firstYearMicros)}
              testId="preview-first-year"
              hint={`${formatIsoDay(startDate)} to ${formatIsoDay(result.preview.firstYearPeriod.end)}, ${
                result.preview.firstYearGrants
              } ${result.preview.firstYearGrants === 1 ? 'grant' : 'grants'}`}
            />
          </SimpleGrid>
        ) : (
          result.problem && (
            <Text size="sm" c="dimmed" role="status">
              {result.problem}
            </Text>
          )
        )}
      </Stack>
    </Card>
  );
}
