import { registerDecorator, ValidationArguments } from 'class-validator';
import { businessDateProblem } from '@tokenroll/domain';

/** A calendar date as typed in inputs (shape only: {@link IsBusinessDate} also checks the day exists). */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** A positive decimal amount with optional thousands separators and up to 6 decimals: 185000, 185,000.50. */
export const AMOUNT_PATTERN = /^\d{1,3}(,?\d{3})*(\.\d{1,6})?$|^\d+(\.\d{1,6})?$/;
/** The largest amount (pay, price, rate, funding) an input may name: its micro-units fit a bigint many times over. */
export const MAX_INPUT_AMOUNT = 1_000_000_000n;

/** The problem with an amount as typed, or undefined: the shape (`example` shows it), then the bound. */
export function amountProblem(value: unknown, example: string): string | undefined {
  if (typeof value !== 'string' || !AMOUNT_PATTERN.test(value)) return example;
  const whole = BigInt(value.split('.')[0].replace(/,/g, ''));
  const fraction = value.includes('.') && /[1-9]/.test(value.split('.')[1]);
  if (whole > MAX_INPUT_AMOUNT || (whole === MAX_INPUT_AMOUNT && fraction))
    return `must be at most ${MAX_INPUT_AMOUNT.toLocaleString('en-US')}`;
  return undefined;
}

/**
 * A decimal amount (see {@link AMOUNT_PATTERN}) of at most {@link MAX_INPUT_AMOUNT}; `message` is said when
 * the shape is wrong (e.g. "must be an amount like 2.70").
 */
export function IsAmount(message: string) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isAmount',
      target: object.constructor,
      propertyName,
      validator: {
        validate: (value: unknown) => amountProblem(value, message) === undefined,
        defaultMessage: (args: ValidationArguments) => amountProblem(args.value, message) ?? message,
      },
    });
}

/** A business date `YYYY-MM-DD`: a real day of the calendar within the business range (libs/domain). */
export function IsBusinessDate() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isBusinessDate',
      target: object.constructor,
      propertyName,
      validator: {
        validate: (value: unknown) => businessDateProblem(value) === undefined,
        defaultMessage: (args: ValidationArguments) => businessDateProblem(args.value) ?? 'must be a date',
      },
    });
}
