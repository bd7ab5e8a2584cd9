import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Membership } from '../members';
import { TenantEntity } from '../organizations';

export type OutboxStatus = 'PENDING' | 'SENT' | 'FAILED';

/**
 * One email to send. Written in the same transaction as the change that causes it and
 * delivered after commit by the outbox worker (mail.worker.ts).
 *
 * A PENDING row is due when `next_attempt_at` has passed. Claiming a row moves
 * `next_attempt_at` forward by a lease, so a worker that dies mid-send leaves the row to be
 * picked up again once the lease runs out.
 */
@Entity('email_outbox')
@Index('email_outbox_due_idx', ['nextAttemptAt'], { where: `status = 'PENDING'` })
@Index('email_outbox_membership_idx', ['membershipId', 'createdAt'])
@Index('email_outbox_org_created_idx', ['organizationId', 'createdAt'])
@Check('email_outbox_status_check', `status IN ('PENDING', 'SENT', 'FAILED')`)
export class OutboxEmail extends TenantEntity {
  /** The recipient's membership, when there is one; credentials/welcome mail drives its emailStatus. */
  @Column({ name: 'membership_id', type: 'uuid', nullable: true })
  membershipId: string | null;

  @ManyToOne(() => Membership, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'membership_id' })
  membershipRow?: Membership;

  /** What the email is about (see MailKind): decides redaction and emailStatus tracking. */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ name: 'to', type: 'varchar', length: 320 })
  to: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  /** Plain-text body. Emptied of the password once a credentials email is done with. */
  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status: OutboxStatus;

  /** Delivery attempts started (counted when a worker claims the row). */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** Which claim holds the row; a worker only records the outcome of its own claim. */
  @Column({ name: 'claim_token', type: 'uuid', nullable: true })
  claimToken: string | null;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
