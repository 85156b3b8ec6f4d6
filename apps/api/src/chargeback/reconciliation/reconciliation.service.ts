import { Injectable } from '@nestjs/common';
import { AccountingMonth, addAccountingMonths, isAccountingMonth, lastDayOf } from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../../audit/audit.service';
import { BusinessClock } from '../../clock/business-clock';
import { AppError } from '../../common/app-error';
import { TenancyService } from '../../database/tenancy.service';
import { AccountingPeriodsService } from '../../ledger/accounting-periods.service';
import { ProviderModelMonth, UsageReads } from '../../metering/usage-reads.service';
import { PricingService } from '../../pricing/pricing.service';
import {
  convertInvoiceAmount,
  invoiceRate,
  parseInvoiceAmount,
  parseInvoiceCsv,
  ReconciliationStatus,
  toleranceStatus,
} from './reconciliation.rules';
import { InvoiceTolerance } from './tolerance';

export type InvoiceSource = 'MANUAL' | 'CSV' | 'IMPORTER';

export interface ProviderInvoiceView {
  id: string;
  provider: string;
  month: string;
  currency: string;
  amountMicros: bigint;
  companyCurrency: string;
  /** Micros of the company currency per 1 unit of the invoice currency, as used. */
  rateMicros: bigint;
  convertedMicros: bigint;
  source: InvoiceSource;
  externalRef: string | null;
  enteredBy: string | null;
  enteredAt: Date;
  lines: { lineNo: number; model: string; amountMicros: bigint; convertedMicros: bigint }[];
}

export interface InvoiceEntry {
  month: string;
  provider: string;
  currency: string;
  /** Decimal string in the invoice currency (e.g. "1234.56"). */
  amount: string;
  lines?: { model: string; amount: string }[] | null;
}

/** What the difference between an invoice and Tokenroll's own cost is made of (company currency micros). */
export interface Explanation {
  /** Unpriced events of the month: the tools' own estimate minus what they are booked at (0 when none reported one). */
  unpricedEvents: number;
  unpricedMicros: bigint;
  unpricedWithoutEstimate: number;
  /** Usage of the month still in the unmapped queue, priced at its day. */
  unmappedEvents: number;
  unmappedMicros: bigint;
  /** Usage of the month received after the cutoff (month end, or its close): booked in a later month. */
  lateEvents: number;
  lateMicros: bigint;
  /** difference − unpriced − unmapped − late (null where there is no invoiced figure to explain). */
  unexplainedMicros: bigint | null;
}

export interface ModelReconciliation {
  model: string;
  computedMicros: bigint;
  invoicedMicros: bigint | null;
  differenceMicros: bigint | null;
  explanation: Explanation;
}

export interface ProviderReconciliation {
  provider: string;
  status: ReconciliationStatus;
  invoice: ProviderInvoiceView | null;
  computedMicros: bigint;
  invoicedMicros: bigint | null;
  /** invoiced − computed; with no invoice, 0 − computed. */
  differenceMicros: bigint;
  toleranceMicros: bigint;
  explanation: Explanation;
  models: ModelReconciliation[];
}

export interface MonthReconciliation {
  month: string;
  currency: string;
  closed: boolean;
  /** Usage of the month received from this instant on counts as late. */
  lateCutoff: Date;
  toleranceBp: number;
  providers: ProviderReconciliation[];
  computedMicros: bigint;
  invoicedMicros: bigint;
  differenceMicros: bigint;
}

const PROVIDER = /^[a-z0-9][a-z0-9._-]{0,39}$/;

interface InvoiceRow {
  id: string;
  provider: string;
  month: string;
  currency: string;
  amount_micros: string;
  company_currency: string;
  rate_micros: string;
  converted_micros: string;
  source: InvoiceSource;
  external_ref: string | null;
  entered_by: string | null;
  entered_at: Date;
}

/**
 * Provider invoice reconciliation: FINANCE enters (or imports) each provider's monthly invoice; Tokenroll's
 * own cost of the month (metering's rollups, read through UsageReads) is set against it per provider and
 * model, with the difference explained by unpriced, unmapped and late usage. The close checklist reads
 * `closeItems`. Invoices are converted at the company's rate in force on the month's last day.
 */
@Injectable()
export class ReconciliationService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly audit: AuditService,
    private readonly pricing: PricingService,
    private readonly usage: UsageReads,
    private readonly periods: AccountingPeriodsService,
    private readonly tolerance: InvoiceTolerance,
  ) {}

  /** A month as asked: `YYYY-MM`, not after the company's current month. 400 naming `field` otherwise. */
  async checkMonth(field: string, month: string): Promise<AccountingMonth> {
    if (typeof month !== 'string' || !isAccountingMonth(month))
      throw AppError.badInput([{ field, message: 'must be a month like 2026-11' }]);
    const current = (await this.clock.companyToday()).slice(0, 7);
    if (month > current) throw AppError.badInput([{ field, message: 'must not be in the future' }]);
    return month;
  }

  async invoices(month: string): Promise<ProviderInvoiceView[]> {
    const checked = await this.checkMonth('month', month);
    return this.invoicesOf(checked);
  }

  private async invoicesOf(month: AccountingMonth, id?: string): Promise<ProviderInvoiceView[]> {
    const manager = this.tenancy.manager();
    const rows: InvoiceRow[] = await manager.query(
      `select id, provider, to_char(month, 'YYYY-MM') as month, currency, amount_micros::text, company_currency,
              rate_micros::text, converted_micros::text, source, external_ref, entered_by, entered_at
         from provider_invoices where ${id ? 'id = $1' : 'month = $1::date'} order by provider`,
      [id ?? `${month}-01`],
    );
    if (!rows.length) return [];
    const lines: {
      invoice_id: string;
      line_no: number;
      model: string;
      amount_micros: string;
      converted_micros: string;
    }[] = await manager.query(
      `select invoice_id, line_no, model, amount_micros::text, converted_micros::text from provider_invoice_lines
          where invoice_id = any($1::uuid[]) order by invoice_id, line_no`,
      [rows.map((row) => row.id)],
    );
    return rows.map((row) => ({
      id: row.id,
      provider: row.provider,
      month: row.month,
      currency: row.currency.trim(),
      amountMicros: BigInt(row.amount_micros),
      companyCurrency: row.company_currency.trim(),
      rateMicros: BigInt(row.rate_micros),
      convertedMicros: BigInt(row.converted_micros),
      source: row.source,
      externalRef: row.external_ref,
      enteredBy: row.entered_by,
      enteredAt: row.entered_at,
      lines: lines
        .filter((line) => line.invoice_id === row.id)
        .map((line) => ({
          lineNo: line.line_no,
          model: line.model,
          amountMicros: BigInt(line.amount_micros),
          convertedMicros: BigInt(line.converted_micros),
        })),
    }));
  }

  /** Enters (or replaces) a provider's invoice of a month, typed in by FINANCE. */
  async enter(entry: InvoiceEntry): Promise<ProviderInvoiceView> {
    const currency = (entry.currency ?? '').trim().toUpperCase();
    const amount = parseInvoiceAmount('amount', entry.amount, currency);
    const lines = (entry.lines ?? []).map((line, index) => {
      const model = (line.model ?? '').trim();
      if (!model) throw AppError.badInput([{ field: `lines.${index}.model`, message: 'is required' }]);
      if (model.length > 120)
        throw AppError.badInput([
          { field: `lines.${index}.model`, message: 'must be at most 120 characters' },
        ]);
      return { model, amountMicros: parseInvoiceAmount(`lines.${index}.amount`, line.amount, currency) };
    });
    if (lines.length) {
      const sum = lines.reduce((total, line) => total + line.amountMicros, 0n);
      if (sum !== amount)
        throw AppError.badInput([
          { field: 'lines', message: 'must add up to the amount (add a line for the rest, e.g. "other")' },
        ]);
    }
    return this.store({
      month: entry.month,
      provider: entry.provider,
      currency,
      amountMicros: amount,
      lines,
      source: 'MANUAL',
    });
  }

  /** Imports a provider's invoice CSV as the month's invoice (replacing any): its total is Σ its rows. */
  async importCsv(input: {
    month: string;
    provider: string;
    csv: string;
    currency?: string | null;
  }): Promise<ProviderInvoiceView> {
    if (typeof input.csv !== 'string' || !input.csv.trim())
      throw AppError.badInput([{ field: 'csv', message: 'is required' }]);
    const parsed = parseInvoiceCsv(input.csv);
    const given = input.currency?.trim().toUpperCase() || null;
    if (given && parsed.currency && given !== parsed.currency)
      throw AppError.badInput([
        { field: 'currency', message: `must match the file's currency (${parsed.currency})` },
      ]);
    const currency = given ?? parsed.currency ?? (await this.pricing.priceBook()).currency;
    const amount = parsed.lines.reduce((total, line) => total + line.amountMicros, 0n);
    return this.store({
      month: input.month,
      provider: input.provider,
      currency,
      amountMicros: amount,
      lines: parsed.lines,
      source: 'CSV',
    });
  }

  /**
   * Stores an invoice as the one current invoice of its provider × month, replacing the one before (audited
   * with both). For importers too (`source: 'IMPORTER'`). Runs in the caller's tenant transaction: any
   * error leaves nothing written.
   */
  async store(input: {
    month: string;
    provider: string;
    currency: string;
    amountMicros: bigint;
    lines: { model: string; amountMicros: bigint }[];
    source: InvoiceSource;
    externalRef?: string | null;
  }): Promise<ProviderInvoiceView> {
    const month = await this.checkMonth('month', input.month);
    const provider = (input.provider ?? '').trim().toLowerCase();
    if (!PROVIDER.test(provider))
      throw AppError.badInput([
        { field: 'provider', message: 'must be a provider name like anthropic (letters, digits, . _ -)' },
      ]);
    if (!/^[A-Z]{3}$/.test(input.currency))
      throw AppError.badInput([{ field: 'currency', message: 'must be a currency code like USD' }]);
    if (input.amountMicros < 0n)
      throw AppError.badInput([{ field: 'amount', message: 'must not be negative' }]);
    const book = await this.pricing.priceBook();
    const day = lastDayOf(month);
    const rate = invoiceRate(book.exchangeRates, input.currency, book.currency, day);
    const converted = convertInvoiceAmount(
      book.exchangeRates,
      input.amountMicros,
      input.currency,
      book.currency,
      day,
    );
    if (rate === undefined || converted === undefined)
      throw AppError.badInput([
        {
          field: 'currency',
          message: `has no exchange rate in force on ${day} (${input.currency} to ${book.currency}): set one on the Prices page first`,
        },
      ]);
    // The lines' converted amounts split the converted total by largest remainder, so they add up to it.
    const lineConverted = splitConverted(
      converted,
      input.lines.map((line) => line.amountMicros),
      (micros) => convertInvoiceAmount(book.exchangeRates, micros, input.currency, book.currency, day) ?? 0n,
    );

    const manager = this.tenancy.manager();
    const companyId = this.tenancy.companyId();
    // One entry of a provider × month at a time (another waits, then replaces this one).
    await manager.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `provider_invoice:${companyId}:${provider}:${month}`,
    ]);
    const replaced: { id: string }[] = await manager.query(
      `select id from provider_invoices where provider = $1 and month = $2::date`,
      [provider, `${month}-01`],
    );
    const before = replaced.length ? (await this.invoicesOf(month, replaced[0].id))[0] : null;
    if (replaced.length) await manager.query(`delete from provider_invoices where id = $1`, [replaced[0].id]);
    const id = randomUUID();
    await manager.query(
      `insert into provider_invoices (company_id, id, provider, month, currency, amount_micros, company_currency,
              rate_micros, converted_micros, source, external_ref, entered_by)
       values ($1, $2, $3, $4::date, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        companyId,
        id,
        provider,
        `${month}-01`,
        input.currency,
        input.amountMicros.toString(),
        book.currency,
        rate.toString(),
        converted.toString(),
        input.source,
        input.externalRef ?? null,
        this.tenancy.actorUserId() ?? null,
      ],
    );
    if (input.lines.length)
      await manager.query(
        `insert into provider_invoice_lines (company_id, invoice_id, line_no, model, amount_micros, converted_micros)
         select $1, $2, n, m, a, c from unnest($3::int[], $4::text[], $5::bigint[], $6::bigint[]) as t(n, m, a, c)`,
        [
          companyId,
          id,
          input.lines.map((_, index) => index + 1),
          input.lines.map((line) => line.model),
          input.lines.map((line) => line.amountMicros.toString()),
          lineConverted.map((micros) => micros.toString()),
        ],
      );
    const [after] = await this.invoicesOf(month, id);
    await this.audit.record(
      before ? 'PROVIDER_INVOICE_REPLACED' : 'PROVIDER_INVOICE_ENTERED',
      'provider_invoice',
      id,
      before ? auditShape(before) : null,
      auditShape(after),
    );
    return after;
  }

  /** Removes an invoice (audited). NOT_FOUND naming `id` when there is none. */
  async remove(id: string): Promise<boolean> {
    const found = /^[0-9a-f-]{36}$/i.test(id) ? await this.invoicesOf('', id) : [];
    if (!found.length)
      throw new AppError('NOT_FOUND', 'No such provider invoice', [
        { field: 'id', message: 'does not exist' },
      ]);
    await this.tenancy.manager().query(`delete from provider_invoices where id = $1`, [id]);
    await this.audit.record('PROVIDER_INVOICE_REMOVED', 'provider_invoice', id, auditShape(found[0]), null);
    return true;
  }

  /** The month's reconciliation per provider and model. */
  async reconciliation(month: string): Promise<MonthReconciliation> {
    const checked = await this.checkMonth('month', month);
    const [invoices, toleranceBp, book, { closed, cutoff }] = await Promise.all([
      this.invoicesOf(checked),
      this.tolerance.basisPoints(),
      this.pricing.priceBook(),
      this.cutoffOf(checked),
    ]);
    const usage = await this.usage.providerModelMonth(checked, cutoff);
    const providers = new Set<string>([
      ...usage
        .filter((row) => row.events > 0 || row.costMicros !== 0n || row.unmappedEvents > 0)
        .map((row) => row.provider),
      ...invoices.map((invoice) => invoice.provider),
    ]);
    const result: ProviderReconciliation[] = [...providers].sort().map((provider) => {
      const invoice = invoices.find((candidate) => candidate.provider === provider) ?? null;
      const rows = usage.filter((row) => row.provider === provider);
      const computed = rows.reduce((total, row) => total + row.costMicros - row.lateCostMicros, 0n);
      const invoiced = invoice?.convertedMicros;
      const difference = (invoiced ?? 0n) - computed;
      const explanation = explain(rows, invoice ? difference : null);

      // Per model: usage rows and invoice lines, matched by name regardless of case.
      const models = new Map<string, { name: string; rows: ProviderModelMonth[]; invoiced: bigint | null }>();
      for (const row of rows) {
        const key = row.model.toLowerCase();
        const into = models.get(key) ?? { name: row.model, rows: [], invoiced: null };
        into.rows.push(row);
        models.set(key, into);
      }
      for (const line of invoice?.lines ?? []) {
        const key = line.model.toLowerCase();
        const into = models.get(key) ?? { name: line.model, rows: [], invoiced: null };
        into.invoiced = (into.invoiced ?? 0n) + line.convertedMicros;
        models.set(key, into);
      }
      const modelRows: ModelReconciliation[] = [...models.values()]
        .map((model) => {
          const modelComputed = model.rows.reduce(
            (total, row) => total + row.costMicros - row.lateCostMicros,
            0n,
          );
          const modelDifference = model.invoiced === null ? null : model.invoiced - modelComputed;
          return {
            model: model.name,
            computedMicros: modelComputed,
            invoicedMicros: model.invoiced,
            differenceMicros: modelDifference,
            explanation: explain(model.rows, modelDifference),
          };
        })
        .sort((a, b) => a.model.localeCompare(b.model));
      return {
        provider,
        status: toleranceStatus(invoiced, computed, toleranceBp),
        invoice,
        computedMicros: computed,
        invoicedMicros: invoiced ?? null,
        differenceMicros: difference,
        toleranceMicros: invoiced === undefined ? 0n : (invoiced * BigInt(toleranceBp)) / 10_000n,
        explanation,
        models: modelRows,
      };
    });
    const computedMicros = result.reduce((total, row) => total + row.computedMicros, 0n);
    const invoicedMicros = result.reduce((total, row) => total + (row.invoicedMicros ?? 0n), 0n);
    return {
      month: checked,
      currency: book.currency,
      closed,
      lateCutoff: cutoff,
      toleranceBp,
      providers: result,
      computedMicros,
      invoicedMicros,
      differenceMicros: invoicedMicros - computedMicros,
    };
  }

  /** For the close checklist: each provider of the month (with usage or an invoice) and its status. */
  async closeItems(
    month: string,
  ): Promise<
    { provider: string; status: 'MISSING' | 'OUTSIDE_TOLERANCE' | 'OK'; differenceMicros: bigint }[]
  > {
    const { providers } = await this.reconciliation(month);
    return providers.map((row) => ({
      provider: row.provider,
      status: row.status,
      differenceMicros: row.differenceMicros,
    }));
  }

  /** Whether the month is closed, and the instant from which its usage counts as late. */
  private async cutoffOf(month: AccountingMonth): Promise<{ closed: boolean; cutoff: Date }> {
    const period = (await this.periods.list()).find((candidate) => candidate.month === month);
    if (period?.status === 'CLOSED' && period.closedAt)
      return { closed: true, cutoff: new Date(period.closedAt) };
    const [row]: { cutoff: Date }[] = await this.tenancy
      .manager()
      .query(`select ($1::timestamp at time zone $2) as cutoff`, [
        `${addAccountingMonths(month, 1)}-01`,
        await this.tenancy.timeZone(),
      ]);
    return { closed: false, cutoff: new Date(row.cutoff) };
  }
}

function explain(rows: ProviderModelMonth[], difference: bigint | null): Explanation {
  const sum = (pick: (row: ProviderModelMonth) => bigint) =>
    rows.reduce((total, row) => total + pick(row), 0n);
  const count = (pick: (row: ProviderModelMonth) => number) =>
    rows.reduce((total, row) => total + pick(row), 0);
  const unpricedMicros = sum((row) => row.unpricedReportedMicros - row.unpricedCostMicros);
  const unmappedMicros = sum((row) => row.unmappedCostMicros);
  const lateMicros = sum((row) => row.lateCostMicros);
  return {
    unpricedEvents: count((row) => row.unpricedEvents),
    unpricedMicros,
    unpricedWithoutEstimate: count((row) => row.unpricedWithoutReport),
    unmappedEvents: count((row) => row.unmappedEvents),
    unmappedMicros,
    lateEvents: count((row) => row.lateEvents),
    lateMicros,
    unexplainedMicros: difference === null ? null : difference - unpricedMicros - unmappedMicros - lateMicros,
  };
}

/** Converted line amounts that add up to the converted total exactly (the largest line takes the rounding). */
function splitConverted(total: bigint, amounts: bigint[], convert: (micros: bigint) => bigint): bigint[] {
  if (!amounts.length) return [];
  const parts = amounts.map(convert);
  const rest = total - parts.reduce((sum, part) => sum + part, 0n);
  // Rounding leaves at most a few micros; put them on the largest line so none goes below 0.
  let largest = 0;
  parts.forEach((part, index) => {
    if (part > parts[largest]) largest = index;
  });
  parts[largest] += rest;
  return parts;
}

function auditShape(invoice: ProviderInvoiceView) {
  return {
    provider: invoice.provider,
    month: invoice.month,
    currency: invoice.currency,
    amountMicros: invoice.amountMicros.toString(),
    convertedMicros: invoice.convertedMicros.toString(),
    source: invoice.source,
    lines: invoice.lines.length,
  };
}
