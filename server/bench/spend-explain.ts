/**
 * Where PostgreSQL spends the time of one spend statement (SPEND_ORGS_SQL): EXPLAIN
 * (ANALYZE, BUFFERS) of chunks of 1 and of N spends on one seeded organization, as the system
 * role (as the app runs it), each rolled back, after a warm-up. Prints the plan's
 * planning and execution time and the time of every trigger (the foreign-key checks).
 *
 *   cd server && BENCH_CHUNK=500 node -r @swc-node/register bench/spend-explain.ts
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { can, Permission, ROLES } from '@orgpulse/shared';
import { migrate } from '../src/db/databases';
import { SYSTEM_ROLE, roleUrl } from '../src/db/roles';
import { SPEND_ORGS_SQL } from '../src/modules/credits/spend.sql';
import { adminQuery, withDatabase } from '../test/helpers/postgres';
import { seedOrgs } from './spend-naive';

const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = `orgpulse_spend_explain_${process.pid}`;
const N = Number(process.env.BENCH_CHUNK || 500);

async function main(): Promise<void> {
  await adminQuery(ADMIN_URL, `CREATE DATABASE ${DB}`);
  const url = withDatabase(ADMIN_URL, DB);
  const client = new Client({ connectionString: roleUrl(url, SYSTEM_ROLE) });
  try {
    await migrate({ owner: url });
    const [org] = await seedOrgs(url, 1, 10n ** 15n, true, 'Explain');
    await client.connect();
    // the API key the bench's batches spend with (BENCH_NO_KEY=1: a session's spends, no key)
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.organization_id', $1, true)`, [org.organizationId]);
    const keyId: string | null = process.env.BENCH_NO_KEY ? null : (await client.query(`SELECT id FROM api_keys`)).rows[0].id;
    await client.query('COMMIT');
    const roles = ROLES.filter((r) => can(r, Permission.CreditsSpend));
    const params = (n: number) => [
      Array.from({ length: n }, () => org.organizationId),
      Array.from({ length: n }, () => randomUUID()),
      Array.from({ length: n }, () => randomUUID()),
      Array.from({ length: n }, () => '100'),
      Array.from({ length: n }, () => null),
      Array.from({ length: n }, () => 'embed'),
      Array.from({ length: n }, () => randomUUID()),
      Array.from({ length: n }, () => 'h'.repeat(64)),
      Array.from({ length: n }, () => org.membershipId),
      Array.from({ length: n }, () => keyId),
      Array.from({ length: n }, () => null),
      roles,
    ];
    await client.query(`PREPARE chunk AS ${SPEND_ORGS_SQL}`);
    const run = async (n: number, explain: boolean) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.organization_id', $1, true)`, [org.organizationId]);
      const p = params(n);
      const lits = p.map((v) =>
        client.escapeLiteral(
          v === null ? '' : Array.isArray(v) ? `{${v.map((x) => (x === null ? 'NULL' : `"${x}"`)).join(',')}}` : String(v),
        ),
      );
      const text = `EXECUTE chunk(${lits.join(', ')})`;
      const r = await client.query(explain ? `EXPLAIN (ANALYZE, BUFFERS, SUMMARY) ${text}` : text);
      if (explain && process.env.BENCH_CHECK_SQL) {
        // the statement trigger's check (BENCH_CHECK_SQL, over new_records) on a copy of the rows just inserted
        await client.query(
          `CREATE TEMP TABLE new_records ON COMMIT DROP AS SELECT * FROM usage_records WHERE created_at >= now() - interval '1 second'`,
        );
        const c = await client.query(`EXPLAIN (ANALYZE, SUMMARY) ${process.env.BENCH_CHECK_SQL}`);
        console.log(c.rows.map((x) => x['QUERY PLAN']).join('\n'));
      }
      await client.query(process.env.BENCH_COMMIT ? 'COMMIT' : 'ROLLBACK');
      return r.rows.map((x) => x['QUERY PLAN']).join('\n');
    };
    for (let i = 0; i < 5; i++) await run(N, false);
    for (const n of [1, N]) {
      const plan = await run(n, true);
      console.log(`--- chunk of ${n}`);
      console.log(
        process.env.BENCH_FULL
          ? plan
          : plan
              .split('\n')
              .filter((l) => /Trigger|Planning|Execution|^ *(CTE|Insert|Update)/.test(l))
              .join('\n'),
      );
    }
  } finally {
    await client.end().catch(() => undefined);
    await adminQuery(ADMIN_URL, `DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
