import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { CreditsScalar } from '../../common/scalars';
import { ApiKey } from '../api-keys';
import { CreditTransaction } from '../credits';
import { microsColumn } from '../../common/money';
import { Membership } from '../members';
import { Resource } from '../resources';
import { TenantEntity } from '../organizations';

/**
 * One API call that spent credits: who (and through which key), on what, which operation,
 * how much, when. Points at its USAGE ledger entry (one each). Written only by SpendService.
 *
 * One foreign key only, to its organization (ON DELETE CASCADE, TenantEntity's); the others are
 * checked once per insert statement against its ledger entry and its organization (migration
 * UsageRecordChecks), and the ledger's deletes take or refuse the records. The relations below
 * are for reading only.
 */
@ObjectType('UsageRecord', { description: 'An API call that spent credits.' })
@Entity('usage_records')
@Index('usage_records_org_created_idx', ['organizationId', 'createdAt', 'id'])
@Index('usage_records_org_member_created_idx', ['organizationId', 'membershipId', 'createdAt', 'id'])
@Index('usage_records_org_resource_created_idx', ['organizationId', 'resourceId', 'createdAt', 'id'], { where: 'resource_id IS NOT NULL' })
// partitioned by month on created_at (migration UsagePartitions): every unique key includes it
@Unique('usage_records_transaction_key', ['transactionId', 'createdAt'])
@Check('usage_records_credits_positive', 'credits > 0')
export class UsageRecord extends TenantEntity {
  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => Membership, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'membership_id' })
  membershipRow?: Membership;

  @Column({ name: 'api_key_id', type: 'uuid', nullable: true })
  apiKeyId: string | null;

  @ManyToOne(() => ApiKey, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'api_key_id' })
  apiKeyRow?: ApiKey;

  @Column({ name: 'resource_id', type: 'uuid', nullable: true })
  resourceId: string | null;

  @ManyToOne(() => Resource, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'resource_id' })
  resourceRow?: Resource;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  operation: string;

  @Field(() => CreditsScalar)
  @Column({ type: 'bigint', transformer: microsColumn })
  credits: bigint;

  @Column({ name: 'transaction_id', type: 'uuid' })
  transactionId: string;

  @ManyToOne(() => CreditTransaction, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'transaction_id' })
  transactionRow?: CreditTransaction;

  /** Same instant as its ledger entry (set by the spend statement, not by a default). */
  @Field()
  @PrimaryColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
