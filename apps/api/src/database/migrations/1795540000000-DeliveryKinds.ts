import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two more kinds of mail in the delivery log: APPROVAL (an increase request waits for the recipient's
 * decision, with a link to it) and TEST (an admin's test mail from the alerts settings).
 */
export class DeliveryKinds1795540000000 implements MigrationInterface {
  name = 'DeliveryKinds1795540000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "alert_deliveries" DROP CONSTRAINT "alert_deliveries_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_kind_check"
         CHECK ("kind" IN ('ALERT', 'INVITATION', 'APPROVAL', 'TEST'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "alert_deliveries" WHERE "kind" IN ('APPROVAL', 'TEST')`);
    await queryRunner.query(`ALTER TABLE "alert_deliveries" DROP CONSTRAINT "alert_deliveries_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_kind_check"
         CHECK ("kind" IN ('ALERT', 'INVITATION'))`,
    );
  }
}
