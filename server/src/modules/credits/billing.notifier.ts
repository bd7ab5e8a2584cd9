import type { EntityManager } from 'typeorm';

/**
 * What the credits module tells people. Called inside the spend/top-up transaction, so what
 * it queues (the email outbox) commits with the change or not at all.
 */
export interface BillingNotifier {
  /** The balance just went from at-or-above the threshold to below it (once per crossing). */
  lowBalanceCrossed(em: EntityManager, e: { organizationId: string; balanceMicros: bigint; thresholdMicros: bigint }): Promise<void>;
}

export const silentBillingNotifier: BillingNotifier = {
  lowBalanceCrossed: async () => undefined,
};
