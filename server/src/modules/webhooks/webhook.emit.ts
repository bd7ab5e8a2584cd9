import type { EntityManager } from 'typeorm';
import { WebhookEventType, wireType } from './webhook.enums';

/** The signed body: {"type", "timestamp", "data"} (schema contract, Standard Webhooks). */
export function webhookBody(type: WebhookEventType, data: Record<string, unknown>, at = new Date()): string {
  return JSON.stringify({ type: wireType(type), timestamp: at.toISOString(), data });
}

/**
 * Queues an event for every enabled endpoint of the organization that subscribes to it, with
 * the caller's EntityManager: the rows commit with the change or not at all (the webhook
 * outbox). One INSERT … SELECT; nothing is written when no endpoint wants the event.
 */
export async function emitWebhookEvent(
  em: EntityManager,
  organizationId: string,
  type: WebhookEventType,
  data: Record<string, unknown>,
): Promise<void> {
  await em.query(
    `INSERT INTO webhook_deliveries (organization_id, endpoint_id, event_type, body)
     SELECT e.organization_id, e.id, $2::varchar, $3::text FROM webhook_endpoints e
     WHERE e.organization_id = $1 AND e.enabled AND $2::varchar = ANY(e.events)`,
    [organizationId, type, webhookBody(type, { organizationId, ...data })],
  );
}
