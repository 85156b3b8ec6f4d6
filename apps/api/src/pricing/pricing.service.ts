import { BusinessClock } from '../clock/business-clock';
import { Injectable } from '@nestjs/common';
import {
  compareDates,
  convertMicros,
  fallbackPrice,
  IsoDate,
  ModelPattern,
  ModelPrice,
  priceInForce,
  selfHostedRatePerMillion,
  TokenRates,
} from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { TenancyService } from '../database/tenancy.service';
import { CompanyModelPrice } from './company-model-price.entity';
import { ModelPriceRow, StoredTier } from './model-price.entity';

type PriceColumns = Pick<
  ModelPriceRow,
  'inputMicros' | 'outputMicros' | 'cacheReadMicros' | 'cacheWrite5mMicros' | 'cacheWrite1hMicros' | 'tiers'
>;

const big = (value: string | null | undefined): bigint | null => (value == null ? null : BigInt(value));

function toModelPrice(
  row: PriceColumns & { provider: string; model: string; effectiveFrom: string; currency: string },
): ModelPrice {
  const rates: TokenRates = {
    input: big(row.inputMicros),
    output: big(row.outputMicros),
    cacheRead: big(row.cacheReadMicros),
    cacheWrite5m: big(row.cacheWrite5mMicros),
    cacheWrite1h: big(row.cacheWrite1hMicros),
  };
  return {
    provider: row.provider,
    model: row.model,
    effectiveFrom: row.effectiveFrom,
    currency: row.currency,
    rates,
    tiers: (row.tiers ?? []).map((tier: StoredTier) => ({
      aboveInputTokens: tier.aboveInputTokens,
      rates: Object.fromEntries(
        Object.entries(tier.rates).map(([kind, value]) => [kind, big(value)]),
      ) as Partial<TokenRates>,
    })),
  };
}

export interface PriceInForce {
  price: ModelPrice;
  origin: 'CATALOG' | 'COMPANY';
  source: string | null;
}

export interface CompanyPriceInput {
  provider: string;
  model: string;
  effectiveFrom: string;
  rates?: Partial<Record<'input' | 'output' | 'cacheRead' | 'cacheWrite5m' | 'cacheWrite1h', bigint | null>>;
  selfHosted?: { gpuHourMicros: bigint; tokensPerSecond: number; utilizationBp: number } | null;
  note?: string | null;
}

/** What metering prices with: every price row, the model patterns and the exchange rates of one company. */
export interface PriceBook {
  currency: string;
  company: ModelPrice[];
  catalog: ModelPrice[];
  patterns: ModelPattern[];
  exchangeRates: { currency: string; effectiveFrom: IsoDate; microsPerUsd: bigint }[];
}

/** How long an instance reuses a company's price book on the metering hot path. */
const PRICE_BOOK_TTL_MS = 5_000;

/** The price catalog: public list prices, overridden by the company's own (negotiated or self-hosted). */
@Injectable()
export class PricingService {
  private readonly books = new Map<string, { at: number; book: Promise<PriceBook> }>();

  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly audit: AuditService,
  ) {}

  /**
   * The current company's price book, reused for a few seconds (prices are dated by day, so a change made
   * on another instance is seen within PRICE_BOOK_TTL_MS; this instance forgets its copy at once).
   */
  priceBook(): Promise<PriceBook> {
    const companyId = this.tenancy.companyId();
    const cached = this.books.get(companyId);
    if (cached && cached.at > Date.now() - PRICE_BOOK_TTL_MS) return cached.book;
    const book = this.loadPriceBook();
    this.books.set(companyId, { at: Date.now(), book });
    book.catch(() => this.books.delete(companyId));
    return book;
  }

  /** Drops this instance's copy of the current company's price book (after a change). */
  forgetPriceBook(): void {
    this.books.delete(this.tenancy.companyId());
  }

  private async loadPriceBook(): Promise<PriceBook> {
    const manager = this.tenancy.manager();
    const [{ company, catalog }, patterns, rates, [owner]] = await Promise.all([
      this.allPrices(),
      manager.query(`select provider, pattern, model from model_patterns order by created_at, id`) as Promise<
        ModelPattern[]
      >,
      manager.query(
        `select currency, to_char(effective_from, 'YYYY-MM-DD') as "effectiveFrom", micros_per_usd::text as "microsPerUsd"
           from exchange_rates order by effective_from`,
      ) as Promise<{ currency: string; effectiveFrom: string; microsPerUsd: string }[]>,
      manager.query(`select currency from companies`) as Promise<{ currency: string }[]>,
    ]);
    const aliases: { provider: string; model: string; aliases: string[] }[] = await manager.query(
      `select distinct on (provider, model) provider, model, aliases from model_prices
        where cardinality(aliases) > 0 order by provider, model, effective_from desc`,
    );
    return {
      currency: owner?.currency?.trim() || 'USD',
      company,
      catalog,
      // A catalog alias is an exact name (no `*`), tried before the admin's own patterns.
      patterns: [
        ...aliases.flatMap((row) =>
          row.aliases.map((alias) => ({ provider: row.provider, pattern: alias, model: row.model })),
        ),
        ...patterns,
      ],
      exchangeRates: rates.map((rate) => ({ ...rate, microsPerUsd: BigInt(rate.microsPerUsd) })),
    };
  }

  /**
   * The price for usage of a model on a day: the company's own price, the list price, then the same
   * through an admin pattern (dated variants). `fallback` when none matched and the provider's most
   * expensive model stands in (for holds only).
   */
  static priceFor(book: PriceBook, provider: string, model: string, at: IsoDate): ModelPrice | undefined {
    return (
      priceInForce(book.company, provider, model, at) ??
      priceInForce(book.catalog, provider, model, at) ??
      priceInForce(book.company, provider, model, at, book.patterns) ??
      priceInForce(book.catalog, provider, model, at, book.patterns)
    );
  }

  /**
   * The company's self-hosted prices in force at some time in [from, to) (days): each with the day it took effect,
   * the day the next price of the same model took over (null: still in force), the GPU cost per hour (in the
   * price's currency) and how many GPUs it is for. Chargeback's unabsorbed capacity.
   */
  async selfHostedPrices(
    from: IsoDate,
    to: IsoDate,
  ): Promise<
    {
      provider: string;
      model: string;
      effectiveFrom: IsoDate;
      until: IsoDate | null;
      gpuHourMicros: bigint;
      gpuCount: number;
      currency: string;
    }[]
  > {
    const rows: {
      provider: string;
      model: string;
      effective_from: IsoDate;
      until: IsoDate | null;
      gpu_hour_micros: string | null;
      gpu_count: number;
      currency: string;
    }[] = await this.tenancy.manager().query(
      `select * from (
         select provider, model, to_char(effective_from, 'YYYY-MM-DD') as effective_from,
                to_char(lead(effective_from) over (partition by provider, model order by effective_from, created_at, id),
                        'YYYY-MM-DD') as until,
                gpu_hour_micros::text, gpu_count, currency
           from company_model_prices) prices
        where gpu_hour_micros is not null and effective_from < $2 and (until is null or until > $1)
        order by provider, model, effective_from`,
      [from, to],
    );
    return rows.map((row) => ({
      provider: row.provider,
      model: row.model,
      effectiveFrom: row.effective_from,
      until: row.until,
      gpuHourMicros: BigInt(row.gpu_hour_micros ?? '0'),
      gpuCount: row.gpu_count,
      currency: row.currency.trim(),
    }));
  }

  /** The catalog's list price of a model on a day (the company's own prices left out), for list costs. */
  static listPriceFor(book: PriceBook, provider: string, model: string, at: IsoDate): ModelPrice | undefined {
    return (
      priceInForce(book.catalog, provider, model, at) ??
      priceInForce(book.catalog, provider, model, at, book.patterns)
    );
  }

  /** The provider's most expensive priced model on a day (own prices and list prices together). */
  static fallbackFor(book: PriceBook, provider: string, at: IsoDate): ModelPrice | undefined {
    return fallbackPrice([...book.company, ...book.catalog], provider, at);
  }

  /**
   * An amount in the price's currency (USD) in the company's currency at the rate in force that day;
   * undefined when the company's currency has no rate in force (the usage is then unpriced).
   */
  static toCompanyCurrency(
    book: PriceBook,
    micros: bigint,
    priceCurrency: string,
    at: IsoDate,
  ): bigint | undefined {
    if (priceCurrency === book.currency) return micros;
    if (priceCurrency !== 'USD') return undefined;
    let rate: bigint | undefined;
    for (const candidate of book.exchangeRates) {
      if (candidate.currency === book.currency && compareDates(candidate.effectiveFrom, at) <= 0)
        rate = candidate.microsPerUsd;
    }
    return rate === undefined ? undefined : convertMicros(micros, rate);
  }

  /** Every price row the company sees: its own rows first, so they win over the catalog on equal dates. */
  async allPrices(): Promise<{
    company: ModelPrice[];
    catalog: ModelPrice[];
    sources: Map<string, string | null>;
  }> {
    const manager = this.tenancy.manager();
    const [own, listed] = await Promise.all([
      manager.getRepository(CompanyModelPrice).find({ order: { effectiveFrom: 'ASC' } }),
      manager
        .getRepository(ModelPriceRow)
        .find({ order: { provider: 'ASC', model: 'ASC', effectiveFrom: 'ASC' } }),
    ]);
    const sources = new Map(
      listed.map((row) => [`${row.provider}/${row.model}/${row.effectiveFrom}`, row.source]),
    );
    return { company: own.map(toModelPrice), catalog: listed.map(toModelPrice), sources };
  }

  /** The price in force for a model at a date: the company's own price if it has one in force, else the list price. */
  async inForce(provider: string, model: string, at?: string): Promise<PriceInForce | undefined> {
    at ??= await this.clock.companyToday();
    const { company, catalog, sources } = await this.allPrices();
    const own = priceInForce(company, provider, model, at);
    if (own) return { price: own, origin: 'COMPANY', source: null };
    const listed = priceInForce(catalog, provider, model, at);
    return listed
      ? {
          price: listed,
          origin: 'CATALOG',
          source: sources.get(`${listed.provider}/${listed.model}/${listed.effectiveFrom}`) ?? null,
        }
      : undefined;
  }

  /** The prices in force today for every model the company can price. */
  async pricesInForce(at?: string): Promise<PriceInForce[]> {
    at ??= await this.clock.companyToday();
    const { company, catalog, sources } = await this.allPrices();
    const models = new Map<string, { provider: string; model: string }>();
    for (const price of [...company, ...catalog])
      models.set(`${price.provider}/${price.model}`.toLowerCase(), {
        provider: price.provider,
        model: price.model,
      });
    const result: PriceInForce[] = [];
    for (const { provider, model } of models.values()) {
      const own = priceInForce(company, provider, model, at);
      const listed = own ? undefined : priceInForce(catalog, provider, model, at);
      if (own) result.push({ price: own, origin: 'COMPANY', source: null });
      else if (listed)
        result.push({
          price: listed,
          origin: 'CATALOG',
          source: sources.get(`${listed.provider}/${listed.model}/${listed.effectiveFrom}`) ?? null,
        });
    }
    return result.sort(
      (a, b) =>
        a.price.provider.localeCompare(b.price.provider) || a.price.model.localeCompare(b.price.model),
    );
  }

  /** A company price from a date on: explicit rates, or a self-hosted model priced from its GPU economics. */
  async setCompanyPrice(input: CompanyPriceInput): Promise<CompanyModelPrice> {
    let rates = input.rates ?? {};
    if (input.selfHosted) {
      let rate: bigint;
      try {
        rate = selfHostedRatePerMillion(
          input.selfHosted.gpuHourMicros,
          input.selfHosted.tokensPerSecond,
          input.selfHosted.utilizationBp,
        );
      } catch (error) {
        throw AppError.badInput([{ field: 'selfHosted', message: (error as Error).message }]);
      }
      // A self-hosted GPU serves input and output tokens alike: one rate for both.
      rates = { input: rate, output: rate, cacheRead: rate, cacheWrite5m: null, cacheWrite1h: null };
    }
    if (rates.input == null && rates.output == null) {
      throw AppError.badInput([
        {
          field: 'rates',
          message: 'give at least the input and output price, or the self-hosted GPU figures',
        },
      ]);
    }
    const row = this.tenancy
      .manager()
      .getRepository(CompanyModelPrice)
      .create({
        companyId: this.tenancy.companyId(),
        id: randomUUID(),
        provider: input.provider.trim().toLowerCase(),
        model: input.model.trim(),
        effectiveFrom: input.effectiveFrom,
        currency: 'USD',
        inputMicros: rates.input?.toString() ?? null,
        outputMicros: rates.output?.toString() ?? null,
        cacheReadMicros: rates.cacheRead?.toString() ?? null,
        cacheWrite5mMicros: rates.cacheWrite5m?.toString() ?? null,
        cacheWrite1hMicros: rates.cacheWrite1h?.toString() ?? null,
        tiers: [],
        gpuHourMicros: input.selfHosted?.gpuHourMicros.toString() ?? null,
        tokensPerSecond: input.selfHosted ? String(input.selfHosted.tokensPerSecond) : null,
        utilizationBp: input.selfHosted?.utilizationBp ?? null,
        note: input.note?.trim() || null,
        createdBy: this.tenancy.actorUserId(),
      });
    await this.tenancy
      .manager()
      .query(`delete from company_model_prices where provider = $1 and model = $2 and effective_from = $3`, [
        row.provider,
        row.model,
        row.effectiveFrom,
      ]);
    await this.tenancy.manager().getRepository(CompanyModelPrice).insert(row);
    await this.audit.record('PRICE_SET', 'model_price', row.id, null, row);
    this.forgetPriceBook();
    return row;
  }
}
