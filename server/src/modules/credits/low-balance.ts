import { formatCredits } from '@orgpulse/shared';
import type { EntityManager } from 'typeorm';
import { emitWebhookEvent, WebhookEventType } from '../webhooks';

/** True when a change took the balance from at-or-above the threshold to below it (one alert per crossing). */
export function crossedBelow(before: bigint, after: bigint, threshold: bigint | null): boolean {
  return threshold !== null && before >= threshold && after < threshold;
}

/** A balance is low when a threshold is set and the balance is below it. */
export function isLow(balance: bigint, threshold: bigint | null): boolean {
  return threshold !== null && balance < threshold;
}

/** The credits.low_balance webhook event, in the transaction that crossed the threshold. */
export function emitLowBalance(em: EntityManager, organizationId: string, balance: bigint, threshold: bigint): Promise<void> {
  return emitWebhookEvent(em, organizationId, WebhookEventType.CREDITS_LOW_BALANCE, {
    balance: formatCredits(balance),
    threshold: formatCredits(threshold),
  });
}
