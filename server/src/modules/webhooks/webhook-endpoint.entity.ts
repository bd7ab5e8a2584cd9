import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TenantEntity } from '../organizations';
import { WebhookEventType } from './webhook.enums';

/**
 * Where an organization's events are POSTed. The signing secret is kept encrypted
 * (AES-256-GCM under config.webhooks.secretKey, see webhook.secret.ts): the server must sign
 * with it, so it cannot be a hash.
 */
@ObjectType('WebhookEndpoint', { description: 'A URL that receives signed events (Standard Webhooks).' })
@Entity('webhook_endpoints')
@Index('webhook_endpoints_org_idx', ['organizationId', 'createdAt'])
export class WebhookEndpoint extends TenantEntity {
  @Field()
  @Column({ type: 'varchar', length: 2048 })
  url: string;

  @Field(() => [WebhookEventType])
  @Column({ type: 'varchar', length: 40, array: true })
  events: WebhookEventType[];

  @Field({ description: 'False once the endpoint kept failing; a successful test or redelivery enables it again.' })
  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** `v1.<iv>.<tag>.<ciphertext>` (base64url) of the whole `whsec_…` secret. */
  @Column({ name: 'secret_encrypted', type: 'text' })
  secretEncrypted: string;

  /** Attempts in a row that failed (any delivery); a success resets it. */
  @Column({ name: 'consecutive_failures', type: 'int', default: 0 })
  consecutiveFailures: number;

  /** The first failed attempt since the last success. */
  @Column({ name: 'failing_since', type: 'timestamptz', nullable: true })
  failingSince: Date | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
