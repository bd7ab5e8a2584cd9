import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { microsColumn } from '../../common/money';
import { Organization } from '../organizations';

/** Rollups key "no resource" with this id, so the primary key needs no NULL. */
export const NO_RESOURCE = '00000000-0000-0000-0000-000000000000';

/**
 * Daily rollup of usage_records per (organization, UTC day, member, resource, operation),
 * incremented in the same statement as each spend. Dashboards read this, never a full
 * scan of the raw records; reconcile() proves it equals them.
 */
@Entity('usage_daily')
@Index('usage_daily_org_member_day_idx', ['organizationId', 'membershipId', 'day'])
export class UsageDaily {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organizationRow?: Organization;

  /** The UTC day, 'YYYY-MM-DD'. */
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  /** NO_RESOURCE when the calls named no resource. */
  @PrimaryColumn({ name: 'resource_id', type: 'uuid' })
  resourceId: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  operation: string;

  @Column({ type: 'bigint', default: 0, transformer: microsColumn })
  credits: bigint;

  @Column({ type: 'bigint', default: 0 })
  count: string;
}
