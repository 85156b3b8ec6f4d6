import { MigrationInterface, QueryRunner } from 'typeorm';
import { processSecretStore } from '../../secrets/secret-store';
import { webhookSecretContext } from '../../secrets/contexts';

/**
 * Webhook signing secrets were kept in plain text (`webhook_endpoints.secret`). They move to the secret
 * store: `secret_sealed` holds the AES-256-GCM envelope (`secrets/secret-store.ts`), bound to the endpoint's
 * company and id, and the plain column is dropped. Existing endpoints keep their secret, so receivers keep
 * verifying signatures unchanged. Needs the same `SECRET_KEYS` the app runs with.
 */
export class SealedWebhookSecrets1795660000000 implements MigrationInterface {
  name = 'SealedWebhookSecrets1795660000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string, params?: unknown[]) => queryRunner.query(sql, params);
    const store = processSecretStore();
    // The owner is subject to FORCEd row-level security (no tenant set here): lifted for this table, in this
    // migration's transaction, and put back.
    await q(`ALTER TABLE "webhook_endpoints" NO FORCE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "webhook_endpoints" ADD "secret_sealed" text`);
    const rows: { company_id: string; id: string; secret: string }[] = await q(
      `SELECT company_id, id, secret FROM "webhook_endpoints"`,
    );
    for (const row of rows)
      await q(`UPDATE "webhook_endpoints" SET "secret_sealed" = $3 WHERE company_id = $1 AND id = $2`, [
        row.company_id,
        row.id,
        store.seal(row.secret, webhookSecretContext(row.company_id, row.id)),
      ]);
    await q(`ALTER TABLE "webhook_endpoints" ALTER "secret_sealed" SET NOT NULL`);
    await q(`ALTER TABLE "webhook_endpoints" DROP COLUMN "secret"`);
    await q(`ALTER TABLE "webhook_endpoints" FORCE ROW LEVEL SECURITY`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string, params?: unknown[]) => queryRunner.query(sql, params);
    const store = processSecretStore();
    await q(`ALTER TABLE "webhook_endpoints" NO FORCE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "webhook_endpoints" ADD "secret" character varying(100)`);
    const rows: { company_id: string; id: string; secret_sealed: string }[] = await q(
      `SELECT company_id, id, secret_sealed FROM "webhook_endpoints"`,
    );
    for (const row of rows)
      await q(`UPDATE "webhook_endpoints" SET "secret" = $3 WHERE company_id = $1 AND id = $2`, [
        row.company_id,
        row.id,
        store.open(row.secret_sealed, webhookSecretContext(row.company_id, row.id)),
      ]);
    await q(`ALTER TABLE "webhook_endpoints" ALTER "secret" SET NOT NULL`);
    await q(`ALTER TABLE "webhook_endpoints" DROP COLUMN "secret_sealed"`);
    await q(`ALTER TABLE "webhook_endpoints" FORCE ROW LEVEL SECURITY`);
  }
}
