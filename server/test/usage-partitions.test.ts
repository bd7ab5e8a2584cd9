import { Client } from 'pg';
import { startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { callerOf, orgWithRoles, signUp } from './helpers/fixtures';
import { key, SPEND, topUp } from './helpers/ledger';
import { reconcile } from '../src/modules/usage/reconcile';
import { maintainUsagePartitions, monthStart, PARTITION_MONTHS_AHEAD } from '../src/modules/usage/usage-partitions';
import { SpendService } from '../src/modules/credits/spend.service';
import { silentBillingNotifier } from '../src/modules/credits/billing.notifier';
import { APP_ROLE, roleUrl } from '../src/db/roles';

/**
 * usage_records by UTC month (migration UsagePartitions1796600000000, usage-partitions.ts):
 * partitions are there ahead of time, a spend lands in its month's, a row no partition
 * holds waits in the default one until the maintenance gives it its month, the retention
 * drops whole old months while the dashboard's totals for them (from the rollups), the
 * balance and reconcile stay right, and row-level security holds on the partitioned table.
 */
let t: TestApp;
const NOW = new Date();
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const SUMMARY = graphql(`
  query PartitionsUsageSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {
    usageSummary(from: $from, to: $to, groupBy: $g) {
      key
      credits
      count
    }
  }
`);
const COUNT = graphql(`
  query PartitionsUsageCount($from: DateTime, $to: DateTime) {
    usageRecords(from: $from, to: $to, first: 1) {
      totalCount
    }
  }
`);

const monthName = (at: Date) => `usage_records_p${at.toISOString().slice(0, 7).replace('-', '')}`;

async function partitions(): Promise<string[]> {
  return (
    await t.ds.query(
      `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'usage_records'::regclass ORDER BY 1`,
    )
  ).map((r: { relname: string }) => r.relname);
}

/** Spends of one member at the given times, through the app's spend path (the batch, with the internal timestamps). */
async function spendAt(session: Awaited<ReturnType<typeof signUp>>, times: Date[], credits = 2_000_000n) {
  const spend = new SpendService(t.appDs, () => silentBillingNotifier, {}, undefined, t.systemDs);
  const outcomes = await spend.recordUsageBatch(
    callerOf(session, 'OWNER'),
    times.map(() => ({ operation: 'chat.completion', credits, idempotencyKey: key('p') })),
    { at: times },
  );
  expect(outcomes.every((o) => o.ok)).toBe(true);
}

describe('usage_records partitions', () => {
  test('this month and the next ones exist ahead, and the maintenance creates the coming ones as time passes', async () => {
    const run = await maintainUsagePartitions(t.systemDs, 0, NOW);
    expect(run.dropped).toBe(0);
    const names = await partitions();
    for (let m = 0; m <= PARTITION_MONTHS_AHEAD; m++) expect(names).toContain(monthName(monthStart(NOW, m)));
    expect(names).toContain('usage_records_default');
    // again: nothing to do
    expect((await maintainUsagePartitions(t.systemDs, 0, NOW)).created).toBe(0);
    // two months on, two more months ahead
    expect((await maintainUsagePartitions(t.systemDs, 0, monthStart(NOW, 2))).created).toBe(2);
    expect(await partitions()).toContain(monthName(monthStart(NOW, PARTITION_MONTHS_AHEAD + 2)));
  });

  test('a spend lands in its month; one in a month without a partition waits in the default one, then moves to its own', async () => {
    const { owner } = await orgWithRoles(t);
    await topUp(t, owner.token, '100');
    await t.ok(SPEND, { i: { operation: 'chat.completion', credits: '1.5', idempotencyKey: key('s') } }, owner.token);
    const where = async () =>
      (
        await t.ds.query(
          `SELECT tableoid::regclass::text AS p, created_at FROM usage_records WHERE organization_id = $1 ORDER BY created_at`,
          [owner.organizationId],
        )
      ).map((r: { p: string }) => r.p);
    expect(await where()).toEqual([monthName(NOW)]);
    const old = new Date(monthStart(NOW, -7).getTime() + 3 * 86_400_000);
    expect(await partitions()).not.toContain(monthName(old));
    // two: a chunk of one goes through the single spend's statement, which writes now()
    await spendAt(owner, [old, new Date(old.getTime() + 60_000)]);
    expect(await where()).toEqual(['usage_records_default', 'usage_records_default', monthName(NOW)]);
    await maintainUsagePartitions(t.systemDs, 0, NOW);
    expect(await where()).toEqual([monthName(old), monthName(old), monthName(NOW)]);
    expect(await reconcile(t.ds, owner.organizationId)).toMatchObject({ ok: true, usageRecords: 3 });
  });

  test('the retention drops whole old months of raw records; the dashboard totals, the balance and reconcile stay', async () => {
    const { owner, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '1000');
    const at = (months: number, day: number, hour = 10) => new Date(monthStart(NOW, months).getTime() + (day * 24 + hour) * 3_600_000);
    // months -11 and -10 go, month -9 stays (retention 9: the raw records start at the month nine back)
    const times = [at(-11, 2), at(-11, 20, 23), at(-10, 5), at(-9, 0, 0), at(-9, 14)];
    await spendAt(owner, times);
    await t.ok(SPEND, { i: { operation: 'embedding', credits: '3', idempotencyKey: key('m') } }, member.token);
    await maintainUsagePartitions(t.systemDs, 0, NOW); // their months' partitions
    const range = { from: monthStart(NOW, -12).toISOString(), to: monthStart(NOW, 1).toISOString() };
    const ask = async () => ({
      byDay: (await t.ok(SUMMARY, { ...range, g: 'DAY' }, owner.token)).usageSummary,
      byMember: (await t.ok(SUMMARY, { ...range, g: 'MEMBER' }, owner.token)).usageSummary,
      old: (await t.ok(SUMMARY, { from: range.from, to: monthStart(NOW, -9).toISOString(), g: 'OPERATION' }, owner.token)).usageSummary,
      count: (await t.ok(COUNT, range, owner.token)).usageRecords.totalCount,
    });
    const before = await ask();
    expect(before.old).toEqual([{ key: 'chat.completion', credits: '6', count: 3 }]);
    expect(before.count).toBe(6);
    const [{ balance: balanceBefore }] = await t.ds.query(`SELECT balance::text FROM credit_balances WHERE organization_id = $1`, [
      owner.organizationId,
    ]);

    const run = await maintainUsagePartitions(t.systemDs, 9, NOW);
    expect(run.dropped).toBeGreaterThanOrEqual(2);
    expect(run.rawFrom).toEqual(monthStart(NOW, -9));
    const names = await partitions();
    expect(names).not.toContain(monthName(monthStart(NOW, -11)));
    expect(names).not.toContain(monthName(monthStart(NOW, -10)));
    expect(names).toContain(monthName(monthStart(NOW, -9)));
    expect(names).toContain(monthName(NOW));
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM usage_records WHERE organization_id = $1`, [owner.organizationId]);
    expect(n).toBe(3); // the two of month -9 and the member's

    // the totals of the dropped months come from the rollups, unchanged
    expect(await ask()).toEqual(before);
    const [{ balance }] = await t.ds.query(`SELECT balance::text FROM credit_balances WHERE organization_id = $1`, [owner.organizationId]);
    expect(balance).toBe(balanceBefore);
    expect(await reconcile(t.ds, owner.organizationId)).toMatchObject({ ok: true, usageRecords: 3, problems: [] });
    // a second run drops nothing more, and never moves the horizon back
    expect(await maintainUsagePartitions(t.systemDs, 9, NOW)).toMatchObject({ dropped: 0, rawFrom: monthStart(NOW, -9) });
    expect((await maintainUsagePartitions(t.systemDs, 24, NOW)).rawFrom).toEqual(monthStart(NOW, -9));
  });

  test('row-level security holds on the partitioned table; the app role cannot read a partition or run the maintenance', async () => {
    const a = await signUp(t);
    const b = await signUp(t);
    await topUp(t, a.token, '10');
    await t.ok(SPEND, { i: { operation: 'chat.completion', credits: '1', idempotencyKey: key('r') } }, a.token);
    const app = new Client({ connectionString: roleUrl(t.config.databaseUrl!, APP_ROLE) });
    await app.connect();
    const asApp = async (org: string, sql: string) => {
      await app.query('BEGIN');
      try {
        await app.query(`SELECT set_config('app.organization_id', $1, true)`, [org]);
        return { rows: (await app.query(sql)).rows, code: undefined as string | undefined };
      } catch (err) {
        return { rows: [], code: (err as { code?: string }).code };
      } finally {
        await app.query('ROLLBACK');
      }
    };
    try {
      expect((await asApp(a.organizationId, `SELECT organization_id FROM usage_records`)).rows).toEqual([
        { organization_id: a.organizationId },
      ]);
      expect((await asApp(b.organizationId, `SELECT * FROM usage_records`)).rows).toEqual([]);
      // B cannot write a record for A either
      const forged = await asApp(
        b.organizationId,
        `INSERT INTO usage_records (organization_id, membership_id, operation, credits, transaction_id, created_at)
         VALUES ('${a.organizationId}', '${a.memberId}', 'x', 1, gen_random_uuid(), now())`,
      );
      expect(forged.code).toBe('42501');
      for (const p of [monthName(NOW), 'usage_records_default'])
        expect((await asApp(a.organizationId, `SELECT * FROM ${p}`)).code).toBe('42501');
      expect((await asApp(a.organizationId, `SELECT usage_partitions_retain(now())`)).code).toBe('42501');
      expect((await asApp(a.organizationId, `SELECT usage_partitions_ensure(now(), now())`)).code).toBe('42501');
    } finally {
      await app.end();
    }
    const unforced = await t.ds.query(
      `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'usage_records'::regclass AND NOT (c.relrowsecurity AND c.relforcerowsecurity)`,
    );
    expect(unforced).toEqual([]);
  });
});
