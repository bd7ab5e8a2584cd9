import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-in counts per account and per address, shared by every server process and
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

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
