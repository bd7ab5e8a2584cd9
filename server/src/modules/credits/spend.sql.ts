import { usedThisMonthSql } from './balance.rows';
import { NO_RESOURCE, rollupCtes } from '../usage';

/**
 * The statements of the money path. Each spend moves the balance, writes the USAGE ledger
 * entry, the usage record and the daily rollup in ONE statement, so the balance row is
 * locked only for as long as that statement and its commit take.
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
 * A chunk of spends of one organization (one or many), all or nothing, in ONE statement: the
 * fast path. The conditional UPDATE is the whole concurrency story: PostgreSQL locks the
 * balance row, re-checks `balance >= total` against the latest committed value, and either
 * takes the total off or matches no row (nothing is inserted then: every insert selects FROM
 * bal). It matches only when every spend of the chunk would be accepted in order, so the
 * outcome is what decide() would have said: the balance covers the total (every spend is
 * positive, so it covers every running total on the way), no spend crosses the low-balance
 * threshold (no transaction here to queue the alert in), no spender has an allowance, every
 * spender and API key may spend, every named resource is live, and no idempotency key is in
 * the ledger yet. Otherwise it matches no row and the caller decides the chunk spend by spend
 * under the lock (SpendService.applyChunk): the slow path answers each refusal, replay and
 * allowance. A key that another writer committed while this statement waited for the row
 * fails the statement on the unique index (nothing written); the slow path replays it. The
 * caller never sends the same key twice in one chunk.
 *
 * Each ledger entry's balance_after is the running balance in the order given: the final
 * balance plus what the spends after it took.
 *
 * $1 organization, $2 total micro-credits, $3..$12 arrays by spend (ledger id, record id,
 * credits, resource or null, operation, idempotency key, request hash, membership, API key
 * or null, timestamp or null for now: only the demo seeder passes one), $13 the roles that may
 * spend, $14 the distinct memberships, $15 the distinct API keys, $16 the distinct resources.
 *
 * A member with a monthly allowance never spends here: `allowance_member_ids` sends them to
 * the slow path, which locks the balance row first, then reads the allowance and the month's
 * usage and decides. Why the flag lives ON the balance row rather than in a subquery on
 * memberships: when this UPDATE waits for the row lock, PostgreSQL (Read Committed) re-checks
 * the WHERE clause against the newest version of the locked row, but a subquery would still
 * read the statement's older snapshot. A spend that queued behind setMemberAllowance would
 * then pass on "no allowance" after the allowance had committed. Columns of the locked row
 * itself are re-read, and setting an allowance updates this row (holding its lock), so every
 * spend that gets the lock after the allowance committed sees the member in the set.
 *
 * Who is spending is checked here too, not only when the request was authenticated: each
 * member still ACTIVE with a role that spends ($13), each API key not revoked, both of this
 * organization ($1: another organization's key or member never counts). Those checks must
 * read the member and key rows AFTER the balance row's lock is held, or a spend that waited
 * behind the row (its snapshot older than a removal) would pass on what it saw before. So
 * each is a sub-select that first takes the balance row's lock (`held`, FOR UPDATE: ours
 * anyway a moment later) and then locks the member or key rows FOR SHARE (each looked up by
 * its id after `held`: a lateral sub-select that reads `held.ok`), in id order: a
 * locking read follows the row to its newest committed version and re-checks the WHERE on
 * it (Read Committed), and the share lock makes a removal, suspension, role change or
 * revocation (which update those rows) wait until this spend has committed. Either the
 * spend commits before the change, or it sees the change and matches no row.
 */
export const SPEND_CHUNK_SQL = `
  WITH bal AS (
    UPDATE credit_balances
       SET balance = balance - $2::bigint, updated_at = now()
     WHERE organization_id = $1
       AND balance >= $2::bigint
       AND (low_balance_threshold IS NULL OR balance < low_balance_threshold OR balance - $2::bigint >= low_balance_threshold)
       AND NOT (allowance_member_ids && $14::uuid[])
       AND (SELECT count(*) FROM unnest($16::uuid[]) AS rid,
              LATERAL (SELECT 1 FROM resources r WHERE r.id = rid AND r.organization_id = $1 AND r.deleted_at IS NULL LIMIT 1) lr)
           = cardinality($16::uuid[])
       AND (SELECT count(*) FROM (SELECT true AS ok FROM credit_balances WHERE organization_id = $1 FOR UPDATE) held, unnest($14::uuid[]) AS mid,
              LATERAL (SELECT 1 FROM memberships m
                        WHERE held.ok AND m.id = mid AND m.organization_id = $1 AND m.status = 'ACTIVE' AND m.role::text = ANY($13::text[])
                          FOR SHARE) lm)
           = cardinality($14::uuid[])
       AND (SELECT count(*) FROM (SELECT true AS ok FROM credit_balances WHERE organization_id = $1 FOR UPDATE) held, unnest($15::uuid[]) AS kid,
              LATERAL (SELECT 1 FROM api_keys k WHERE held.ok AND k.id = kid AND k.organization_id = $1 AND k.revoked_at IS NULL FOR SHARE) lk)
           = cardinality($15::uuid[])
       AND NOT EXISTS (SELECT 1 FROM unnest($8::text[]) AS key,
                         LATERAL (SELECT 1 FROM credit_transactions ct WHERE ct.organization_id = $1 AND ct.idempotency_key = key LIMIT 1) used)
    RETURNING balance
  ), item AS (
    SELECT i.*, coalesce(sum(i.credits) OVER (ORDER BY i.ord ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING), 0) AS taken_after
      FROM unnest($3::uuid[], $4::uuid[], $5::bigint[], $6::uuid[], $7::text[], $8::text[], $9::text[], $10::uuid[], $11::uuid[], $12::timestamptz[])
           WITH ORDINALITY AS i(tx_id, ur_id, credits, resource_id, operation, idem_key, req_hash, membership_id, api_key_id, at, ord)
  ), tx AS (
    INSERT INTO credit_transactions (id, organization_id, kind, amount, balance_after, membership_id, api_key_id, idempotency_key, request_hash, created_at)
    SELECT i.tx_id, $1, 'USAGE', -i.credits, bal.balance + i.taken_after, i.membership_id, i.api_key_id, i.idem_key, i.req_hash, coalesce(i.at, now())
      FROM item i, bal
    RETURNING id, created_at
  ), ur AS (
    INSERT INTO usage_records (id, organization_id, membership_id, api_key_id, resource_id, operation, credits, transaction_id, created_at)
    SELECT i.ur_id, $1, i.membership_id, i.api_key_id, i.resource_id, i.operation, i.credits, tx.id, tx.created_at FROM item i JOIN tx ON tx.id = i.tx_id
    RETURNING *
  ), rollup AS (${ROLLUP('ur', 'sum(credits)', 'count(*)')})${rollupCtes('ur')}
  SELECT ur.*, (SELECT balance FROM bal) AS final_balance FROM ur`;

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
 * Every record is written with its entry's timestamp (SPEND_CHUNK_SQL, SPEND_BATCH_SQL: the
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
