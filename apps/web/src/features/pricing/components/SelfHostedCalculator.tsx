import { lazy, Suspense, useState } from 'react';
import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useBusinessDate } from '../../../app/businessDate';
import { applyApiError } from '../../../app/forms/applyApiError';
import {
  formatRate,
  PRICE_CURRENCY,
  readSelfHostedFigures,
  readSelfHostedForm,
  SELF_HOSTED_LABELS as LABELS,
  utilizationCurve,
  type SelfHostedValues,
} from '../pricing';
import { LoadingState } from '../../../app/ui/states';
import { SetCompanyModelPriceMutation } from '../graphql/pricing';

// the chart library loads only when a chart is drawn
const UtilizationChart = lazy(() =>
  import('./UtilizationChart').then((module) => ({ default: module.UtilizationChart })),
);

/**
 * What a token costs on your own GPUs: GPU $/hour ÷ (tokens/s × 3600 × utilization) per 1M tokens,
 * with the shared domain rule; an ADMIN saves it as the model's company price.
 */
export function SelfHostedCalculator({ canSave }: { canSave: boolean }) {
  const today = useBusinessDate();
  const [banner, setBanner] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetCompanyModelPriceMutation, {
    refetchQueries: ['ModelPrices', 'UnpricedUsage'],
    awaitRefetchQueries: true,
  });
  const form = useForm<SelfHostedValues>({
    mode: 'controlled',
    initialValues: {
      provider: 'self-hosted',
      model: '',
      effectiveFrom: today,
      gpuHourCost: '2.50',
      tokensPerSecond: '1500',
      utilizationBp: '40',
    },
    // the price follows every keystroke, so does what is wrong with a figure
    validateInputOnChange: ['gpuHourCost', 'tokensPerSecond', 'utilizationBp'],
    validate: (values) => readSelfHostedForm(values).errors ?? {},
  });
  const values = form.getValues();
  const read = readSelfHostedFigures(values);
  // ten exact divisions: cheap enough for every keystroke
  const curve = read.figures
    ? utilizationCurve(read.figures.gpuHourMicros, read.figures.tokensPerSecond)
    : [];

  const handleSubmit = form.onSubmit(async (submitted) => {
    setBanner(null);
    setSaved(null);
    const { input } = readSelfHostedForm(submitted);
    if (!input) return;
    try {
      const { data } = await save({ variables: { input } });
      const price = data?.setCompanyModelPrice;
      setSaved(
        price
          ? `${price.provider}/${price.model} now costs ${formatRate(price.inputMicros, price.currency)} per 1M tokens.`
          : 'Saved.',
      );
    } catch (error) {
      setBanner(applyApiError(form, error, { ...LABELS, selfHosted: 'GPU figures' }).banner);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Self-hosted calculator">
      <Stack gap="sm">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        {saved && (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setSaved(null)}>
            {saved}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={LABELS.gpuHourCost}
            withAsterisk
            inputMode="decimal"
            rightSection={PRICE_CURRENCY}
            rightSectionWidth={48}
            {...form.getInputProps('gpuHourCost')}
          />
          <TextInput
            label={LABELS.tokensPerSecond}
            withAsterisk
            inputMode="decimal"
            {...form.getInputProps('tokensPerSecond')}
          />
          <TextInput
            label={LABELS.utilizationBp}
            withAsterisk
            inputMode="decimal"
            rightSection="%"
            description="Share of the hour the GPU serves requests"
            {...form.getInputProps('utilizationBp')}
          />
        </SimpleGrid>
        <div aria-live="polite">
          {read.figures ? (
            <Text size="lg">
              Derived price:{' '}
              <Text span fw={700} inherit data-testid="self-hosted-rate">
                {formatRate(read.figures.rateMicros.toString(), PRICE_CURRENCY)}
              </Text>{' '}
              per 1M tokens, input and output alike.
            </Text>
          ) : (
            <Text c="dimmed" data-testid="self-hosted-rate-missing">
              Fill in the three figures to see the price per 1M tokens.
            </Text>
          )}
        </div>
        {curve.length > 0 && (
          <Suspense fallback={<LoadingState label="Loading the chart…" />}>
            <UtilizationChart curve={curve} />
          </Suspense>
        )}
        {canSave && (
          <>
            <Title order={3} size="h5" mt="sm">
              Save as a company price
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={LABELS.provider} withAsterisk {...form.getInputProps('provider')} />
              <TextInput
                label={LABELS.model}
                withAsterisk
                placeholder="llama-4-70b"
                {...form.getInputProps('model')}
              />
              <TextInput
                label={LABELS.effectiveFrom}
                type="date"
                withAsterisk
                {...form.getInputProps('effectiveFrom')}
              />
            </SimpleGrid>
            <Group>
              <Button type="submit" loading={loading} variant="light">
                Save self-hosted price
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}
