import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users';

export type AccountTokenPurpose = 'password_reset' | 'email_verification' | 'mfa_login';

/**
 * A single-use secret sent to a person: a password-reset link, an email-verification link,
 * or the mfaToken between the password and the second factor. Only its SHA-256 is stored;
 * it works until `expires_at`, once (`used_at`), and at most a few wrong tries (`attempts`).
 */
@Entity('account_tokens')
@Index('account_tokens_user_idx', ['userId', 'purpose'])
@Index('account_tokens_expires_idx', ['expiresAt'])
@Check('account_tokens_purpose_check', `purpose IN ('password_reset', 'email_verification', 'mfa_login')`)
export class AccountToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** SHA-256 (hex) of the token. */
  @Index('account_tokens_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 24 })
  purpose: AccountTokenPurpose;

  /** Null for a reset asked for an email without an account (the same work is done for it). */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  userRow?: User;

  /** The address the link was sent to: a verification only proves that one. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  /** For mfa_login: the organization asked for at sign-in. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** A one-time recovery code of the second factor; only its SHA-256 is kept. */
@Entity('recovery_codes')
@Index('recovery_codes_user_hash_key', ['userId', 'codeHash'], { unique: true })
export class RecoveryCode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  userRow?: User;

  @Column({ name: 'code_hash', type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
