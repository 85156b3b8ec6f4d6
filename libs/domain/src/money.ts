/** Placeholder replaced by the Money implementation. */
export const MICROS_PER_UNIT = 1_000_000n;
