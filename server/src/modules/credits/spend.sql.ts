import { usedThisMonthSql } from './balance.rows';
import { NO_RESOURCE, rollupCtes } from '../usage';

/**
 * The statements of the money path. Each spend moves the balance, writes the USAGE ledger
 * entry, the usage record and the rollups in ONE statement, so the balance row is locked only
 * for as long as that statement and its commit take.
 */

/**
 * Adds records to the daily rollup (UTC day of the record's own timestamp); rollupCtes adds
 * them to the dashboard's day and hour rollups (modules/usage/usage-rollups.sql.ts).
 */
const ROLLUP = (from: string, credits: string, count: string) => `
  INSERT INTO usage_daily AS d (organization_id, day, membership_id, resource_id, operation, credits, count)
  SELECT organization_id, (created_at AT TIME ZONE 'UTC')::date, membership_id, coalesce(resource_id, '${NO_RESOURCE}'::uuid), operation, ${credits}, ${count}
    FROM ${from}
   GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (organization_id, day, membership_id, resource_id, operation)
  DO UPDATE SET credits = d.credits + EXCLUDED.credits, count = d.count + EXCLUDED.count`;

/**
 * A micro-batch already decided in order under the balance row's lock (SpendService):
 * takes the total off with the same conditional UPDATE as a guard, then writes every
 * entry, record and rollup increment in one statement.
 *
 * $1 organization, $2 total micro-credits, $3..$12 arrays (ledger id, record id, credits,
 * balance after, resource, operation, idempotency key, request hash, membership, API key,
 * timestamp or null for now: only the demo seeder passes one).
 */
export const SPEND_BATCH_SQL = `
  WITH bal AS (
    UPDATE credit_balances SET balance = balance - $2::bigint, updated_at = now()
     WHERE organization_id = $1 AND balance >= $2::bigint
    RETURNING balance
  ), item AS (
    SELECT * FROM unnest($3::uuid[], $4::uuid[], $5::bigint[], $6::bigint[], $7::uuid[], $8::text[], $9::text[], $10::text[], $11::uuid[], $12::uuid[], $13::timestamptz[])
      AS i(tx_id, ur_id, credits, balance_after, resource_id, operation, idem_key, req_hash, membership_id, api_key_id, at)
  ), tx AS (
    INSERT INTO credit_transactions (id, organization_id, kind, amount, balance_after, membership_id, api_key_id, idempotency_key, request_hash, created_at)
    SELECT i.tx_id, $1, 'USAGE', -i.credits, i.balance_after, i.membership_id, i.api_key_id, i.idem_key, i.req_hash, coalesce(i.at, now()) FROM item i, bal
    RETURNING id, created_at
  ), ur AS (
    INSERT INTO usage_records (id, organization_id, membership_id, api_key_id, resource_id, operation, credits, transaction_id, created_at)
    SELECT i.ur_id, $1, i.membership_id, i.api_key_id, i.resource_id, i.operation, i.credits, tx.id, tx.created_at FROM item i JOIN tx ON tx.id = i.tx_id
    RETURNING *
  ), rollup AS (${ROLLUP('ur', 'sum(credits)', 'count(*)')})${rollupCtes('ur')}
  SELECT ur.*, (SELECT balance FROM bal) AS final_balance FROM ur`;

/**
 * A usage entry found by its idempotency key (the ledger holds the key), with its record.
 * Every record is written with its entry's timestamp (SPEND_ORGS_SQL, SPEND_BATCH_SQL: the
 * record's created_at is the entry's; reconcile() checks it), so the join names the partition
 * key too: one monthly partition's (transaction_id, created_at) index is probed, not every one.
 */
export const USAGE_BY_KEYS_SQL = `
  SELECT ct.idempotency_key, ct.kind, ct.request_hash, ur.*
    FROM credit_transactions ct
    LEFT JOIN usage_records ur ON ur.transaction_id = ct.id AND ur.created_at = ct.created_at
   WHERE ct.organization_id = $1 AND ct.idempotency_key = ANY($2::text[])`;

/**
 * What a chunk of spends needs to be decided, read in ONE statement that first locks the
 * balance row (SpendService.lockAndRead): the balance, its threshold and allowance set; the
 * members and API keys, locked FOR SHARE after it (`gate`: an init-plan that runs `bal` before
 * either scan starts, so the lock order stays balance row, then members and keys in id order);
 * which of the keys the ledger already holds; which named resources are live; the allowances
 * with month-to-date usage.
 *
 * The locking reads follow each row to its newest committed version, but the plain reads use
 * the statement's snapshot, taken before the lock was granted. `fresh` says whether that
 * snapshot is new enough: the balance row we locked is the very version the snapshot sees
 * (same ctid), so no write to this organization's balance committed in between. Every spend,
 * top-up, adjustment and allowance change updates that row, so then nothing the decision reads
 * changed either. When `fresh` is false (another writer held the row), the caller reads again:
 * the lock is ours by then, and the second statement's snapshot sees everything before it.
 *
 * $1 organization, $2 membership ids, $3 API key ids, $4 idempotency keys, $5 resource ids,
 * $6 roles that may spend. A prepared statement (preparedQuery, common/prepared-message.ts): the keys are looked up one
 * by one through the (organization, key) unique index, a plan that stays right for the generic
 * plan of an organization with millions of entries.
 */
export const LOCK_AND_READ_SQL = `
  WITH bal AS MATERIALIZED (
    SELECT ctid AS locked, balance, low_balance_threshold, allowance_member_ids FROM credit_balances WHERE organization_id = $1 FOR UPDATE
  ), gate AS MATERIALIZED (SELECT count(*) AS n FROM bal),
  m AS MATERIALIZED (
    SELECT id, status::text AS status, role::text AS role FROM memberships
     WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND (SELECT n FROM gate) >= 0 ORDER BY id FOR SHARE
  ), k AS MATERIALIZED (
    SELECT id, revoked_at IS NOT NULL AS revoked FROM api_keys
     WHERE organization_id = $1 AND id = ANY($3::uuid[]) AND (SELECT n FROM gate) >= 0 ORDER BY id FOR SHARE
  ), a AS MATERIALIZED (
    SELECT m.id, m.monthly_allowance::text AS monthly_allowance, ${usedThisMonthSql('$1', 'm.id')}::text AS used
      FROM memberships m
     WHERE m.organization_id = $1 AND m.id = ANY($2::uuid[]) AND m.monthly_allowance IS NOT NULL
       AND m.id = ANY(coalesce((SELECT allowance_member_ids FROM bal), '{}'::uuid[]))
  )
  SELECT (SELECT balance::text FROM bal) AS balance,
         (SELECT low_balance_threshold::text FROM bal) AS low_balance_threshold,
         coalesce((SELECT locked FROM bal) = (SELECT ctid FROM credit_balances WHERE organization_id = $1), true) AS fresh,
         coalesce((SELECT array_agg(id::text) FROM m WHERE status = 'ACTIVE' AND role = ANY($6::text[])), '{}') AS spending_members,
         coalesce((SELECT array_agg(id::text) FROM k WHERE NOT revoked), '{}') AS live_keys,
         coalesce((SELECT array_agg(ct.idempotency_key::text) FROM unnest($4::text[]) AS key
                     JOIN credit_transactions ct ON ct.organization_id = $1 AND ct.idempotency_key = key), '{}') AS used_keys,
         coalesce((SELECT array_agg(r.id::text) FROM unnest($5::uuid[]) AS rid
                     JOIN resources r ON r.id = rid AND r.organization_id = $1 AND r.deleted_at IS NULL), '{}') AS live_resources,
         coalesce((SELECT array_agg(id::text) FROM a), '{}') AS allowance_ids,
         coalesce((SELECT array_agg(monthly_allowance) FROM a), '{}') AS allowance_limits,
         coalesce((SELECT array_agg(used) FROM a), '{}') AS allowance_used`;

/**
 * The fast path: the chunks of spends of one or many organizations (a message's worth,
 * SpendService), in ONE statement, each organization's chunk all or nothing on its own.
 *
 * For each organization, the conditional UPDATE is the whole concurrency story: PostgreSQL
 * locks the balance row, re-checks `balance >= total` against the latest committed value, and
 * either takes the organization's total off or matches no row (nothing of that organization is
 * inserted then: every insert joins `bal`). It matches only when every spend of the chunk would
 * be accepted in order, so the outcome is what decide() would have said: the balance covers
 * the total (every spend is positive, so it covers every running total on the way), no spend
 * crosses the low-balance threshold (no transaction here to queue the alert in), no spender has
 * an allowance, every spender and API key may spend, every named resource is live, and no
 * idempotency key is in the ledger yet. Otherwise the organization gets no rows and the caller
 * decides its chunk spend by spend under the lock (SpendService.applyChunk): the slow path
 * answers each refusal, replay and allowance. A key that another writer committed while this
 * statement waited for a row fails the statement on the unique index (nothing written); the
 * caller then sends each chunk alone, and the slow path replays it. The caller never sends the
 * same key twice in one chunk.
 *
 * Why a spread of organizations shares one statement: most of their chunks hold one spend, and
 * a statement of one spend costs ~1.1-1.4 ms of PostgreSQL CPU, nearly all of it fixed (starting
 * and ending the statement, its triggers and partitioned tables), against ~0.25 ms per
 * organization more in a shared one (bench/spend-cost.ts; a probe: 1,145 µs per spend alone,
 * 325 µs for 16 organizations with one spend each, 232 µs for 64, 55 µs per spend in chunks of
 * 300 of one organization).
 *
 * It runs as the system role (BYPASSRLS: row-level security scopes a statement to one
 * organization), so it scopes every row itself: each spend carries its organization, every row
 * it reads, locks or writes is found by that organization and an id (the balance, the member,
 * the API key, the resource, the idempotency key), and each organization's entries, records and
 * rollups are written from its own spends only (joined on `org`). The ledger's and the records'
 * reference checks (migrations LedgerReferenceChecks1796900000000, UsageRecordChecks1796700000000)
 * refuse a member or key of another organization in the database too, whoever writes. The
 * values come from the authenticated caller (SpendService), never from the request.
 *
 * A member with a monthly allowance never spends here: `allowance_member_ids` sends them to
 * the slow path, which locks the balance row first, then reads the allowance and the month's
 * usage and decides. Why the flag lives ON the balance row rather than in a subquery on
 * memberships: when this UPDATE finds the row changed since its snapshot, PostgreSQL (Read
 * Committed) re-checks the WHERE clause against the newest version of the locked row, but a
 * subquery would still read the statement's older snapshot. A spend that queued behind
 * setMemberAllowance would then pass on "no allowance" after the allowance had committed.
 * Columns of the locked row itself are re-read, and setting an allowance updates this row
 * (holding its lock), so every spend that gets the lock after the allowance committed sees the
 * member in the set.
 *
 * Locks: every balance row first, in organization id order (`held`; `gate` makes every check
 * wait for it), so two such statements never wait for each other's rows in opposite orders.
 * Then who is spending is checked, not only when the request was authenticated: each member
 * still ACTIVE with a role that spends ($12), each API key not revoked, both of the spend's
 * organization. Those are locking reads (FOR SHARE): a locking read follows the row to its
 * newest committed version and re-checks the WHERE on it (Read Committed), and the share lock
 * makes a removal, suspension, role change or revocation (which update those rows) wait until
 * this spend has committed. Either the spend commits before the change, or it sees the change
 * and its organization matches no row.
 *
 * Each ledger entry's balance_after is the running balance in the order given: the final
 * balance plus what the organization's spends after it took.
 *
 * $1..$11 arrays by spend, in order within each organization (organization, ledger id, record
 * id, credits, resource or null, operation, idempotency key, request hash, membership, API key
 * or null, timestamp or null for now: only the demo seeder passes one), $12 the roles that may
 * spend.
 */
export const SPEND_ORGS_SQL = `
  WITH item AS MATERIALIZED (
    SELECT i.*, coalesce(sum(i.credits) OVER (PARTITION BY i.org ORDER BY i.ord ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING), 0) AS taken_after
      FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::bigint[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::uuid[], $11::timestamptz[])
           WITH ORDINALITY AS i(org, tx_id, ur_id, credits, resource_id, operation, idem_key, req_hash, membership_id, api_key_id, at, ord)
  ), org AS MATERIALIZED (
    SELECT org, sum(credits)::bigint AS total, array_agg(DISTINCT membership_id) AS members,
           coalesce(array_agg(DISTINCT api_key_id) FILTER (WHERE api_key_id IS NOT NULL), '{}') AS keys,
           coalesce(array_agg(DISTINCT resource_id) FILTER (WHERE resource_id IS NOT NULL), '{}') AS resources,
           array_agg(idem_key) AS idem_keys
      FROM item GROUP BY org
  ), held AS MATERIALIZED (
    SELECT organization_id FROM credit_balances WHERE organization_id IN (SELECT org FROM org) ORDER BY organization_id FOR UPDATE
  ), gate AS MATERIALIZED (SELECT count(*) AS n FROM held),
  passed AS MATERIALIZED (
    SELECT o.* FROM org o
     WHERE (SELECT n FROM gate) >= 0
       AND (SELECT count(*) FROM unnest(o.members) AS mid,
              LATERAL (SELECT 1 FROM memberships m
                        WHERE m.id = mid AND m.organization_id = o.org AND m.status = 'ACTIVE' AND m.role::text = ANY($12::text[])
                          FOR SHARE) lm) = cardinality(o.members)
       AND (SELECT count(*) FROM unnest(o.keys) AS kid,
              LATERAL (SELECT 1 FROM api_keys k WHERE k.id = kid AND k.organization_id = o.org AND k.revoked_at IS NULL FOR SHARE) lk)
           = cardinality(o.keys)
       AND (SELECT count(*) FROM unnest(o.resources) AS rid,
              LATERAL (SELECT 1 FROM resources r WHERE r.id = rid AND r.organization_id = o.org AND r.deleted_at IS NULL LIMIT 1) lr)
           = cardinality(o.resources)
       AND NOT EXISTS (SELECT 1 FROM unnest(o.idem_keys) AS key,
                         LATERAL (SELECT 1 FROM credit_transactions ct WHERE ct.organization_id = o.org AND ct.idempotency_key = key LIMIT 1) used)
  ), bal AS (
    UPDATE credit_balances b
       SET balance = b.balance - p.total, updated_at = now()
      FROM passed p
     WHERE b.organization_id = p.org
       AND b.balance >= p.total
       AND (b.low_balance_threshold IS NULL OR b.balance < b.low_balance_threshold OR b.balance - p.total >= b.low_balance_threshold)
       AND NOT (b.allowance_member_ids && p.members)
    RETURNING b.organization_id, b.balance
  ), tx AS (
    INSERT INTO credit_transactions (id, organization_id, kind, amount, balance_after, membership_id, api_key_id, idempotency_key, request_hash, created_at)
    SELECT i.tx_id, i.org, 'USAGE', -i.credits, bal.balance + i.taken_after, i.membership_id, i.api_key_id, i.idem_key, i.req_hash, coalesce(i.at, now())
      FROM item i JOIN bal ON bal.organization_id = i.org
    RETURNING id, created_at
  ), ur AS (
    INSERT INTO usage_records (id, organization_id, membership_id, api_key_id, resource_id, operation, credits, transaction_id, created_at)
    SELECT i.ur_id, i.org, i.membership_id, i.api_key_id, i.resource_id, i.operation, i.credits, tx.id, tx.created_at FROM item i JOIN tx ON tx.id = i.tx_id
    RETURNING *
  ), rollup AS (${ROLLUP('ur', 'sum(credits)', 'count(*)')})${rollupCtes('ur')}
  SELECT ur.* FROM ur`;
