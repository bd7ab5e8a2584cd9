import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Membership } from '../members';
import { TenantEntity } from '../organizations';

/**
 * A secret that acts as its member (with the member's current role). Only the SHA-256 of
 * the secret is kept, plus its first characters to recognise it.
 */
@ObjectType('ApiKey', { description: 'A key for programmatic calls; the secret itself is shown only once, at creation.' })
@Entity('api_keys')
@Index('api_keys_secret_hash_key', ['secretHash'], { unique: true })
@Index('api_keys_org_member_idx', ['organizationId', 'membershipId', 'createdAt'])
export class ApiKey extends TenantEntity {
  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => Membership)
  @JoinColumn({ name: 'membership_id' })
  membershipRow?: Membership;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field({ description: 'The first characters of the secret, for recognition (e.g. "opk_3fQ9x2Lb").' })
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  /** Hex SHA-256 of the whole secret. */
  @Column({ name: 'secret_hash', type: 'varchar', length: 64 })
  secretHash: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Updated at most once a minute.' })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
