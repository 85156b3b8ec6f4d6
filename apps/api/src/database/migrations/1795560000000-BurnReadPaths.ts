import { MigrationInterface, QueryRunner } from 'typeorm';

const CURRENT_COMPANY = `nullif(current_setting('app.company_id', true), '')::uuid`;

/**
 * Read paths of the team burn (apps/api/src/burn/burn.service.ts), which reads the rollups of a whole
 * company in one request:
 *
 * - Every tenant_isolation policy compares with `(select <current company>)` instead of the expression
 *   itself. The same rows pass; but a scalar subquery is evaluated once per statement (an InitPlan), where
 *   the bare expression (current_setting is STABLE, not immutable) is evaluated again for every row a
 *   sequential scan or a filter reads. New tenant tables write their policy in this form.
 * - The grants of a period come from a partial, covering index of GRANT entries by date, never from the
 *   whole ledger (which gains entries with every usage batch).
 */
export class BurnReadPaths1795560000000 implements MigrationInterface {
  name = 'BurnReadPaths1795560000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.setPolicies(queryRunner, `(select ${CURRENT_COMPANY})`);
    await queryRunner.query(
      `CREATE INDEX "ledger_entries_grants_idx" ON "ledger_entries" ("company_id", "effective_at")
         INCLUDE ("to_account_id", "amount_micros") WHERE "kind" = 'GRANT'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ledger_entries_grants_idx"`);
    await this.setPolicies(queryRunner, CURRENT_COMPANY);
  }

  private async setPolicies(queryRunner: QueryRunner, company: string): Promise<void> {
    const tables: { tablename: string }[] = await queryRunner.query(
      `select tablename from pg_policies where schemaname = 'public' and policyname = 'tenant_isolation' order by tablename`,
    );
    for (const { tablename } of tables) {
      const key = tablename === 'companies' ? 'id' : 'company_id';
      await queryRunner.query(
        `ALTER POLICY tenant_isolation ON "${tablename}" USING ("${key}" = ${company}) WITH CHECK ("${key}" = ${company})`,
      );
    }
  }
}
