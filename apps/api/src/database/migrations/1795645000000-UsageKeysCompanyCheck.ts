import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The idempotency keys' company, checked once per statement instead of once per row. The foreign key
 * usage_event_keys → companies ran one `SELECT … FOR KEY SHARE` on the company row for every key: 1,000
 * per usage batch, all on the same row (concurrent batches share-lock it in turn, through multixacts), about
 * a third of the time the keys took to insert. The same guarantee, per statement:
 * - on insert, a statement trigger share-locks each distinct company of the new keys (what the foreign key
 *   locked per row, so a company cannot be deleted under a batch until it commits) and fails with
 *   foreign_key_violation (23503) when one does not exist;
 * - on a company's delete, its keys go with it (the foreign key's ON DELETE CASCADE).
 * Keys are never updated (the app role may only SELECT and INSERT them). Both functions are SECURITY
 * DEFINER (owned by the migrations' role, search_path pinned), so the app role needs no lock privilege on
 * companies. Unlike the foreign key's own triggers they do not bypass row-level security (the owner role
 * cannot), so each reads the company it checks inside that company (app.company_id set for the check and
 * restored after): a tenant's insert and an operator's insert outside any tenant are checked alike.
 */
export class UsageKeysCompanyCheck1795645000000 implements MigrationInterface {
  name = 'UsageKeysCompanyCheck1795645000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    const [fk]: { conname: string }[] = await queryRunner.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = 'usage_event_keys'::regclass AND contype = 'f'
          AND confrelid = 'companies'::regclass`,
    );
    if (fk) await q(`ALTER TABLE "usage_event_keys" DROP CONSTRAINT "${fk.conname}"`);
    await q(`CREATE FUNCTION usage_event_keys_company_exists() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        v_current text := current_setting('app.company_id', true);
        v_company uuid;
      BEGIN
        -- Each distinct company of the new keys (one per usage batch), read in that company (row-level
        -- security shows a company its own row only; an operator's insert outside any tenant works too).
        FOR v_company IN SELECT DISTINCT n.company_id FROM new_rows n LOOP
          PERFORM set_config('app.company_id', v_company::text, true);
          PERFORM 1 FROM companies c WHERE c.id = v_company FOR KEY SHARE OF c;
          IF NOT FOUND THEN
            PERFORM set_config('app.company_id', coalesce(v_current, ''), true);
            RAISE EXCEPTION 'insert or update on table "usage_event_keys" violates its company check'
              USING ERRCODE = 'foreign_key_violation', TABLE = 'usage_event_keys',
                    DETAIL = format('Key (company_id)=(%s) is not present in table "companies".', v_company);
          END IF;
        END LOOP;
        PERFORM set_config('app.company_id', coalesce(v_current, ''), true);
        RETURN NULL;
      END $$`);
    await q(`REVOKE ALL ON FUNCTION usage_event_keys_company_exists() FROM PUBLIC`);
    await q(`CREATE TRIGGER usage_event_keys_company_exists AFTER INSERT ON "usage_event_keys"
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usage_event_keys_company_exists()`);
    await q(`CREATE FUNCTION companies_delete_usage_event_keys() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        v_current text := current_setting('app.company_id', true);
      BEGIN
        -- In the deleted company (row-level security shows its keys only there), then back.
        PERFORM set_config('app.company_id', OLD.id::text, true);
        DELETE FROM usage_event_keys k WHERE k.company_id = OLD.id;
        PERFORM set_config('app.company_id', coalesce(v_current, ''), true);
        RETURN NULL;
      END $$`);
    await q(`REVOKE ALL ON FUNCTION companies_delete_usage_event_keys() FROM PUBLIC`);
    await q(`CREATE TRIGGER companies_delete_usage_event_keys AFTER DELETE ON "companies"
      FOR EACH ROW EXECUTE FUNCTION companies_delete_usage_event_keys()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP TRIGGER companies_delete_usage_event_keys ON "companies"`);
    await q(`DROP FUNCTION companies_delete_usage_event_keys()`);
    await q(`DROP TRIGGER usage_event_keys_company_exists ON "usage_event_keys"`);
    await q(`DROP FUNCTION usage_event_keys_company_exists()`);
    await q(
      `ALTER TABLE "usage_event_keys" ADD FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE`,
    );
  }
}
