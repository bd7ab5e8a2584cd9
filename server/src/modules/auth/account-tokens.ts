import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { sha256 } from '../../common/auth/tokens';
import { AccountToken, AccountTokenPurpose } from './account-token.entity';

const PREFIX: Record<AccountTokenPurpose, string> = {
  password_reset: 'oprs_',
  email_verification: 'opve_',
  mfa_login: 'opmf_',
};

/**
 * Issues a single-use token: 256 random bits, returned once, stored as SHA-256 only (a copy
 * of the database does not hold a usable link).
 */
export async function issueAccountToken(
  em: EntityManager,
  t: { purpose: AccountTokenPurpose; userId: string | null; email?: string | null; organizationId?: string | null; ttlMs: number },
): Promise<string> {
  const token = `${PREFIX[t.purpose]}${randomBytes(32).toString('base64url')}`;
  await em.getRepository(AccountToken).insert({
    tokenHash: sha256(token),
    purpose: t.purpose,
    userId: t.userId,
    email: t.email ?? null,
    organizationId: t.organizationId ?? null,
    expiresAt: new Date(Date.now() + t.ttlMs),
  });
  return token;
}

/**
 * The token row, locked FOR UPDATE, if it is of this purpose, unused and unexpired; else null.
 * An unknown, a used and an expired token are alike for the caller (one answer for all three).
 */
export async function lockUsableToken(em: EntityManager, token: string, purpose: AccountTokenPurpose): Promise<AccountToken | null> {
  if (typeof token !== 'string' || token.length < 10 || token.length > 200) return null;
  const row = await em.getRepository(AccountToken).findOne({
    where: { tokenHash: sha256(token), purpose },
    lock: { mode: 'pessimistic_write' },
  });
  if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now() || !row.userId) return null;
  return row;
}

/** Uses up every outstanding token of a purpose for a user (after a reset, a hand-over…). */
export async function useUpTokens(em: EntityManager, userId: string, purposes: AccountTokenPurpose[]): Promise<void> {
  await em.query(`UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND purpose = ANY($2) AND used_at IS NULL`, [
    userId,
    purposes,
  ]);
}
