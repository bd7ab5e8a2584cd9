/**
 * The spend section's peers and fixtures (bench/run.ts):
 *   - the naive SQL per spend, pgbench-like: one client per connection, one transaction per
 *     spend, one round trip per statement (BEGIN; conditional UPDATE of the balance; INSERT
 *     of the ledger entry, the usage record and the daily rollup increment; COMMIT), as the
 *     owner role (no row-level security, no API): what "spending on PostgreSQL" costs when
 *     nothing is grouped;
 *   - organizations seeded straight in SQL (a funded balance with its TOP_UP entry, an owner,
 *     optionally an API key), so the spread scenarios need no sign-up per organization.
 */
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { NO_RESOURCE } from '../src/modules/usage';
import { newSecret } from '../src/modules/api-keys/api-key.secret';

export interface SeededOrg {
  organizationId: string;
  membershipId: string;
  /** The API key's secret, when asked for. */
  apiKey: string | null;
}

/** `n` organizations, each with an owner and `funds` micro-credits (with the TOP_UP entry that explains them). */
export async function seedOrgs(ownerUrl: string, n: number, funds: bigint, withKeys: boolean, label: string): Promise<SeededOrg[]> {
  const orgs = Array.from({ length: n }, () => ({ o: randomUUID(), u: randomUUID(), m: randomUUID(), k: randomUUID(), s: newSecret() }));
  const pool = new Pool({ connectionString: ownerUrl, max: 1 });
  try {
    await pool.query(
      `WITH s AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) WITH ORDINALITY AS s(o, u, m, i)),
            orgs AS (INSERT INTO organizations (id, name) SELECT o, $4 || ' ' || i FROM s),
            users AS (INSERT INTO users (id, name, email, password_hash) SELECT u, 'Bench owner', 'bench-' || u || '@example.test', 'x' FROM s),
            mem AS (INSERT INTO memberships (id, organization_id, user_id, role) SELECT m, o, u, 'OWNER' FROM s),
            bal AS (INSERT INTO credit_balances (organization_id, balance) SELECT o, $5::bigint FROM s)
       INSERT INTO credit_transactions (organization_id, kind, amount, balance_after, membership_id, idempotency_key)
       SELECT o, 'TOP_UP', $5::bigint, $5::bigint, m, 'seed-' || o FROM s`,
      [orgs.map((x) => x.o), orgs.map((x) => x.u), orgs.map((x) => x.m), label, funds.toString()],
    );
    if (withKeys) {
      await pool.query(
        `INSERT INTO api_keys (id, organization_id, membership_id, name, prefix, secret_hash)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[])`,
        [
          orgs.map((x) => x.k),
          orgs.map((x) => x.o),
          orgs.map((x) => x.m),
          orgs.map(() => 'bench'),
          orgs.map((x) => x.s.prefix),
          orgs.map((x) => x.s.hash),
        ],
      );
    }
  } finally {
    await pool.end();
  }
  return orgs.map((x) => ({ organizationId: x.o, membershipId: x.m, apiKey: withKeys ? x.s.secret : null }));
}

const NAIVE = {
  balance: `UPDATE credit_balances SET balance = balance - $2::bigint, updated_at = now()
             WHERE organization_id = $1 AND balance >= $2::bigint RETURNING balance`,
  entry: `INSERT INTO credit_transactions (organization_id, kind, amount, balance_after, membership_id, idempotency_key, request_hash)
          VALUES ($1, 'USAGE', -$2::bigint, $3, $4, $5, $6) RETURNING id, created_at`,
  record: `INSERT INTO usage_records (organization_id, membership_id, operation, credits, transaction_id, created_at)
           VALUES ($1, $2, $3, $4::bigint, $5, $6)`,
  rollup: `INSERT INTO usage_daily AS d (organization_id, day, membership_id, resource_id, operation, credits, count)
           VALUES ($1, ($2::timestamptz AT TIME ZONE 'UTC')::date, $3, '${NO_RESOURCE}', $4, $5::bigint, 1)
           ON CONFLICT (organization_id, day, membership_id, resource_id, operation)
           DO UPDATE SET credits = d.credits + EXCLUDED.credits, count = d.count + 1`,
};

/** The naive spender: a pool of `clients` connections (one per client, like pgbench -c). */
export class NaiveSpender {
  private readonly pool: Pool;
  constructor(ownerUrl: string, clients: number) {
    this.pool = new Pool({ connectionString: ownerUrl, max: clients, application_name: 'orgpulse-bench-naive' });
  }

  /** One spend in its own transaction; false when the balance did not cover it (rolled back). */
  async spend(org: SeededOrg, credits: bigint, operation: string): Promise<boolean> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const bal = await c.query(NAIVE.balance, [org.organizationId, credits.toString()]);
      if (!bal.rowCount) {
        await c.query('ROLLBACK');
        return false;
      }
      const key = randomUUID();
      const tx = await c.query(NAIVE.entry, [org.organizationId, credits.toString(), bal.rows[0].balance, org.membershipId, key, key]);
      const { id, created_at } = tx.rows[0];
      await c.query(NAIVE.record, [org.organizationId, org.membershipId, operation, credits.toString(), id, created_at]);
      await c.query(NAIVE.rollup, [org.organizationId, created_at, org.membershipId, operation, credits.toString()]);
      await c.query('COMMIT');
      return true;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }

  /** Zero drift for the naive organizations: balance = sum(ledger) for each, in one statement. */
  async drift(orgIds: string[]): Promise<number> {
    const { rows } = await this.pool.query(
      `SELECT count(*)::int AS n FROM credit_balances b
        WHERE b.organization_id = ANY($1::uuid[])
          AND b.balance <> (SELECT coalesce(sum(amount), 0) FROM credit_transactions t WHERE t.organization_id = b.organization_id)`,
      [orgIds],
    );
    return rows[0].n;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
