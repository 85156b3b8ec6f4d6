import { readAmount } from '../money';

/**
 * Reads a form's amount fields as the server reads them (`Money.parse`, not negative), writing each
 * problem next to its field in `errors` with the field's label: "Annual cap is required",
 * "Auto-approval threshold must not be negative". An empty optional field reads as null.
 */
export function amountReader<Field extends string>(
  values: Record<Field, string>,
  labels: Record<Field, string>,
  currency: string,
  errors: Partial<Record<Field, string>>,
): (field: Field, required: boolean) => bigint | null {
  return (field, required) => {
    const text = values[field].trim();
    if (text === '') {
      if (required) errors[field] = `${labels[field]} is required`;
      return null;
    }
    const read = readAmount(text, currency);
    if (read.problem !== null) {
      errors[field] = `${labels[field]} ${read.problem}`;
      return null;
    }
    return read.micros;
  };
}
