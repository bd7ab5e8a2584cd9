import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('Organization', { description: 'A tenant: members, credits, resources and usage belong to it.' })
@Entity('organizations')
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field({ description: 'Members must enrol a second factor before using the organization (setRequireMfa).' })
  @Column({ name: 'require_mfa', type: 'boolean', default: false })
  requireMfa: boolean;

  @Field({ description: 'Owners and admins get a weekly access review email (setWeeklyAccessReviewEmail).' })
  @Column({ name: 'weekly_access_review_email', type: 'boolean', default: false })
  weeklyAccessReviewEmail: boolean;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
