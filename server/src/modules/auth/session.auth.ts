import type { DataSource } from 'typeorm';
import { Authenticator, Caller, callerFromRow, CallerRow, touchMembership } from '../../common/auth/caller';
import { scopedRead } from '../../common/tenant';
import { verifyAccessToken } from '../../common/auth/tokens';
import { checkAndChargeSql, orgBucket, type PreCharge } from '../../common/rate-limit';

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

/** With a charge (SESSION_CHECK_AND_CHARGE): its organization's total after it, by bucket. */
interface ChargedCallerRow extends CallerRow {
  rate_used?: Record<string, number> | null;
}

/** The session check that also charges its organization's rate budget, only for a valid session (checkAndChargeSql). */
const SESSION_CHECK_AND_CHARGE = checkAndChargeSql(SESSION_CHECK, { windowStart: '$5', cost: '$6' });

async function callerFromAccessToken(ds: DataSource, token: string, secret: string, charge?: PreCharge): Promise<Caller | null> {
  const claims = verifyAccessToken(token, secret);
  if (!claims) return null;
  const params = [claims.sid, claims.mid, claims.sub, claims.org];
  // one round trip: the tenant setting and the check in one implicit transaction (scopedRead); every request's
  // check, prepared (planned once per connection). With a charge: its row stays locked to the end of the message,
  // so the check goes after the message's other statements, in the order of the organizations (ScopedReadOptions.last)
  const rows = charge
    ? await scopedRead<ChargedCallerRow>(
        ds,
        { organizationId: claims.org },
        SESSION_CHECK_AND_CHARGE,
        [...params, charge.windowStart, charge.cost],
        { prepared: true, last: orgBucket(claims.org) },
      )
    : await scopedRead<ChargedCallerRow>(ds, { organizationId: claims.org }, SESSION_CHECK, params, { prepared: true });
  const row = rows[0];
  if (!row) return null;
  if (charge && row.rate_used) charge.used = row.rate_used;
  touchMembership(ds, row);
  return callerFromRow(row, { sessionId: claims.sid, apiKeyId: null });
}
