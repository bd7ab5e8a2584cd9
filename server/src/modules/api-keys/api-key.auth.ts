import type { Role } from '@orgpulse/shared';
import type { DataSource } from 'typeorm';
import { AuthDatabases, Caller, callerFromRow, touchMembership } from '../../common/auth/caller';
import { preparedQuery } from '../../common/prepared-message';
import { inTenant } from '../../common/tenant';
import { checkAndChargeSql, type PreCharge } from '../../common/rate-limit';
import { hashSecret, looksLikeSecret } from './api-key.secret';

export { API_KEY_PREFIX } from './api-key.secret';

interface KeyRow {
  api_key_id: string;
  key_last_used_at: Date | null;
  membership_id: string;
  user_id: string;
  organization_id: string;
  role: Role;
  must_change_password: boolean;
  last_active_at: Date | null;
}

/** With a charge (KEY_AND_CHARGE_SQL): the key's and its organization's totals after it, by bucket. */
interface ChargedKeyRow extends KeyRow {
  rate_used?: Record<string, number> | null;
}

const USED_AGAIN_AFTER_MS = 60_000;

const KEY_SQL = `SELECT k.id AS api_key_id, k.last_used_at AS key_last_used_at, m.id AS membership_id, m.user_id,
            m.organization_id, m.role, u.must_change_password, m.last_active_at
       FROM api_keys k
       JOIN memberships m ON m.id = k.membership_id AND m.organization_id = k.organization_id
       JOIN users u ON u.id = m.user_id
      WHERE k.secret_hash = $1 AND k.revoked_at IS NULL AND m.status = 'ACTIVE'`;

/** The lookup that also charges the key's and its organization's rate budgets, only for a valid key (checkAndChargeSql). */
const KEY_AND_CHARGE_SQL = checkAndChargeSql(KEY_SQL, { apiKey: true, windowStart: '$2', cost: '$3' });

/**
 * `Authorization: Bearer opk_…`: the key's member, with the member's role as it is now.
 * Checked on every request, so a revoked key or a removed/suspended member stops at once.
 * The key names no organization, so the lookup by hash runs as the system role (the one
 * cross-tenant read here); the touches then run as the app role in the key's organization.
 */
export async function authenticateApiKey(dbs: AuthDatabases, secret: string, charge?: PreCharge): Promise<Caller | null> {
  if (!looksLikeSecret(secret)) return null;
  // a named statement: parsed and planned once per connection of the system pool, not on every API call
  const [row] = charge
    ? await preparedQuery<ChargedKeyRow>(dbs.system.manager, KEY_AND_CHARGE_SQL, [hashSecret(secret), charge.windowStart, charge.cost])
    : await preparedQuery<ChargedKeyRow>(dbs.system.manager, KEY_SQL, [hashSecret(secret)]);
  if (!row) return null;
  if (charge && row.rate_used) charge.used = row.rate_used;
  touchKey(dbs.app, row);
  touchMembership(dbs.app, row);
  return callerFromRow(row, { sessionId: null, apiKeyId: row.api_key_id });
}

/** lastUsedAt at most once a minute per key, after the response is on its way (never awaited). */
function touchKey(ds: DataSource, row: KeyRow): void {
  if (row.key_last_used_at && Date.now() - new Date(row.key_last_used_at).getTime() < USED_AGAIN_AFTER_MS) return;
  inTenant(ds, row.organization_id, (em) =>
    em.query(
      `UPDATE api_keys SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [row.api_key_id],
    ),
  ).catch(() => undefined);
}
