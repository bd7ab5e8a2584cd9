import type { DataSource } from 'typeorm';
import { Authenticator, Caller, callerFromRow, CallerRow, touchMembership } from '../../common/auth/caller';
import { scopedRead } from '../../common/tenant';
import { verifyAccessToken } from '../../common/auth/tokens';

/**
 * `Authorization: Bearer <access token>`: the session's membership. Read as the app role in
 * the token's organization (the claim is signed; the query still checks it matches). It must be active, with
 * the session unrevoked and unexpired.
 */
export function accessTokenAuthenticator(jwtSecret: string): Authenticator {
  return (dbs, token) => callerFromAccessToken(dbs.app, token, jwtSecret);
}

async function callerFromAccessToken(ds: DataSource, token: string, secret: string): Promise<Caller | null> {
  const claims = verifyAccessToken(token, secret);
  if (!claims) return null;
  // one round trip: the tenant setting and the check in one implicit transaction (scopedRead)
  const rows = await scopedRead<CallerRow>(
    ds,
    { organizationId: claims.org },
    `SELECT m.user_id, m.id AS membership_id, m.organization_id, m.role, u.must_change_password, m.last_active_at,
            o.require_mfa, u.totp_enabled_at IS NOT NULL AS mfa_enabled, s.mfa_passed
       FROM sessions s
       JOIN memberships m ON m.id = s.membership_id
       JOIN users u ON u.id = m.user_id
       JOIN organizations o ON o.id = m.organization_id
      WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
        AND m.id = $2 AND m.user_id = $3 AND m.organization_id = $4 AND m.status = 'ACTIVE'`,
    [claims.sid, claims.mid, claims.sub, claims.org],
    { prepared: true }, // every request's check: planned once per connection
  );
  const row = rows[0];
  if (!row) return null;
  touchMembership(ds, row);
  return callerFromRow(row, { sessionId: claims.sid, apiKeyId: null });
}
