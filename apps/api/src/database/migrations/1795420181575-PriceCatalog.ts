import { MigrationInterface, QueryRunner } from 'typeorm';
import { isIsoDate, Money } from '@tokenroll/domain';
import { APP_ROLE } from '../provision';
import catalog from '../../pricing/seed/model-prices.json';

const CURRENT_COMPANY = `nullif(current_setting('app.company_id', true), '')::uuid`;

type Rates = {
  input?: number;
  output?: number;
  cacheRead?: number;
  cacheWrite5m?: number;
  cacheWrite1h?: number;
  cacheWrite30m?: number;
};

/** Dollars per 1M tokens (as published) → micro-dollars per 1M tokens, exactly. */
const micros = (value: number | undefined): string | null =>
  value === undefined ? null : Money.parse(String(value), 'USD').micros.toString();

function columns(rates: Rates) {
  return [
    micros(rates.input),
    micros(rates.output),
    micros(rates.cacheRead),
    micros(rates.cacheWrite5m ?? rates.cacheWrite30m),
    micros(rates.cacheWrite1h),
  ];
}

export class PriceCatalog1795420181575 implements MigrationInterface {
  name = 'PriceCatalog1795420181575';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "model_prices" ("provider" character varying(40) NOT NULL, "model" character varying(120) NOT NULL, "effective_from" date NOT NULL, "currency" character(3) NOT NULL DEFAULT 'USD', "input_micros" bigint, "output_micros" bigint, "cache_read_micros" bigint, "cache_write_5m_micros" bigint, "cache_write_1h_micros" bigint, "tiers" jsonb NOT NULL DEFAULT '[]', "source" character varying(500), "source_date" character varying(20), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_33119b05562436dd0273d2471ef" PRIMARY KEY ("provider", "model", "effective_from"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "model_prices_lookup_idx" ON "model_prices"  ("provider", "model", "effective_from") `,
    );
    await queryRunner.query(
      `CREATE TABLE "company_model_prices" ("company_id" uuid NOT NULL, "id" uuid NOT NULL, "provider" character varying(40) NOT NULL, "model" character varying(120) NOT NULL, "effective_from" date NOT NULL, "currency" character(3) NOT NULL DEFAULT 'USD', "input_micros" bigint, "output_micros" bigint, "cache_read_micros" bigint, "cache_write_5m_micros" bigint, "cache_write_1h_micros" bigint, "tiers" jsonb NOT NULL DEFAULT '[]', "gpu_hour_micros" bigint, "tokens_per_second" numeric(12,3), "utilization_bp" integer, "note" character varying(500), "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_baa112441c546f171a85bf6eba7" PRIMARY KEY ("company_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "company_model_prices_key" ON "company_model_prices"  ("company_id", "provider", "model", "effective_from") `,
    );
    await queryRunner.query(
      `ALTER TABLE "company_model_prices" ADD CONSTRAINT "FK_9fd7260a8f1b3d4ed4a09e3c084" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`GRANT SELECT ON "model_prices" TO ${APP_ROLE}`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "company_model_prices" TO ${APP_ROLE}`);
    await queryRunner.query(`ALTER TABLE "company_model_prices" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "company_model_prices" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "company_model_prices" USING ("company_id" = ${CURRENT_COMPANY}) WITH CHECK ("company_id" = ${CURRENT_COMPANY})`,
    );
    // The seed catalog: public list prices with their sources (copied from shared data, dated ${catalog.asOf}).
    for (const model of catalog.models as (Rates & {
      provider: string;
      model: string;
      released?: string;
      source?: string;
      sourceDate?: string;
      tiers?: (Rates & { above: number })[];
      scheduledChange?: Rates & { effective: string };
    })[]) {
      const from = model.released && isIsoDate(model.released) ? model.released : '2024-01-01';
      const tiers = (model.tiers ?? []).map((tier) => {
        const [input, output, cacheRead, cacheWrite5m, cacheWrite1h] = columns(tier);
        return {
          aboveInputTokens: tier.above,
          rates: { input, output, cacheRead, cacheWrite5m, cacheWrite1h },
        };
      });
      const rows: [string, Rates][] = [[from, model]];
      const change = model.scheduledChange;
      if (change && isIsoDate(change.effective.slice(0, 10)))
        rows.push([change.effective.slice(0, 10), { ...model, ...change }]);
      for (const [effectiveFrom, rates] of rows) {
        await queryRunner.query(
          `INSERT INTO model_prices (provider, model, effective_from, currency, input_micros, output_micros, cache_read_micros, cache_write_5m_micros, cache_write_1h_micros, tiers, source, source_date)
           VALUES ($1, $2, $3, 'USD', $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`,
          [
            model.provider,
            model.model,
            effectiveFrom,
            ...columns(rates),
            JSON.stringify(tiers),
            model.source ?? null,
            model.sourceDate ?? null,
          ],
        );
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY tenant_isolation ON "company_model_prices"`);
    await queryRunner.query(
      `ALTER TABLE "company_model_prices" DROP CONSTRAINT "FK_9fd7260a8f1b3d4ed4a09e3c084"`,
    );
    await queryRunner.query(`DROP INDEX "public"."company_model_prices_key"`);
    await queryRunner.query(`DROP TABLE "company_model_prices"`);
    await queryRunner.query(`DROP INDEX "public"."model_prices_lookup_idx"`);
    await queryRunner.query(`DROP TABLE "model_prices"`);
  }
}
