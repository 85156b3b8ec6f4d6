/**
 * Usage of a model with no price yet (or no exchange rate) is recorded and flagged, and its cost is not
 * known: a total must not show it as $0.00. Every surface that totals usage (the CLI's `usage`, My budget's
 * Usage by model, team burn's Spend by model) shows such usage as "unpriced" with its token count.
 */
export interface UnpricedPart {
  /** Events in the row (or total). */
  events: number;
  /** Of them, the unpriced ones. */
  unpricedEvents: number;
  /** Tokens of the unpriced events (input, output and cache), as the API sends them. */
  unpricedTokens: bigint | number | string;
}

/** "1,234,567" from a token count, whatever form the API sent it in. */
export function formatTokens(tokens: bigint | number | string): string {
  const digits = BigInt(tokens).toString();
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * The cost as a surface shows it: the formatted cost when everything is priced; "unpriced (N tokens)" when
 * nothing is; "$X + unpriced (N tokens)" when part is.
 */
export function costWithUnpriced(formattedCost: string, usage: UnpricedPart): string {
  if (usage.unpricedEvents <= 0) return formattedCost;
  const unpriced = `unpriced (${formatTokens(usage.unpricedTokens)} tokens)`;
  return usage.unpricedEvents >= usage.events ? unpriced : `${formattedCost} + ${unpriced}`;
}

/** Unpriced usage by model (`model`) or by tool (`source`): a grouping-sets row. */
export interface UnpricedRow {
  model: string | null;
  source: string | null;
  events: number;
  tokens: string;
}

/** Grouping-sets rows of unpriced usage as maps by model and by tool. */
export function unpricedByKey(rows: readonly UnpricedRow[]): {
  byModel: Map<string, { events: number; tokens: string }>;
  bySource: Map<string, { events: number; tokens: string }>;
} {
  const byModel = new Map<string, { events: number; tokens: string }>();
  const bySource = new Map<string, { events: number; tokens: string }>();
  for (const row of rows) {
    const part = { events: row.events, tokens: row.tokens };
    if (row.model) byModel.set(row.model, part);
    else if (row.source) bySource.set(row.source, part);
  }
  return { byModel, bySource };
}
