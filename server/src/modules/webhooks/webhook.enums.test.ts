import { WebhookEventType, wireType } from './webhook.enums';

test('wire types follow the schema contract', () => {
  expect(Object.values(WebhookEventType).map(wireType)).toEqual([
    'member.added',
    'member.role_changed',
    'member.removed',
    'member.suspended',
    'member.reactivated',
    'ownership.transferred',
    'credits.added',
    'credits.low_balance',
    'api_key.created',
    'api_key.revoked',
    'webhook.test',
  ]);
});
