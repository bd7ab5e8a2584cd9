import { registerEnumType } from 'type-graphql';

/** What happened. The body's `type` is wireType(value): MEMBER_ROLE_CHANGED -> member.role_changed. */
export enum WebhookEventType {
  MEMBER_ADDED = 'MEMBER_ADDED',
  MEMBER_ROLE_CHANGED = 'MEMBER_ROLE_CHANGED',
  MEMBER_REMOVED = 'MEMBER_REMOVED',
  MEMBER_SUSPENDED = 'MEMBER_SUSPENDED',
  MEMBER_REACTIVATED = 'MEMBER_REACTIVATED',
  OWNERSHIP_TRANSFERRED = 'OWNERSHIP_TRANSFERRED',
  CREDITS_ADDED = 'CREDITS_ADDED',
  CREDITS_LOW_BALANCE = 'CREDITS_LOW_BALANCE',
  API_KEY_CREATED = 'API_KEY_CREATED',
  API_KEY_REVOKED = 'API_KEY_REVOKED',
  /** Sent by sendTestWebhook only; an endpoint cannot subscribe to it. */
  WEBHOOK_TEST = 'WEBHOOK_TEST',
}
registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'An event a webhook endpoint can receive. The body says it in lower case, the first underscore a dot (member.role_changed).',
  valuesConfig: { WEBHOOK_TEST: { description: 'A test delivery (sendTestWebhook): webhook.test. Not subscribable.' } },
});

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING: not delivered yet (retried with back-off); SUCCEEDED: a 2xx answer; FAILED: given up.',
});

/** The events an endpoint may subscribe to. */
export const SUBSCRIBABLE_EVENTS: readonly WebhookEventType[] = Object.values(WebhookEventType).filter(
  (t) => t !== WebhookEventType.WEBHOOK_TEST,
);

/** The concept of each event, as in the audit log (api_key.created): the rest of the value is the action. */
const CONCEPTS = ['api_key', 'member', 'ownership', 'credits', 'webhook'];

/** The `type` in the body (schema contract): MEMBER_ROLE_CHANGED -> member.role_changed, API_KEY_CREATED -> api_key.created. */
export function wireType(type: WebhookEventType): string {
  const lower = type.toLowerCase();
  const concept = CONCEPTS.find((c) => lower.startsWith(`${c}_`));
  return concept ? `${concept}.${lower.slice(concept.length + 1)}` : lower.replace('_', '.');
}
