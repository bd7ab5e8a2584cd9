import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organization } from '../organizations';

/**
 * When an organization's next weekly access review email is due (review.job.ts). A row is
 * written when the email is first turned on and kept when it is turned off, so turning it off
 * and on again does not send a second email within the week. Each run claims due rows with
 * FOR UPDATE SKIP LOCKED and moves `next_run_at` on in the same transaction as the emails it
 * queues: several nodes running the job send each review once.
 */
@Entity('access_review_schedules')
@Index('access_review_schedules_due_idx', ['nextRunAt'])
export class AccessReviewSchedule {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organizationRow?: Organization;

  @Column({ name: 'next_run_at', type: 'timestamptz' })
  nextRunAt: Date;

  @Column({ name: 'last_sent_at', type: 'timestamptz', nullable: true })
  lastSentAt: Date | null;
}
