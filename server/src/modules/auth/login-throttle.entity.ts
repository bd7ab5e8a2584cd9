import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Attempt counts per account and per address (see throttle.ts), shared by every server process and
 * kept across restarts. The key is a SHA-256 of "a:<email>" or "i:<address>", so attempted
 * emails (including ones with no account) are not stored in clear.
 */
@Entity('login_throttle')
@Index('login_throttle_last_failure_idx', ['lastFailure'])
export class LoginThrottleRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'integer' })
  failures: number;

  @Column({ name: 'last_failure', type: 'timestamptz' })
  lastFailure: Date;

  /** Attempts reserved and not yet settled (their bcrypt may be running). */
  @Column({ name: 'in_flight', type: 'integer', default: 0 })
  inFlight: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
