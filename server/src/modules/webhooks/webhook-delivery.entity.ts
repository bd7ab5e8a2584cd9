import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../organizations';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookDeliveryStatus, WebhookEventType } from './webhook.enums';

/**
 * One event for one endpoint: the webhook outbox. Written in the transaction of the change
 * (emitWebhookEvent), delivered after commit by the worker (webhook.worker.ts). Its id is the
 * `webhook-id` header, the same on every attempt and redelivery, so receivers can dedupe.
 */
@ObjectType('WebhookDelivery', { description: 'One event sent (or to send) to one endpoint.' })
@Entity('webhook_deliveries')
@Index('webhook_deliveries_due_idx', ['nextAttemptAt'], { where: `status = 'PENDING'` })
@Index('webhook_deliveries_endpoint_idx', ['endpointId', 'createdAt'])
@Index('webhook_deliveries_org_idx', ['organizationId', 'createdAt'])
@Check('webhook_deliveries_status_check', `status IN ('PENDING', 'SUCCEEDED', 'FAILED')`)
export class WebhookDelivery extends TenantEntity {
  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId: string;

  @ManyToOne(() => WebhookEndpoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id' })
  endpointRow?: WebhookEndpoint;

  @Field(() => WebhookEventType)
  @Column({ name: 'event_type', type: 'varchar', length: 40 })
  eventType: WebhookEventType;

  /** The exact JSON body that is signed and sent: {"type", "timestamp", "data"}. */
  @Column({ type: 'text' })
  body: string;

  @Field(() => WebhookDeliveryStatus)
  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts started so far (redeliveries included).' })
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** Retries stop (FAILED) once the retry window has passed since this (creation, or the last redelivery). */
  @Column({ name: 'window_started_at', type: 'timestamptz', default: () => 'now()' })
  windowStartedAt: Date;

  @Column({ name: 'claim_token', type: 'uuid', nullable: true })
  claimToken: string | null;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last answer, if there was one.' })
  @Column({ name: 'response_status', type: 'int', nullable: true })
  responseStatus: number | null;

  /** The first bytes of the last answer's body (at most 256), for troubleshooting. */
  @Column({ name: 'response_excerpt', type: 'varchar', length: 256, nullable: true })
  responseExcerpt: string | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}
