import type { Role } from '@orgpulse/shared';
import type { DataSource } from 'typeorm';
import { AuthDatabases, Caller, callerFromRow, touchMembership } from '../../common/auth/caller';
import { preparedQuery } from '../../common/prepared-message';
import { inTenant } from '../../common/tenant';
import { GroupCommit } from '../../common/group-commit';
import { chargedInOrder, checkAndChargeManySql, type PreCharge } from '../../common/rate-limit';
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

/** With a charge (KEYS_AND_CHARGE_SQL): the key's and its organization's totals after it, by bucket. */
interface ChargedKeyRow extends KeyRow {
  rate_used?: Record<string, number> | null;
}

const USED_AGAIN_AFTER_MS = 60_000;

/** The caller's row of a key: the key, its member (ACTIVE) and the member's user. */
const KEY_COLUMNS = `k.id AS api_key_id, k.last_used_at AS key_last_used_at, m.id AS membership_id, m.user_id,
            m.organization_id, m.role, u.must_change_password, m.last_active_at`;
const KEY_JOINS = `JOIN memberships m ON m.id = k.membership_id AND m.organization_id = k.organization_id AND m.status = 'ACTIVE'
       JOIN users u ON u.id = m.user_id`;

const KEY_SQL = `SELECT ${KEY_COLUMNS}
       FROM api_keys k
       ${KEY_JOINS}
      WHERE k.secret_hash = $1 AND k.revoked_at IS NULL`;

/**
 * The lookups of one or several requests at once, each with its request's cost and place (`n`), that also charge
 * each valid key's and its organization's rate budgets, in one statement (checkAndChargeManySql).
 */
const KEYS_AND_CHARGE_SQL = checkAndChargeManySql(
  `SELECT r.n, r.cost, ${KEY_COLUMNS}
       FROM unnest($1::text[], $2::bigint[]) WITH ORDINALITY AS r(hash, cost, n)
       JOIN api_keys k ON k.secret_hash = r.hash AND k.revoked_at IS NULL
       ${KEY_JOINS}`,
  { windowStart: '$3' },
);

interface PendingLookup {
  hash: string;
  charge: PreCharge;
}

/**
 * Group commit for the charged key lookups (issue 11, S3; GroupCommit): at most 2 statements at
 * once per pool, and the lookups that arrive meanwhile go together in the next (up to 200, of one
 * rate window), so under load one round trip and one write of each bucket serve many requests
 * (every API request makes one: on one organization it was a round trip per spend, and each
 * charge a write of the organization's one row). Alone, a lookup goes at once (a batch of one). Each
 * request gets its own row and its own totals, as if the charges had run one after the other in
 * arrival order (chargedInOrder). A failed statement fails its lookups only.
 */
async function lookUpTogether(ds: DataSource, batch: PendingLookup[]): Promise<Array<ChargedKeyRow | undefined>> {
  const rows = await preparedQuery<ChargedKeyRow & { n: string; cost: string }>(ds.manager, KEYS_AND_CHARGE_SQL, [
    batch.map((b) => b.hash),
    batch.map((b) => b.charge.cost),
    batch[0].charge.windowStart,
  ]);
  const used = chargedInOrder(
    rows.map((r) => ({ organizationId: r.organization_id, apiKeyId: r.api_key_id, cost: Number(r.cost) })),
    rows[0]?.rate_used ?? {},
  );
  const byPlace = new Map(rows.map((r, i) => [Number(r.n), { ...r, rate_used: used[i] }]));
  return batch.map((_, i) => byPlace.get(i + 1));
}

const lookups = new WeakMap<DataSource, GroupCommit<PendingLookup, ChargedKeyRow | undefined>>();

function chargedLookup(ds: DataSource, hash: string, charge: PreCharge): Promise<ChargedKeyRow | undefined> {
  let l = lookups.get(ds);
  if (!l) {
    l = new GroupCommit((batch) => lookUpTogether(ds, batch), {
      maxInFlight: 2,
      maxBatch: 200,
      together: (first, next) => next.charge.windowStart === first.charge.windowStart,
    });
    lookups.set(ds, l);
  }
  return l.add({ hash, charge });
}

/**
 * `Authorization: Bearer opk_…`: the key's member, with the member's role as it is now.
 * Checked on every request, so a revoked key or a removed/suspended member stops at once.
 * The key names no organization, so the lookup by hash runs as the system role (the one
 * cross-tenant read here); the touches then run as the app role in the key's organization.
 */
export async function authenticateApiKey(dbs: AuthDatabases, secret: string, charge?: PreCharge): Promise<Caller | null> {
  if (!looksLikeSecret(secret)) return null;
  // named statements: parsed and planned once per connection of the system pool, not on every API call
  const row = charge
    ? await chargedLookup(dbs.system, hashSecret(secret), charge)
    : (await preparedQuery<ChargedKeyRow>(dbs.system.manager, KEY_SQL, [hashSecret(secret)]))[0];
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
