import { useState } from 'react';
import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useBusinessDate } from '../../../app/businessDate';
import { applyApiError } from '../../../app/forms/applyApiError';
import {
  COMPANY_PRICE_LABELS as LABELS,
  PRICE_CURRENCY,
  readCompanyPriceForm,
  type CompanyPriceValues,
} from '../pricing';
import { SetCompanyModelPriceMutation } from '../graphql/pricing';

const usd = { rightSection: PRICE_CURRENCY, rightSectionWidth: 48, inputMode: 'decimal' as const };

/** A negotiated price (or a model the catalog lacks) from a date on; ADMIN only. */
export function CompanyPriceForm({ provider = '', model = '' }: { provider?: string; model?: string }) {
  const today = useBusinessDate();
  const [banner, setBanner] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetCompanyModelPriceMutation, {
    refetchQueries: ['ModelPrices', 'UnpricedUsage'],
    awaitRefetchQueries: true,
  });
  const form = useForm<CompanyPriceValues>({
    mode: 'controlled',
    initialValues: {
      provider,
      model,
      effectiveFrom: today,
      inputPerMillion: '',
      outputPerMillion: '',
      cacheReadPerMillion: '',
      cacheWritePerMillion: '',
      note: '',
    },
    validate: (values) => readCompanyPriceForm(values).errors ?? {},
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    setSaved(null);
    const { input } = readCompanyPriceForm(values);
    if (!input) return;
    try {
      const { data } = await save({ variables: { input } });
      const price = data?.setCompanyModelPrice;
      setSaved(price ? `${price.provider}/${price.model}` : `${input.provider}/${input.model}`);
    } catch (error) {
      setBanner(applyApiError(form, error, LABELS).banner);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Set company price">
      <Stack gap="sm">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        {saved && (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setSaved(null)}>
            Company price for {saved} saved. Usage that had no price was priced again.
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={LABELS.provider}
            withAsterisk
            placeholder="anthropic"
            {...form.getInputProps('provider')}
          />
          <TextInput
            label={LABELS.model}
            withAsterisk
            placeholder="claude-opus-5-5"
            {...form.getInputProps('model')}
          />
          <TextInput
            label={LABELS.effectiveFrom}
            type="date"
            withAsterisk
            {...form.getInputProps('effectiveFrom')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <TextInput
            label={LABELS.inputPerMillion}
            withAsterisk
            placeholder="2.70"
            {...usd}
            {...form.getInputProps('inputPerMillion')}
          />
          <TextInput
            label={LABELS.outputPerMillion}
            withAsterisk
            placeholder="13.50"
            {...usd}
            {...form.getInputProps('outputPerMillion')}
          />
          <TextInput
            label={LABELS.cacheReadPerMillion}
            placeholder="0.27"
            {...usd}
            {...form.getInputProps('cacheReadPerMillion')}
          />
          <TextInput
            label={LABELS.cacheWritePerMillion}
            placeholder="3.38"
            {...usd}
            {...form.getInputProps('cacheWritePerMillion')}
          />
        </SimpleGrid>
        <TextInput
          label={LABELS.note}
          placeholder="Enterprise agreement, 10% off list"
          {...form.getInputProps('note')}
        />
        <Group>
          <Button type="submit" loading={loading}>
            Save company price
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
