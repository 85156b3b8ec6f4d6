import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Sign-in and sign-up counters shared by every API instance, in the table layout that rate-limiter-flexible's
 * Postgres store expects. Not tenant data: keys are `ip:<address>`, `signup-ip:<address>`, and
 * `email:`, `email-ip:`, `lockouts:` followed by a SHA-256 of the email (and address), never the email.
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
