/** The webhooks module's public file: what other modules may use. */
export { emitWebhookEvent } from './webhook.emit';
export { WebhookEventType } from './webhook.enums';
export type { WebhookNotifier } from './webhook.notifier';
