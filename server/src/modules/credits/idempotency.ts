import { createHash } from 'node:crypto';
import { badInput, conflict } from '../../common/errors';
import { hasControlCharacters } from '../../common/validate';

const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** An idempotency key as the client sent it: 1 to 200 characters, no control characters. */
export function requireIdempotencyKey(raw: unknown, field = 'idempotencyKey'): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.trim().length === 0) {
    throw badInput('Send an idempotencyKey (for example a UUID) so a retried request is charged only once.', field);
  }
  if (raw.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw badInput(`An idempotencyKey can be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`, field);
  }
  if (hasControlCharacters(raw)) throw badInput('The idempotencyKey contains characters that are not allowed.', field);
  return raw;
}

/**
 * Fingerprint of what a request asks for. Stored with the ledger entry: a retry with the
 * same key must carry the same fingerprint, otherwise it is a different request (CONFLICT).
 */
export function requestHash(payload: Record<string, string | null>): string {
  const canonical = JSON.stringify(
    Object.keys(payload)
      .sort()
      .map((k) => [k, payload[k]]),
  );
  return createHash('sha256').update(canonical).digest('hex');
}

export const keyReused = () =>
  conflict('This idempotencyKey was already used for a different request. Retry with the same payload, or use a new key.');
