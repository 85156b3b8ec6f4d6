import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../provision';

/**
 * Machine request counters shared by every API instance (rate-limiter-flexible's Postgres table layout):
 * keys `key:<api key id>` and `company:<company id>`, `expire` in epoch milliseconds. Not tenant data
 * (counted before the work of a request, read by key only), like `login_throttle`.
 */
export class RateLimits1795670000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limits" ("key" character varying(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "rate_limits" TO ${APP_ROLE}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limits"`);
  }
}
