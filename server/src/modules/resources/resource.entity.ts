import { Field, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Membership } from '../members';
import { ResourceKind } from './resource.enums';
import { TenantEntity } from '../organizations';

/**
 * An instance or an agent of the organization. Deleting only marks it (deleted_at): usage
 * records keep pointing at it and still show its name.
 */
@ObjectType('Resource', { description: 'An instance or agent, visible to every member of the organization.' })
@Entity('resources')
@Index('resources_org_created_idx', ['organizationId', 'createdAt', 'id'])
@Check('resources_kind_check', `kind IN ('INSTANCE', 'AGENT')`)
export class Resource extends TenantEntity {
  @Field(() => ResourceKind)
  @Column({ type: 'varchar', length: 16 })
  kind: ResourceKind;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The creator's membership; memberships are never deleted, so the creator stays known after removal. */
  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => Membership)
  @JoinColumn({ name: 'created_by_id' })
  createdByRow?: Membership;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was deleted; deleted resources are only seen through past usage.' })
  @Column({ name: 'deleted_at', type: 'timestamptz', precision: 3, nullable: true })
  deletedAt: Date | null;
}
