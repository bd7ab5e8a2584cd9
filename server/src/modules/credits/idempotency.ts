import { createHash } from 'node:crypto';
import { badInput, conflict } from '../../common/errors';

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** An idempotency key as the client sent it: 1 to 200 characters, no control characters. */
export function requireIdempotencyKey(raw: unknown, field = 'idempotencyKey'): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.trim().length === 0) {
    throw badInput('Send an idempotencyKey (for example a UUID) so a retried request is charged only once.', field);
  }
  if (raw.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw badInput(`An idempotencyKey can be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`, field);
  }
  if (CONTROL.test(raw)) throw badInput('The idempotencyKey contains characters that are not allowed.', field);
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

/** PostgreSQL's unique_violation, optionally on one constraint. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.driverError?.code ?? e?.code;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return code === '23505' && (!constraint || name === constraint);
}
