import { Injectable } from '@nestjs/common';
import { ModelPrice, priceInForce, selfHostedRatePerMillion, TokenRates } from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { TenancyService } from '../database/tenancy.service';
import { today } from '../people/people.service';
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

/** The price catalog: public list prices, overridden by the company's own (negotiated or self-hosted). */
@Injectable()
export class PricingService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly audit: AuditService,
  ) {}

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
  async inForce(provider: string, model: string, at = today()): Promise<PriceInForce | undefined> {
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
  async pricesInForce(at = today()): Promise<PriceInForce[]> {
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
    return row;
  }
}
