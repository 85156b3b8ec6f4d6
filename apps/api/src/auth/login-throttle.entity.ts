import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed-login counters shared by every API instance, in the table layout that rate-limiter-flexible's
 * Postgres store expects. Not tenant data: keys are `ip:<address>` and `email:<address>`.
 */
@Entity({ name: 'login_throttle' })
export class LoginThrottle {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  @Column({ type: 'integer', default: 0 })
  points: number;

  @Column({ type: 'bigint', nullable: true })
  expire: string | null;
}
