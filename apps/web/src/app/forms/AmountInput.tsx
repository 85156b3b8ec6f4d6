import { Text, TextInput, type TextInputProps } from '@mantine/core';

/**
 * A money amount typed as text ("185,000.00") in the company currency, shown at the right. Every form
 * that takes an amount (the allowance policy, the request limits…) uses this one field, read with
 * `amountReader`.
 */
export function AmountInput({ currency, ...props }: TextInputProps & { currency: string }) {
  return (
    <TextInput
      inputMode="decimal"
      rightSection={
        <Text size="xs" c="dimmed">
          {currency}
        </Text>
      }
      rightSectionWidth={48}
      {...props}
    />
  );
}
