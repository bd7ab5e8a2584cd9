import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('User', { description: 'A person. One user can be a member of several organizations.' })
@Entity('users')
@Check('users_email_normalized', 'email = lower(email)')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field({ description: 'Normalized (lower-case) email; unique across users.' })
  @Index('users_email_key', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 100 })
  passwordHash: string;

  @Field({ description: 'True until the user replaces a temporary password set by an admin.' })
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  /**
   * True once the person reading the mailbox proved it (the link of verifyEmail, or a reset
   * through the emailed link). An unverified account is never trusted as "existing" by
   * addMember: see modules/members/account-handover.ts.
   */
  @Field({ description: 'True once the email address was proven (verification link or password reset link).' })
  @Column({ name: 'email_verified', type: 'boolean', default: false })
  emailVerified: boolean;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** While a temporary password (set by an admin) is outstanding: when it stops working. */
  @Column({ name: 'temporary_password_expires_at', type: 'timestamptz', nullable: true })
  temporaryPasswordExpiresAt: Date | null;

  /** The TOTP secret, AES-256-GCM encrypted (modules/auth/mfa.crypto.ts); null: no second factor. Never exposed. */
  @Column({ name: 'totp_secret', type: 'varchar', length: 200, nullable: true, select: true })
  totpSecret: string | null;

  /** A secret shown by startTotpEnrollment, waiting for confirmTotpEnrollment (encrypted too). */
  @Column({ name: 'totp_pending_secret', type: 'varchar', length: 200, nullable: true })
  totpPendingSecret: string | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The last accepted TOTP time step: a code is accepted once (no replay within its window). */
  @Column({
    name: 'totp_last_step',
    type: 'bigint',
    nullable: true,
    transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) },
  })
  totpLastStep: number | null;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @Column({ name: 'password_changed_at', type: 'timestamptz', default: () => 'now()' })
  passwordChangedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
