import { startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { orgWithRoles } from './helpers/fixtures';
import { reconcile } from '../src/modules/usage/reconcile';
import { TotalsAsk, totalsSql, UsageGroupBy } from '../src/modules/usage/usage-summary.sql';
import { NO_RESOURCE } from '../src/modules/usage/usage-daily.entity';
import { ROLLUP_LIST, rollupRebuildStatements } from '../src/modules/usage/usage-rollups.sql';

/**
 * The dashboard stays fast with many records: the summaries read the day and hour rollups,
 * not the raw records (at most two partial hours of them). One organization is seeded with 120k usage records (and their ledger
 * entries and rollups) straight in SQL, next to another organization's 40k rollup rows;
 * every grouping must answer exactly the raw totals while EXPLAIN ANALYZE shows a small,
 * bounded number of rows read.
 */
let t: TestApp;
let org: Awaited<ReturnType<typeof orgWithRoles>>;
const RECORDS = 120_000;
const DAYS = 60;
const START = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;
const TOP_UP = 1_000_000_000_000n; // 1,000,000 credits in micro-credits

beforeAll(async () => {
  t = await startTestApp();
  org = await orgWithRoles(t);
  const resources: string[] = [];
  for (const name of ['gpu-1', 'gpu-2', 'Support bot']) {
    resources.push(
      (
        await t.ok(
          graphql(`
            mutation UsageScaleCreateResource($n: String!) {
              createResource(input: { kind: AGENT, name: $n }) {
                id
              }
            }
          `),
          { n: name },
          org.owner.token,
        )
      ).createResource.id,
    );
  }
  const members = [org.owner.memberId, org.admin.memberId, org.member.memberId];
  const o = org.owner.organizationId;
  await t.ds.query(
    `INSERT INTO credit_transactions (organization_id, kind, amount, balance_after, membership_id, idempotency_key, created_at)
     VALUES ($1, 'TOP_UP', $2, $2, $3, 'seed-top-up', $4)`,
    [o, TOP_UP.toString(), org.owner.memberId, new Date(START - DAY)],
  );
  // seeding 120k rows in one statement can outlast the app's statement timeout on a busy machine
  await t.ds.transaction(async (em) => {
    await em.query('SET LOCAL statement_timeout = 0');
    await em.query(
      `WITH g AS (
       SELECT i, gen_random_uuid() AS tx_id, ((i % 5) + 1) * 1000 AS credits,
              $2::timestamptz + ((i % ${DAYS}) * interval '1 day') + (((i * 37) % 86400) * interval '1 second') AS at,
              ($3::uuid[])[(i % 3) + 1] AS member,
              CASE WHEN i % 4 = 0 THEN NULL ELSE ($4::uuid[])[((i / 7) % 3) + 1] END AS resource,
              (ARRAY['chat', 'embed', 'image', 'audio'])[((i / 3) % 4) + 1] AS op
         FROM generate_series(1, ${RECORDS}) i
     ), tx AS (
       INSERT INTO credit_transactions (id, organization_id, kind, amount, balance_after, membership_id, created_at)
       SELECT tx_id, $1, 'USAGE', -credits, $5::bigint - sum(credits) OVER (ORDER BY at, i), member, at FROM g
     )
     INSERT INTO usage_records (organization_id, membership_id, resource_id, operation, credits, transaction_id, created_at)
     SELECT $1, member, resource, op, credits, tx_id, at FROM g`,
      [o, new Date(START), members, resources, TOP_UP.toString()],
    );
  });
  await t.ds.query(
    `INSERT INTO usage_daily (organization_id, day, membership_id, resource_id, operation, credits, count)
     SELECT organization_id, (created_at AT TIME ZONE 'UTC')::date, membership_id, coalesce(resource_id, '${NO_RESOURCE}'::uuid), operation, sum(credits), count(*)
       FROM usage_records WHERE organization_id = $1 GROUP BY 1, 2, 3, 4, 5`,
    [o],
  );
  for (const sql of rollupRebuildStatements(`organization_id = '${o}'`)) await t.ds.query(sql);
  await t.ds.query(
    `INSERT INTO credit_balances (organization_id, balance)
     SELECT $1, sum(amount) FROM credit_transactions WHERE organization_id = $1`,
    [o],
  );
  // another busy organization's rollups in the same table: reading "a bounded number of rows" must mean using the index
  const other = (await t.ds.query(`INSERT INTO organizations (name) VALUES ('Noise') RETURNING id`))[0].id;
  await t.ds.query(
    `INSERT INTO usage_daily (organization_id, day, membership_id, resource_id, operation, credits, count)
     SELECT $1, DATE '2025-11-01' + (i % 120), gen_random_uuid(), '${NO_RESOURCE}'::uuid, 'op', 1000, 1 FROM generate_series(1, 40000) i`,
    [other],
  );
  // in every dashboard rollup (each partition a table of its own: the noise must be in each for the planner to need the index)
  for (const d of ROLLUP_LIST) {
    const keys = d.keys.map((k) => (k === 'operation' ? `'op' || i` : 'gen_random_uuid()'));
    await t.ds.query(
      `INSERT INTO ${d.table} (organization_id, hourly, period_start, ${d.keys.join(', ')}, credits, count)
       SELECT $1, i % 2 = 0, TIMESTAMPTZ '2025-11-01 00:00Z' + (i % 2880) * interval '1 hour', ${keys.join(', ')}, 1000, 1
         FROM generate_series(1, 40000) i`,
      [other],
    );
  }
  await t.ds.query(`ANALYZE usage_records; ANALYZE usage_daily; ANALYZE credit_transactions`);
  for (const d of ROLLUP_LIST) await t.ds.query(`ANALYZE ${d.table}`);
}, 120_000);

afterAll(async () => {
  await t.stop();
});

const SUMMARY = graphql(`
  query UsageScaleUsageSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {
    usageSummary(from: $from, to: $to, groupBy: $g) {
      key
      credits
      count
    }
  }
`);
const RAW_KEY: Record<UsageGroupBy, string> = {
  MEMBER: 'membership_id::text',
  RESOURCE: `coalesce(resource_id::text, 'none')`,
  DAY: `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`,
  OPERATION: 'operation',
  API_KEY: `coalesce(api_key_id::text, 'none')`,
};

/** The truth, the slow way: GROUP BY over every raw record. */
async function rawTotals(g: UsageGroupBy, from: Date, to: Date, memberId?: string) {
  const rows = await t.ds.query(
    `SELECT ${RAW_KEY[g]} AS key, (sum(credits) / 1000000.0)::text AS credits, count(*)::int AS count FROM usage_records
      WHERE organization_id = $1 AND created_at >= $2 AND created_at < $3 ${memberId ? 'AND membership_id = $4' : ''}
      GROUP BY 1 ORDER BY 1`,
    [org.owner.organizationId, from, to, ...(memberId ? [memberId] : [])],
  );
  return rows.map((r: any) => ({ key: r.key, credits: r.credits.replace(/\.?0+$/, ''), count: r.count }));
}

const byKey = (rows: any[]) => [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

const ask = (kind: TotalsAsk['kind'], from: Date, to: Date, membershipId: string | null = null): TotalsAsk => ({
  kind,
  from,
  to,
  membershipId,
  resourceId: null,
});

/** Rows read from the dashboard rollups altogether. */
const rolledRows = (read: Record<string, number>) => ROLLUP_LIST.reduce((n, d) => n + (read[d.table] ?? 0), 0);

/** Rows each table's scans read, from EXPLAIN ANALYZE of exactly the SQL the API runs. */
async function rowsRead(sql: string, params: unknown[]): Promise<Record<string, number>> {
  const [{ 'QUERY PLAN': plan }] = await t.ds.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
  const read: Record<string, number> = {};
  const walk = (node: any) => {
    if (node['Relation Name']) {
      const n =
        (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) * node['Actual Loops'];
      // a partition's scan counts for its table: a rollup's grain (_days, _hours, and the weekly table _weeks), a month of records (_pYYYYMM, _default)
      const table = String(node['Relation Name']).replace(/_(days|hours|weeks|p[0-9]{6}|default)$/, '');
      read[table] = (read[table] ?? 0) + n;
    }
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan[0].Plan);
  return read;
}

describe(`summaries over ${RECORDS} usage records`, () => {
  const from = new Date(START);
  const to = new Date(START + DAYS * DAY);
  const groupings = Object.values(UsageGroupBy);

  test.each(groupings)('by %s: exact totals from the rollups; no raw record is read', async (g) => {
    const api = (await t.ok(SUMMARY, { from: from.toISOString(), to: to.toISOString(), g }, org.owner.token)).usageSummary;
    expect(byKey(api)).toEqual(await rawTotals(g, from, to));
    const { sql, params } = totalsSql(org.owner.organizationId, [ask(g, from, to)]);
    const read = await rowsRead(sql, params);
    expect(read.usage_records ?? 0).toBe(0);
    expect(read.usage_daily ?? 0).toBe(0);
    // one daily row per day and key: here at most 4 keys (4 operations, 3 resources and none, 3 members' sessions)
    expect(rolledRows(read)).toBeLessThanOrEqual(DAYS * 4);
  });

  test('unaligned ranges read whole days, whole hours at the edges and at most two partial hours of records', async () => {
    const edgeFrom = new Date(START + 10 * DAY + 18 * 3_600_000 + 20 * 60_000); // day 10, 18:20
    const edgeTo = new Date(START + 20 * DAY + 3 * 3_600_000 + 40 * 60_000); //    day 20, 03:40
    for (const g of groupings) {
      const api = (await t.ok(SUMMARY, { from: edgeFrom.toISOString(), to: edgeTo.toISOString(), g }, org.admin.token)).usageSummary;
      expect([g, byKey(api)]).toEqual([g, await rawTotals(g, edgeFrom, edgeTo)]);
    }
    // a range inside one day too (09:10 to 15:50)
    const inDayFrom = new Date(START + 5 * DAY + 9 * 3_600_000 + 10 * 60_000);
    const inDayTo = new Date(START + 5 * DAY + 15 * 3_600_000 + 50 * 60_000);
    for (const g of groupings) {
      const api = (await t.ok(SUMMARY, { from: inDayFrom.toISOString(), to: inDayTo.toISOString(), g }, org.admin.token)).usageSummary;
      expect([g, byKey(api)]).toEqual([g, await rawTotals(g, inDayFrom, inDayTo)]);
    }
    const [{ n: edgeRecords }] = await t.ds.query(
      `SELECT count(*)::int AS n FROM usage_records WHERE organization_id = $1
          AND ((created_at >= $2 AND created_at < $3) OR (created_at >= $4 AND created_at < $5))`,
      [org.owner.organizationId, edgeFrom, new Date(START + 10 * DAY + 19 * 3_600_000), new Date(START + 20 * DAY + 3 * 3_600_000), edgeTo],
    );
    for (const g of groupings) {
      const { sql, params } = totalsSql(org.owner.organizationId, [ask(g, edgeFrom, edgeTo)]);
      const read = await rowsRead(sql, params);
      expect([g, read.usage_records]).toEqual([g, edgeRecords]);
      // 9 whole days, 5 + 3 whole hours, at most 4 keys each
      expect([g, rolledRows(read)]).toEqual([g, Math.min(rolledRows(read), (9 + 5 + 3) * 4)]);
    }
    expect(edgeRecords).toBeLessThan(RECORDS / 500);
  });

  test('a MEMBER asking by member or by key gets only their own rows, from the rollups', async () => {
    for (const g of [UsageGroupBy.MEMBER, UsageGroupBy.API_KEY]) {
      const api = (await t.ok(SUMMARY, { from: from.toISOString(), to: to.toISOString(), g }, org.member.token)).usageSummary;
      expect(api).toEqual(await rawTotals(g, from, to, org.member.memberId));
      const { sql, params } = totalsSql(org.owner.organizationId, [ask(g, from, to, org.member.memberId)]);
      const read = await rowsRead(sql, params);
      expect(read.usage_records ?? 0).toBe(0);
      expect(rolledRows(read)).toBeLessThanOrEqual(DAYS);
    }
  });

  test('the whole dashboard is one statement that reads no raw record', async () => {
    const asks = [UsageGroupBy.DAY, UsageGroupBy.MEMBER, UsageGroupBy.RESOURCE].map((g) => ask(g, from, to));
    const { sql, params } = totalsSql(org.owner.organizationId, [...asks, ask('TOTAL', from, to, org.member.memberId)]);
    const read = await rowsRead(sql, params);
    expect(read.usage_records ?? 0).toBe(0);
    expect(rolledRows(read)).toBeLessThanOrEqual(DAYS * 4 * 3 + DAYS);
  });

  test('usageRecords: first page and totalCount without counting every record', async () => {
    const page = await t.ok(
      graphql(`
        query UsageScaleUsageRecords($from: DateTime, $to: DateTime) {
          usageRecords(from: $from, to: $to, first: 50) {
            totalCount
            nodes {
              id
            }
            pageInfo {
              hasNextPage
            }
          }
        }
      `),
      { from: from.toISOString(), to: to.toISOString() },
      org.owner.token,
    );
    expect(page.usageRecords).toMatchObject({ totalCount: RECORDS, pageInfo: { hasNextPage: true } });
    expect(page.usageRecords.nodes).toHaveLength(50);
    const { sql, params } = totalsSql(org.owner.organizationId, [ask('TOTAL', from, to)]);
    const read = await rowsRead(sql, params);
    expect(read.usage_records ?? 0).toBe(0);
    expect(rolledRows(read)).toBeLessThanOrEqual(DAYS * 4);
    const mine = await t.ok(
      graphql(`
        query UsageScaleUsageRecords2 {
          usageRecords(first: 1) {
            totalCount
          }
        }
      `),
      {},
      org.member.token,
    );
    expect(mine.usageRecords.totalCount).toBe(RECORDS / 3);
    const txs = await t.ok(
      graphql(`
        query UsageScaleCreditTransactions {
          creditTransactions(first: 5) {
            totalCount
            nodes {
              kind
            }
          }
        }
      `),
      {},
      org.owner.token,
    );
    expect(txs.creditTransactions.totalCount).toBe(RECORDS + 1);
  });

  test('reconciliation holds over the whole organization', async () => {
    const report = await reconcile(t.ds, org.owner.organizationId);
    expect(report).toMatchObject({ ok: true, usageRecords: RECORDS, problems: [] });
    expect(report.balance).toBe(report.ledgerSum);
  });
});
