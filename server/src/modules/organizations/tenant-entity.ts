import { Field, ID, ObjectType } from 'type-graphql';
import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from './organization.entity';

/**
 * What every tenant row has: a UUID id and the organization it belongs to (deleted with
 * it). Tenant entities extend this, so `organization_id` is never forgotten or spelt twice.
 */
@ObjectType()
export abstract class TenantEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organizationRow?: Organization;
}
