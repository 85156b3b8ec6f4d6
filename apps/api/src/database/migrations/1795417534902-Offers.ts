import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../provision';

const CURRENT_COMPANY = `nullif(current_setting('app.company_id', true), '')::uuid`;

export class Offers1795417534902 implements MigrationInterface {
  name = 'Offers1795417534902';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "offers" ("company_id" uuid NOT NULL, "id" uuid NOT NULL, "candidate_name" character varying(200) NOT NULL, "candidate_email" character varying(320) NOT NULL, "title" character varying(120) NOT NULL, "level" character varying(40), "location" character varying(120), "team_id" uuid NOT NULL, "start_date" date NOT NULL, "annual_pay_micros" bigint NOT NULL, "currency" character(3) NOT NULL, "override_kind" character varying(10), "override_ratio_bp" integer, "override_annual_micros" bigint, "override_reason" character varying(500), "bonus_micros" bigint, "equity" character varying(500), "status" character varying(12) NOT NULL DEFAULT 'DRAFT', "engineer_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6fb0db042a9f999b1123d6900a1" PRIMARY KEY ("company_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "offers_company_status_idx" ON "offers"  ("company_id", "status") `,
    );
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "FK_05123562dd8aada94eea2d2b92c" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "FK_f627101b834356d88352b7ccd9b" FOREIGN KEY ("company_id", "team_id") REFERENCES "teams"("company_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "offers" TO ${APP_ROLE}`);
    await queryRunner.query(`ALTER TABLE "offers" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "offers" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "offers" USING ("company_id" = ${CURRENT_COMPANY}) WITH CHECK ("company_id" = ${CURRENT_COMPANY})`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY tenant_isolation ON "offers"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "FK_f627101b834356d88352b7ccd9b"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "FK_05123562dd8aada94eea2d2b92c"`);
    await queryRunner.query(`DROP INDEX "public"."offers_company_status_idx"`);
    await queryRunner.query(`DROP TABLE "offers"`);
  }
}
