import type { DataSource } from 'typeorm';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { OutboxBillingNotifier, OutboxMemberNotifier } from '../src/modules/mail/mail.notifier';
import { reconcile } from '../src/modules/usage/reconcile';
import { OWNER, seedDemo } from '../src/scripts/seed-demo';
import { createServices } from '../src/services';
import { createTestDatabase } from './helpers/postgres';

/** pnpm seed:demo with a small count: a whole story, every invariant, and twice is once. */

const RECORDS = 2000;
let db: { url: string; drop(): Promise<void> };
let ds: DataSource;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = createDataSource({ url: db.url, poolSize: 4 });
  await ds.initialize();
});
afterAll(async () => {
  await ds.destroy();
  await db.drop();
});

const services = () => {
  const config = loadConfig({ NODE_ENV: 'test', BCRYPT_COST: '4', DATABASE_URL: db.url });
  return createServices(ds, config, {
    notifier: new OutboxMemberNotifier(config.appUrl),
    billingNotifier: new OutboxBillingNotifier(config.appUrl),
  });
};

async function counts(org: string) {
  const [row] = await ds.query(
    `SELECT (SELECT count(*)::int FROM usage_records WHERE organization_id = $1) AS records,
            (SELECT count(*)::int FROM credit_transactions WHERE organization_id = $1) AS entries,
            (SELECT count(*)::int FROM credit_transactions WHERE organization_id = $1 AND kind = 'TOP_UP') AS top_ups,
            (SELECT count(*)::int FROM memberships WHERE organization_id = $1) AS members,
            (SELECT count(*)::int FROM api_keys WHERE organization_id = $1) AS keys,
            (SELECT count(*)::int FROM resources WHERE organization_id = $1) AS resources,
            (SELECT count(*)::int FROM audit_events WHERE organization_id = $1) AS audit,
            (SELECT count(*)::int FROM email_outbox WHERE organization_id = $1 AND kind = 'billing.low_balance') AS low_balance_emails,
            (SELECT count(DISTINCT (created_at AT TIME ZONE 'UTC')::date)::int FROM usage_records WHERE organization_id = $1) AS days`,
    [org],
  );
  return row as Record<string, number>;
}

test('seeds a whole organization through the ledger; a second run (later the same day) adds only the new calls, a third nothing', async () => {
  const morning = new Date();
  morning.setUTCHours(6, 0, 0, 0);
  const first = await seedDemo(ds, services(), { records: RECORDS, quiet: true, now: morning });
  expect(first.written).toBe(first.planned);
  expect(first.planned).toBeGreaterThan(RECORDS * 0.95);
  const org = first.organizationId;
  const after1 = await counts(org);
  expect(after1).toMatchObject({ records: first.written, top_ups: 3, members: 13, keys: 10, resources: 7, days: 90 });
  expect(after1.entries).toBe(first.written + 3);
  expect(after1.low_balance_emails).toBeGreaterThanOrEqual(1); // one crossing, mailed to the owner and the admins
  expect((await reconcile(ds, org)).problems).toEqual([]);

  // every role, one suspended and one removed member
  const roles = await ds.query(`SELECT role, status, count(*)::int AS n FROM memberships WHERE organization_id = $1 GROUP BY 1, 2`, [org]);
  for (const role of ['OWNER', 'ADMIN', 'MEMBER', 'GUEST']) expect(roles.some((r: { role: string }) => r.role === role)).toBe(true);
  expect(roles.filter((r: { status: string }) => r.status === 'SUSPENDED').map((r: { n: number }) => r.n)).toEqual([1]);
  expect(roles.filter((r: { status: string }) => r.status === 'REMOVED').map((r: { n: number }) => r.n)).toEqual([1]);
  // weekdays busier than weekends; 90 days back from today
  const [rhythm] = await ds.query(
    `SELECT avg(n) FILTER (WHERE dow IN (0, 6)) AS weekend, avg(n) FILTER (WHERE dow BETWEEN 1 AND 5) AS weekday,
            min(day) AS first, max(day) AS last
       FROM (SELECT day, extract(dow FROM day) AS dow, sum(count) AS n FROM usage_daily WHERE organization_id = $1 GROUP BY day) d`,
    [org],
  );
  expect(Number(rhythm.weekday)).toBeGreaterThan(2 * Number(rhythm.weekend));
  expect((Date.parse(rhythm.last) - Date.parse(rhythm.first)) / 86_400_000).toBe(89);

  // later today: the past days are complete (skipped), today's first calls are replays by key, the rest new
  const evening = new Date(morning.getTime() + 12 * 3_600_000);
  const second = await seedDemo(ds, services(), { records: RECORDS, quiet: true, now: evening });
  expect(second.organizationId).toBe(org);
  expect(second.skippedDays).toBe(89);
  expect(second.planned).toBeGreaterThan(first.planned);
  const after2 = await counts(org);
  expect(after2.records).toBe(second.planned);
  expect(second.written).toBe(second.planned - first.planned);
  expect(after2).toMatchObject({
    top_ups: 3,
    members: 13,
    keys: 10,
    resources: 7,
    audit: after1.audit,
    low_balance_emails: after1.low_balance_emails,
  });
  expect((await reconcile(ds, org)).problems).toEqual([]);

  const third = await seedDemo(ds, services(), { records: RECORDS, quiet: true, now: evening });
  expect(third.written).toBe(0);
  expect(await counts(org)).toEqual(after2);

  // the owner can sign in with the documented password
  const signedIn = await services().auth.logIn({ email: OWNER.email, password: OWNER.password }, '127.0.0.1');
  expect(signedIn.organization.id).toBe(org);
});
