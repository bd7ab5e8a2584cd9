import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Membership } from '../members';
import { TenantEntity } from '../organizations';

@ObjectType('AuditEvent', { description: 'A management action: who did what to whom, with before/after.' })
@Entity('audit_events')
@Index('audit_events_org_created_idx', ['organizationId', 'createdAt', 'id'])
// one per filter of the audit log, each in keyset order after its equality column (audit.query.ts)
@Index('audit_events_org_action_created_idx', ['organizationId', 'action', 'createdAt', 'id'])
@Index('audit_events_org_actor_created_idx', ['organizationId', 'actorMembershipId', 'createdAt', 'id'])
@Index('audit_events_org_actor_action_created_idx', ['organizationId', 'actorMembershipId', 'action', 'createdAt', 'id'])
@Index('audit_events_org_target_created_idx', ['organizationId', 'targetId', 'createdAt', 'id'])
export class AuditEvent extends TenantEntity {
  @Field({ description: 'e.g. member.added, member.role_changed, credits.added' })
  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ name: 'actor_membership_id', type: 'uuid', nullable: true })
  actorMembershipId: string | null;

  @ManyToOne(() => Membership, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_membership_id' })
  actorRow?: Membership;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
