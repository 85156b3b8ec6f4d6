/**
 * FOCUS 1.2 (FinOps Open Cost and Usage Specification): one row per charge line (engineer × day × model ×
 * tool × category), so a BI tool can put Tokenroll's AI spend beside its cloud bills. Pure: the api streams
 * charge lines through `focusRow` and `focusCsvRow`; Σ BilledCost of a file = Σ costMicros of its lines,
 * exactly (money is rendered from micro-units as decimal strings, never through a float).
 *
 * Column choices (FOCUS 1.2; PascalCase spec columns, custom columns prefixed `x_`):
 * - Every column the spec marks Mandatory: BilledCost, BillingAccountId, BillingAccountName,
 *   BillingCurrency, BillingPeriodEnd, BillingPeriodStart, ChargeCategory, ChargeClass, ChargeDescription,
 *   ChargePeriodEnd, ChargePeriodStart, ContractedCost, EffectiveCost, InvoiceIssuerName, ListCost,
 *   PricingQuantity, PricingUnit, ProviderName, PublisherName, ServiceCategory, ServiceName; plus the
 *   conditional / recommended ones that apply to us: BillingAccountType, ChargeFrequency, ConsumedQuantity,
 *   ConsumedUnit, PricingCategory, ResourceId, ResourceName, ResourceType, ServiceSubcategory, SubAccountId,
 *   SubAccountName, SubAccountType, Tags.
 * - USAGE → ChargeCategory `Usage`, ChargeFrequency `Usage-Based`.
 * - ADJUSTMENT → `Adjustment` with ChargeClass `Correction`; ChargeDescription names the original month;
 *   Consumed* are null (the spec: null for Correction rows); the row's ChargePeriod is the line's day.
 * - SHARED (allocated unattributed / shared-service cost) → `Usage`, `Usage-Based`, ResourceType
 *   `Allocated shared cost`, its own row per team.
 * - UNABSORBED (self-hosted capacity cost minus the usage priced on it) → `Usage`, ChargeFrequency
 *   `Recurring` (capacity is paid by the hour whether used or not), PricingQuantity 1 / PricingUnit
 *   `Capacity allocation`, ResourceType `Unabsorbed capacity`.
 * - Billed = Effective = Contracted cost = the company price (after negotiated discounts); ListCost = the
 *   catalog's list price. Funding sources will get their own `x_` column later, never a change to these.
 * - The billing account is the company; the sub-account is the team (`central` when held centrally).
 * - Datetimes: ISO 8601 UTC `YYYY-MM-DDTHH:mm:ssZ`, ends exclusive. Decimals: plain, `.`, no exponent.
 */
import { addAccountingMonths, type AccountingMonth } from './accounting-periods';
import type { ChargeCategory, ChargeLine } from './chargeback';

/** The columns of a Tokenroll FOCUS file, in file order (spec columns alphabetically, then `x_` ones). */
export const FOCUS_COLUMNS = [
  'BilledCost',
  'BillingAccountId',
  'BillingAccountName',
  'BillingAccountType',
  'BillingCurrency',
  'BillingPeriodEnd',
  'BillingPeriodStart',
  'ChargeCategory',
  'ChargeClass',
  'ChargeDescription',
  'ChargeFrequency',
  'ChargePeriodEnd',
  'ChargePeriodStart',
  'ConsumedQuantity',
  'ConsumedUnit',
  'ContractedCost',
  'EffectiveCost',
  'InvoiceIssuerName',
  'ListCost',
  'PricingCategory',
  'PricingQuantity',
  'PricingUnit',
  'ProviderName',
  'PublisherName',
  'ResourceId',
  'ResourceName',
  'ResourceType',
  'ServiceCategory',
  'ServiceName',
  'ServiceSubcategory',
  'SubAccountId',
  'SubAccountName',
  'SubAccountType',
  'Tags',
  'x_Team',
  'x_CostCentre',
  'x_Engineer',
] as const;
export type FocusColumn = (typeof FOCUS_COLUMNS)[number];

/** The 21 columns FOCUS 1.2 marks Mandatory (never absent; the non-nullable ones never null). */
export const FOCUS_MANDATORY_COLUMNS: readonly FocusColumn[] = [
  'BilledCost',
  'BillingAccountId',
  'BillingAccountName',
  'BillingCurrency',
  'BillingPeriodEnd',
  'BillingPeriodStart',
  'ChargeCategory',
  'ChargeClass',
  'ChargeDescription',
  'ChargePeriodEnd',
  'ChargePeriodStart',
  'ContractedCost',
  'EffectiveCost',
  'InvoiceIssuerName',
  'ListCost',
  'PricingQuantity',
  'PricingUnit',
  'ProviderName',
  'PublisherName',
  'ServiceCategory',
  'ServiceName',
];

/** FOCUS 1.2 ChargeCategory values (we emit Usage and Adjustment). */
export const FOCUS_CHARGE_CATEGORIES = ['Usage', 'Purchase', 'Tax', 'Credit', 'Adjustment'] as const;
/** FOCUS 1.2 ChargeFrequency values. */
export const FOCUS_CHARGE_FREQUENCIES = ['One-Time', 'Recurring', 'Usage-Based'] as const;

/** A FOCUS row: every value already rendered as the file carries it (`null` = empty cell). */
export type FocusRow = Record<FocusColumn, string | null>;

/** What a FOCUS row needs beyond its charge line. */
export interface FocusContext {
  /** The month the line is billed in (the file's month, `YYYY-MM`). */
  month: AccountingMonth;
  /** ISO 4217 code of the company currency (every micro-unit amount is in it). */
  currency: string;
  companyId: string;
  companyName: string;
}

const PROVIDER_NAMES: Readonly<Record<string, string>> = {
  anthropic: 'Anthropic',
  openai: 'OpenAI',
  google: 'Google',
  gemini: 'Google',
  mistral: 'Mistral AI',
  cohere: 'Cohere',
  azure: 'Microsoft',
  'azure-openai': 'Microsoft',
  bedrock: 'Amazon Web Services',
  'aws-bedrock': 'Amazon Web Services',
  vertex: 'Google',
  deepseek: 'DeepSeek',
  xai: 'xAI',
};

/** A provider key (`anthropic`) as FOCUS names the company (`Anthropic`); unknown keys as given. */
export function focusProviderName(provider: string): string {
  return PROVIDER_NAMES[provider.toLowerCase()] ?? provider;
}

/**
 * An integer amount of micro-units (or any 10^-6 scaled quantity) as an exact decimal string with six
 * decimals: 1234567n → `1.234567`, -5n → `-0.000005`. No float ever touches it.
 */
export function microsToDecimal(micros: bigint): string {
  const negative = micros < 0n;
  const magnitude = negative ? -micros : micros;
  const whole = magnitude / 1_000_000n;
  const fraction = (magnitude % 1_000_000n).toString().padStart(6, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** Parses a decimal string written by `microsToDecimal` (or with fewer decimals) back into micro-units. */
export function decimalToMicros(decimal: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,6}))?$/.exec(decimal);
  if (!match) throw new Error(`not a decimal with at most six decimals: ${decimal}`);
  const value = BigInt(match[2]) * 1_000_000n + BigInt((match[3] ?? '').padEnd(6, '0') || '0');
  return match[1] ? -value : value;
}

/** `YYYY-MM-DD` → `YYYY-MM-DDT00:00:00Z` (the start of that UTC day). */
function dayStart(day: string): string {
  return `${day}T00:00:00Z`;
}

/** The UTC day after `day` (`YYYY-MM-DD`). */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const RESOURCE_TYPES: Record<ChargeCategory, string> = {
  USAGE: 'Engineer',
  ADJUSTMENT: 'Engineer',
  SHARED: 'Allocated shared cost',
  UNABSORBED: 'Unabsorbed capacity',
};

function totalTokens(line: ChargeLine): bigint {
  return line.inputTokens + line.outputTokens + line.cacheReadTokens + line.cacheWriteTokens;
}

function describe(line: ChargeLine): string {
  const base = line.description.trim() || defaultDescription(line);
  if (line.category !== 'ADJUSTMENT') return base;
  const original = line.originalMonth ?? 'an earlier month';
  return base.includes(original) ? base : `Correction for ${original}: ${base}`;
}

function defaultDescription(line: ChargeLine): string {
  const what = [line.provider, line.model, line.tool].filter(Boolean).join(' / ');
  switch (line.category) {
    case 'USAGE':
      return `AI token usage${what ? ` (${what})` : ''}`;
    case 'ADJUSTMENT':
      return `Late usage or repricing${what ? ` (${what})` : ''}`;
    case 'SHARED':
      return `Allocated shared AI cost${what ? ` (${what})` : ''}`;
    case 'UNABSORBED':
      return `Allocated unabsorbed self-hosted capacity${what ? ` (${what})` : ''}`;
  }
}

/** Maps one charge line of `context.month` to its FOCUS 1.2 row. */
export function focusRow(line: ChargeLine, context: FocusContext): FocusRow {
  const providerName = line.provider ? focusProviderName(line.provider) : context.companyName;
  const cost = microsToDecimal(line.costMicros);
  const tokens = totalTokens(line);
  const capacity = line.category === 'UNABSORBED';
  const correction = line.category === 'ADJUSTMENT';
  const tags: Record<string, string> = { 'tokenroll/category': line.category };
  if (line.tool) tags['tokenroll/tool'] = line.tool;
  if (line.originalMonth) tags['tokenroll/original-month'] = line.originalMonth;
  tags['tokenroll/cost-centre'] = line.costCentre;
  return {
    BilledCost: cost,
    BillingAccountId: context.companyId,
    BillingAccountName: context.companyName,
    BillingAccountType: 'Company',
    BillingCurrency: context.currency,
    BillingPeriodEnd: dayStart(`${addAccountingMonths(context.month, 1)}-01`),
    BillingPeriodStart: dayStart(`${context.month}-01`),
    ChargeCategory: correction ? 'Adjustment' : 'Usage',
    ChargeClass: correction ? 'Correction' : null,
    ChargeDescription: describe(line),
    ChargeFrequency: capacity ? 'Recurring' : 'Usage-Based',
    ChargePeriodEnd: dayStart(nextDay(line.day)),
    ChargePeriodStart: dayStart(line.day),
    ConsumedQuantity: correction ? null : capacity ? '1' : tokens.toString(),
    ConsumedUnit: correction ? null : capacity ? 'Capacity allocation' : 'Tokens',
    ContractedCost: cost,
    EffectiveCost: cost,
    InvoiceIssuerName: providerName,
    ListCost: microsToDecimal(line.listCostMicros),
    PricingCategory: 'Standard',
    PricingQuantity: capacity ? '1' : microsToDecimal(tokens),
    PricingUnit: capacity ? 'Capacity allocation' : '1M Tokens',
    ProviderName: providerName,
    PublisherName: providerName,
    ResourceId: line.engineerId ?? `team:${line.teamId ?? 'central'}:${line.category.toLowerCase()}`,
    ResourceName:
      line.engineerName ?? `${line.teamName} (${line.category === 'SHARED' ? 'shared' : 'unabsorbed'})`,
    ResourceType: RESOURCE_TYPES[line.category],
    ServiceCategory: 'AI and Machine Learning',
    ServiceName: line.model ?? (capacity ? 'Self-hosted model capacity' : 'Shared AI tooling'),
    ServiceSubcategory: 'Generative AI',
    SubAccountId: line.teamId ?? 'central',
    SubAccountName: line.teamName,
    SubAccountType: 'Team',
    Tags: JSON.stringify(tags),
    x_Team: line.teamName,
    x_CostCentre: line.costCentre,
    x_Engineer: line.engineerName,
  };
}

/** One CSV field, quoted when it holds a comma, quote, CR/LF or edge spaces (RFC 4180); null → empty. */
export function csvField(value: string | null): string {
  if (value === null || value === '') return '';
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The header line of a FOCUS CSV file (CRLF-terminated, RFC 4180). */
export function focusCsvHeader(): string {
  return `${FOCUS_COLUMNS.join(',')}\r\n`;
}

/** One FOCUS row as a CSV line (CRLF-terminated). */
export function focusCsvLine(row: FocusRow): string {
  return `${FOCUS_COLUMNS.map((column) => csvField(row[column])).join(',')}\r\n`;
}

/** The whole file for a list of lines of one month (tests and small exports; the api streams instead). */
export function focusCsv(lines: Iterable<ChargeLine>, context: FocusContext): string {
  let out = focusCsvHeader();
  for (const line of lines) out += focusCsvLine(focusRow(line, context));
  return out;
}
