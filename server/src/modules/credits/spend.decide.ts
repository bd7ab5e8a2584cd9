import { ErrorCode, formatCredits } from '@orgpulse/shared';
import { AppError, notFound } from '../../common/errors';
import { keyReused } from './idempotency';

/**
 * The decision step of a chunk of spends (SpendService.applyChunk): pure, so it is unit
 * tested beside this file. Given what was read under the balance row's lock, it decides
 * each spend in order against the running balance and, for members with a monthly
 * allowance, against their running month-to-date usage.
 */

/** What decide() needs to know about one spend. */
export interface SpendToDecide {
  key: string;
  /** Fingerprint of the request (idempotency: the same key must carry the same hash). */
  hash: string;
  credits: bigint;
  resourceId: string | null;
  membershipId: string;
  /** The API key the spend came with, or null for a session. */
  apiKeyId: string | null;
}

/** A ledger entry found by its idempotency key, with its usage record's id when it is a usage entry. */
export interface PriorEntry {
  kind: string;
  request_hash: string | null;
  id: string | null;
}

/** What was read under the lock. */
export interface ChunkReading<P extends PriorEntry = PriorEntry> {
  balance: bigint;
  /** Earlier entries of these spends' keys. */
  prior: Map<string, P>;
  /** Those of the named resources that exist and are not deleted. */
  liveResources: Set<string>;
  /** Members with an allowance: their limit and what they used this month. */
  allowances: Map<string, { limit: bigint; used: bigint }>;
  /**
   * Members of these spends who may no longer spend (removed, suspended, demoted) and API
   * keys since revoked, as read under the lock, with the refusal for each: the request was
   * authenticated before the change, the spend is decided after it.
   */
  refusedMembers: Map<string, AppError>;
  refusedKeys: Map<string, AppError>;
}

export type Decision<P extends PriorEntry = PriorEntry> =
  /** Write it; the balance after it, in order. */
  | { kind: 'accept'; balanceAfter: bigint }
  /** Answered by an earlier entry with the same key and payload. */
  | { kind: 'replay'; prior: P }
  /** A retry of spend `index` of the same chunk (same key, same payload). */
  | { kind: 'sameAs'; index: number }
  | { kind: 'refuse'; error: AppError };

/** Reason (extensions.reason) of an INSUFFICIENT_CREDITS that the member's own allowance caused. */
export const MEMBER_ALLOWANCE = 'MEMBER_ALLOWANCE';

/** A spend whose member is no longer active (or no longer may spend) when it is decided. */
export const memberNoLongerActive = () =>
  new AppError(
    ErrorCode.Forbidden,
    'You are no longer an active member of this organization (removed, suspended or role changed): nothing was charged.',
  );

/** A spend whose API key was revoked before it was decided. */
export const keyRevoked = () => new AppError(ErrorCode.Unauthenticated, 'This API key was revoked: nothing was charged. Use a valid key.');

const insufficient = (balance: bigint, credits: bigint) =>
  new AppError(
    ErrorCode.InsufficientCredits,
    `Not enough credits: this call costs ${formatCredits(credits)} and the balance is ${formatCredits(balance)}. Ask an owner or admin to add credits.`,
  );

const allowanceUsedUp = (limit: bigint, used: bigint, credits: bigint) => {
  const remaining = used >= limit ? 0n : limit - used;
  return new AppError(
    ErrorCode.InsufficientCredits,
    `Your monthly allowance is used up: this call costs ${formatCredits(credits)} and your allowance has ${formatCredits(remaining)} remaining this month (limit ${formatCredits(limit)}). Ask an owner or admin to raise it.`,
    { reason: MEMBER_ALLOWANCE, remaining: formatCredits(remaining) },
  );
};

/** An earlier entry answers a retry only if it is a usage entry of the same payload; otherwise CONFLICT. */
function isReplayOf(prior: PriorEntry, spend: Pick<SpendToDecide, 'hash'>): boolean {
  return prior.kind === 'USAGE' && prior.request_hash === spend.hash && !!prior.id;
}

/** Decides each spend in order; returns the decisions and the balance after the accepted ones. */
export function decide<P extends PriorEntry>(
  spends: readonly SpendToDecide[],
  reading: ChunkReading<P>,
): { decisions: Decision<P>[]; balance: bigint } {
  const decisions: Decision<P>[] = [];
  const firstInChunk = new Map<string, number>();
  const allowances = new Map([...reading.allowances].map(([id, a]) => [id, { ...a }]));
  let balance = reading.balance;
  spends.forEach((s, i) => {
    const earlier = reading.prior.get(s.key);
    const allowance = allowances.get(s.membershipId);
    const denied = (s.apiKeyId && reading.refusedKeys.get(s.apiKeyId)) || reading.refusedMembers.get(s.membershipId);
    if (denied) {
      // first: a caller who lost access gets nothing back, not even a replay
      decisions.push({ kind: 'refuse', error: denied });
    } else if (earlier) {
      decisions.push(isReplayOf(earlier, s) ? { kind: 'replay', prior: earlier } : { kind: 'refuse', error: keyReused() });
    } else if (firstInChunk.has(s.key)) {
      // the same key twice in one chunk: a retry of the first if the payload matches
      const first = firstInChunk.get(s.key)!;
      decisions.push(spends[first].hash === s.hash ? { kind: 'sameAs', index: first } : { kind: 'refuse', error: keyReused() });
    } else if (s.resourceId && !reading.liveResources.has(s.resourceId)) {
      decisions.push({ kind: 'refuse', error: notFound('The resource') });
    } else if (allowance && allowance.used + s.credits > allowance.limit) {
      decisions.push({ kind: 'refuse', error: allowanceUsedUp(allowance.limit, allowance.used, s.credits) });
    } else if (balance < s.credits) {
      decisions.push({ kind: 'refuse', error: insufficient(balance, s.credits) });
    } else {
      balance -= s.credits;
      if (allowance) allowance.used += s.credits;
      firstInChunk.set(s.key, i);
      decisions.push({ kind: 'accept', balanceAfter: balance });
    }
  });
  return { decisions, balance };
}
