import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../provision';

const CURRENT_COMPANY = `(select nullif(current_setting('app.company_id', true), '')::uuid)`;

/**
 * Provider invoices for reconciliation (chargeback/reconciliation/):
 * - `provider_invoices`: one current invoice per company × provider × month (re-entry replaces it, audited),
 *   its amount in the invoice's currency and converted to the company currency at the company's rate in force
 *   on the month's last day (the rate used is kept), where it came from (`MANUAL` typed, `CSV` imported,
 *   `IMPORTER` pulled by a provider importer, which may name its own `external_ref`), who entered it and when.
 * - `provider_invoice_lines`: optional per-model lines of an invoice (same currency), numbered in file order.
 */
export class ProviderInvoices1795710000000 implements MigrationInterface {
  name = 'ProviderInvoices1795710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "provider_invoices" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "id" uuid NOT NULL,
      "provider" character varying(40) NOT NULL,
      "month" date NOT NULL CHECK (extract(day from "month") = 1),
      "currency" character(3) NOT NULL,
      "amount_micros" bigint NOT NULL CHECK ("amount_micros" >= 0),
      "company_currency" character(3) NOT NULL,
      "rate_micros" bigint NOT NULL CHECK ("rate_micros" > 0),
      "converted_micros" bigint NOT NULL CHECK ("converted_micros" >= 0),
      "source" character varying(10) NOT NULL CHECK ("source" IN ('MANUAL', 'CSV', 'IMPORTER')),
      "external_ref" character varying(200),
      "entered_by" uuid,
      "entered_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("company_id", "id"),
      UNIQUE ("company_id", "provider", "month"))`);
    await q(`CREATE TABLE "provider_invoice_lines" (
      "company_id" uuid NOT NULL,
      "invoice_id" uuid NOT NULL,
      "line_no" integer NOT NULL CHECK ("line_no" > 0),
      "model" character varying(120) NOT NULL,
      "amount_micros" bigint NOT NULL CHECK ("amount_micros" >= 0),
      "converted_micros" bigint NOT NULL CHECK ("converted_micros" >= 0),
      PRIMARY KEY ("company_id", "invoice_id", "line_no"),
      FOREIGN KEY ("company_id", "invoice_id") REFERENCES "provider_invoices"("company_id", "id") ON DELETE CASCADE)`);

    for (const table of ['provider_invoices', 'provider_invoice_lines']) {
      await q(`GRANT SELECT, INSERT, DELETE ON "${table}" TO ${APP_ROLE}`);
      await q(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q(
        `CREATE POLICY tenant_isolation ON "${table}" USING ("company_id" = ${CURRENT_COMPANY}) WITH CHECK ("company_id" = ${CURRENT_COMPANY})`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "provider_invoice_lines"`);
    await queryRunner.query(`DROP TABLE "provider_invoices"`);
  }
}
