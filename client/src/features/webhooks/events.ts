import type { WebhookEventType } from '../../gql/graphql';

/** The events an endpoint can subscribe to, with the name the body carries. */
export const WEBHOOK_EVENTS: Array<{ value: WebhookEventType; label: string; wire: string }> = [
  { value: 'MEMBER_ADDED', label: 'Member added', wire: 'member.added' },
  { value: 'MEMBER_ROLE_CHANGED', label: 'Role changed', wire: 'member.role_changed' },
  { value: 'MEMBER_REMOVED', label: 'Member removed', wire: 'member.removed' },
  { value: 'MEMBER_SUSPENDED', label: 'Member suspended', wire: 'member.suspended' },
  { value: 'MEMBER_REACTIVATED', label: 'Member reactivated', wire: 'member.reactivated' },
  { value: 'OWNERSHIP_TRANSFERRED', label: 'Ownership transferred', wire: 'ownership.transferred' },
  { value: 'CREDITS_ADDED', label: 'Credits added', wire: 'credits.added' },
  { value: 'CREDITS_LOW_BALANCE', label: 'Low balance', wire: 'credits.low_balance' },
  { value: 'API_KEY_CREATED', label: 'API key created', wire: 'api_key.created' },
  { value: 'API_KEY_REVOKED', label: 'API key revoked', wire: 'api_key.revoked' },
];

export function eventLabel(type: WebhookEventType): string {
  return type === 'WEBHOOK_TEST' ? 'Test' : (WEBHOOK_EVENTS.find((e) => e.value === type)?.label ?? type);
}
