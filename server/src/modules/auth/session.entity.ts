import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Membership } from '../members';
import { User } from '../users';

/**
 * A sign-in: one refresh-token family scoped to one membership. Access tokens name it
 * (`sid`), so revoking the session ends its access tokens on their next request.
 */
@Entity('sessions')
@Index('sessions_user_idx', ['userId'])
@Index('sessions_membership_idx', ['membershipId'])
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  userRow?: User;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membershipRow?: Membership;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'varchar', length: 40, nullable: true })
  revokedReason: string | null;

  /** The sign-in passed the second factor (completeMfaLogIn or a fresh TOTP enrolment). */
  @Column({ name: 'mfa_passed', type: 'boolean', default: false })
  mfaPassed: boolean;

  @Column({ name: 'user_agent', type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'rotated_at', type: 'timestamptz', nullable: true })
  rotatedAt: Date | null;
}

/**
 * Every refresh token ever issued for a session. The unused one is current; presenting a
 * used one again is reuse (a stolen token) and revokes the whole session.
 */
@Entity('refresh_tokens')
@Index('refresh_tokens_session_idx', ['sessionId'])
export class RefreshToken {
  /** SHA-256 (hex) of the token. */
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  sessionRow?: Session;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
