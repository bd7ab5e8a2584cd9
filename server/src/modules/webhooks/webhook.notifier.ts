import type { EntityManager } from 'typeorm';

/**
 * What the webhooks module tells people. Called inside the worker's transaction that
 * disables the endpoint, so the email (the mail outbox) commits with it.
 */
export interface WebhookNotifier {
  /** The endpoint kept failing and was disabled: tell the organization's active OWNERs and ADMINs. */
  endpointDisabled(
    em: EntityManager,
    e: { organizationId: string; endpointId: string; url: string; failures: number; lastError: string | null },
  ): Promise<void>;
}

export const silentWebhookNotifier: WebhookNotifier = {
  endpointDisabled: async () => undefined,
};
