import { MEMBER_STATUSES, ROLES } from '@orgpulse/shared';
import type { MemberStatus, Role } from '@orgpulse/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { User } from '../users';
import { EmailStatus, MemberStatusEnum, RoleEnum } from './member.enums';
import { TenantEntity } from '../organizations';
import { microsColumn } from '../../common/money';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** A user's membership of one organization: the `Member` of the API. */
@ObjectType('Member', { description: 'A membership: one user in one organization, with a role.' })
@Entity('memberships')
@Index('memberships_org_user_key', ['organizationId', 'userId'], { unique: true })
@Index('memberships_one_owner', ['organizationId'], { unique: true, where: `role = 'OWNER'` })
@Index('memberships_user_idx', ['userId'])
@Index('memberships_org_created_idx', ['organizationId', 'createdAt', 'id'])
@Check('memberships_role_check', `role IN (${list(ROLES)})`)
@Check('memberships_status_check', `status IN (${list(MEMBER_STATUSES)})`)
@Check('memberships_owner_active', `role <> 'OWNER' OR status = 'ACTIVE'`)
@Check('memberships_monthly_allowance_positive', 'monthly_allowance IS NULL OR monthly_allowance > 0')
@Check('memberships_email_status_check', `email_status IN ('NOT_SENT', 'PENDING', 'SENT', 'FAILED')`)
export class Membership extends TenantEntity {
  @Field(() => ID, { description: 'The membership id (not the user id).' })
  declare id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  userRow?: User;

  @Field(() => RoleEnum)
  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Field(() => MemberStatusEnum)
  @Column({ type: 'varchar', length: 16, default: 'ACTIVE' })
  status: MemberStatus;

  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById: string | null;

  @ManyToOne(() => Membership, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedByRow?: Membership;

  @Field(() => EmailStatus, { description: 'Delivery of the last credentials or welcome email.' })
  @Column({ name: 'email_status', type: 'varchar', length: 16, default: 'NOT_SENT' })
  emailStatus: EmailStatus;

  @Field({ name: 'joinedAt' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'last_active_at', type: 'timestamptz', nullable: true })
  lastActiveAt: Date | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;

  /**
   * Micro-credits this member may spend per UTC calendar month from the shared balance;
   * null: no limit. Set only by AllowanceService, which keeps credit_balances.allowance_member_ids
   * in step in the same transaction (see there). Exposed as Member.allowance.
   */
  @Column({ name: 'monthly_allowance', type: 'bigint', nullable: true, transformer: microsColumn })
  monthlyAllowance: bigint | null;
}
