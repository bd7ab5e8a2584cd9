import type { EntityManager } from 'typeorm';
import { sha256 } from '../../common/auth/tokens';

/** Which sessions to end. */
export type SessionScope =
  | { sessionId: string; userId?: string }
  | { membershipId: string }
  | { userId: string; exceptSessionId?: string | null }
  | { refreshToken: string };

/** Why sessions end (sessions.revoked_reason); a member status change records its audit action. */
export type RevokeReason =
  | 'signed_out'
  | 'switched_organization'
  | 'password_changed'
  | 'revoked_by_user'
  | 'refresh_token_reuse'
  | 'membership_inactive'
  | 'password_reset'
  | 'account_handed_over'
  | 'credentials_resent'
  | `member.${string}`;

/**
 * The one way sessions end: their refresh tokens stop working and, as the access token check
 * reads the session, so do their access tokens. Ended sessions stay ended (only live ones
 * are touched). Returns how many ended.
 */
export async function revokeSessions(em: Pick<EntityManager, 'query'>, scope: SessionScope, reason: RevokeReason): Promise<number> {
  const params: unknown[] = [reason];
  const p = (v: unknown) => `$${params.push(v)}`;
  let where: string;
  if ('refreshToken' in scope) where = `id = (SELECT session_id FROM refresh_tokens WHERE token_hash = ${p(sha256(scope.refreshToken))})`;
  else if ('sessionId' in scope) where = `id = ${p(scope.sessionId)}` + (scope.userId ? ` AND user_id = ${p(scope.userId)}` : '');
  else if ('membershipId' in scope) where = `membership_id = ${p(scope.membershipId)}`;
  else where = `user_id = ${p(scope.userId)}` + (scope.exceptSessionId ? ` AND id <> ${p(scope.exceptSessionId)}` : '');
  const [, ended]: [unknown[], number] = await em.query(
    `UPDATE sessions SET revoked_at = now(), revoked_reason = $1 WHERE ${where} AND revoked_at IS NULL`,
    params,
  );
  return ended;
}
