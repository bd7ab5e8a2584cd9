import type { DataSource } from 'typeorm';
import { Authenticator, Caller, callerFromRow, CallerRow, touchMembership } from '../../common/auth/caller';
import { scopedRead } from '../../common/tenant';
import { verifyAccessToken } from '../../common/auth/tokens';
import { orgBucket, type PreCharge } from '../../common/rate-limit';

/**
 * `Authorization: Bearer <access token>`: the session's membership. Read as the app role in
 * the token's organization (the claim is signed; the query still checks it matches). It must be active, with
 * the session unrevoked and unexpired.
 */
export function accessTokenAuthenticator(jwtSecret: string): Authenticator {
  return (dbs, token, charge) => callerFromAccessToken(dbs.app, token, jwtSecret, charge);
}

/** The session check: the session, unrevoked and unexpired, of an active membership that matches the token's claims. */
const SESSION_CHECK = `SELECT m.user_id, m.id AS membership_id, m.organization_id, m.role, u.must_change_password, m.last_active_at,
            o.require_mfa, u.totp_enabled_at IS NOT NULL AS mfa_enabled, s.mfa_passed
       FROM sessions s
       JOIN memberships m ON m.id = s.membership_id
       JOIN users u ON u.id = m.user_id
       JOIN organizations o ON o.id = m.organization_id
      WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
        AND m.id = $2 AND m.user_id = $3 AND m.organization_id = $4 AND m.status = 'ACTIVE'`;

/**
 * The session check that also charges the request's cost to its organization's rate budget
 * (common/rate-limit.ts, PreCharge): the same UPSERT as the PostgreSQL store's, made only when
 * the session is valid (a revoked session's request charges nothing here and is charged as
 * anonymous), in the message the check is sent in anyway instead of a round trip of its own.
 */
const SESSION_CHECK_AND_CHARGE = `WITH caller AS (${SESSION_CHECK}),
     charged AS (
       INSERT INTO rate_limit_windows AS w (bucket, window_start, used)
       SELECT 'org:' || caller.organization_id, to_timestamp($5::double precision / 1000), $6::bigint FROM caller
       ON CONFLICT (bucket, window_start) DO UPDATE SET used = w.used + EXCLUDED.used
       RETURNING w.used)
     SELECT caller.*, (SELECT used FROM charged) AS rate_used FROM caller`;

async function callerFromAccessToken(ds: DataSource, token: string, secret: string, charge?: PreCharge): Promise<Caller | null> {
  const claims = verifyAccessToken(token, secret);
  if (!claims) return null;
  const params = [claims.sid, claims.mid, claims.sub, claims.org];
  // one round trip: the tenant setting and the check in one implicit transaction (scopedRead); every request's
  // check, prepared (planned once per connection). With a charge: its row stays locked to the end of the message,
  // so the check goes after the message's other statements, in the order of the organizations (ScopedReadOptions.last)
  const rows = charge
    ? await scopedRead<CallerRow & { rate_used: string | null }>(
        ds,
        { organizationId: claims.org },
        SESSION_CHECK_AND_CHARGE,
        [...params, charge.windowStart, charge.cost],
        { prepared: true, last: orgBucket(claims.org) },
      )
    : await scopedRead<CallerRow>(ds, { organizationId: claims.org }, SESSION_CHECK, params, { prepared: true });
  const row = rows[0];
  if (!row) return null;
  if (charge && 'rate_used' in row && row.rate_used !== null) charge.used = [Number(row.rate_used)];
  touchMembership(ds, row);
  return callerFromRow(row, { sessionId: claims.sid, apiKeyId: null });
}
