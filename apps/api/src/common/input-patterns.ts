/** A calendar date as typed in inputs (the service checks that it exists). */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A positive decimal amount with optional thousands separators and up to 6 decimals: 185000, 185,000.50. */
export const AMOUNT_PATTERN = /^\d{1,3}(,?\d{3})*(\.\d{1,6})?$|^\d+(\.\d{1,6})?$/;
