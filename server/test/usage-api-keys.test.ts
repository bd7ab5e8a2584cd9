import { startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { orgWithRoles, signUp } from './helpers/fixtures';
import { key, SPEND, topUp } from './helpers/ledger';
import { reconcile } from '../src/modules/usage/reconcile';
import { usageExportModule } from '../src/modules/usage/usage-export';
import { UsageRollups1796500000000 } from '../src/db/migrations/1796500000000-UsageRollups';
import { UsageRollupWeeks1796810000000 } from '../src/db/migrations/1796810000000-UsageRollupWeeks';

/** Issue 14 "usage by API key": usageSummary(groupBy: API_KEY) from the rollups, with the same visibility as by member. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ modules: [usageExportModule()] });
});
afterAll(async () => {
  await t.stop();
});

const SUMMARY = graphql(`
  query UsageKeysSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {
    usageSummary(from: $from, to: $to, groupBy: $g) {
      key
      label
      credits
      count
    }
  }
`);
const CREATE_KEY = graphql(`
  mutation UsageKeysCreateKey($n: String!) {
    createApiKey(name: $n) {
      apiKey {
        id
        prefix
      }
      secret
    }
  }
`);
const REVOKE_KEY = graphql(`
  mutation UsageKeysRevokeKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RANGE = {
  from: new Date(Math.floor(Date.now() / DAY) * DAY - 3 * DAY).toISOString(),
  to: new Date(Math.floor(Date.now() / DAY) * DAY + DAY).toISOString(),
};

/**
 * The member spends through two keys and a session; the admin through a key and a session;
 * another organization through its own key at the same time.
 */
async function keyedOrg() {
  const roles = await orgWithRoles(t);
  const { owner, admin, member } = roles;
  await topUp(t, owner.token, '100');
  const ci = (await t.ok(CREATE_KEY, { n: 'ci' }, member.token)).createApiKey;
  const laptop = (await t.ok(CREATE_KEY, { n: 'laptop' }, member.token)).createApiKey;
  const adminKey = (await t.ok(CREATE_KEY, { n: 'ops' }, admin.token)).createApiKey;
  const spend = (token: string, credits: string) => t.ok(SPEND, { i: { operation: 'chat', credits, idempotencyKey: key() } }, token);
  await spend(ci.secret, '1');
  await spend(ci.secret, '2');
  await spend(laptop.secret, '0.5');
  await spend(member.token, '0.25');
  await spend(adminKey.secret, '4');
  await spend(admin.token, '8');

  const other = await signUp(t);
  await topUp(t, other.token, '10');
  const otherKey = (await t.ok(CREATE_KEY, { n: 'theirs' }, other.token)).createApiKey;
  await spend(otherKey.secret, '3');
  return { ...roles, ci, laptop, adminKey, other, otherKey };
}

const byApiKey = async (token: string, range: { from: string; to: string } = RANGE) =>
  (await t.ok(SUMMARY, { ...range, g: 'API_KEY' }, token)).usageSummary;

test('by API key: every key and the session usage, exact, ordered by credits; the other organization never appears', async () => {
  const o = await keyedOrg();
  const all = await byApiKey(o.owner.token);
  expect(all).toEqual([
    { key: 'none', label: 'No API key (signed-in session)', credits: '8.25', count: 2 },
    { key: o.adminKey.apiKey.id, label: 'ops', credits: '4', count: 1 },
    { key: o.ci.apiKey.id, label: 'ci', credits: '3', count: 2 },
    { key: o.laptop.apiKey.id, label: 'laptop', credits: '0.5', count: 1 },
  ]);
  expect(await byApiKey(o.admin.token)).toEqual(all);
  expect(all.map((b) => b.key)).not.toContain(o.otherKey.apiKey.id);
  expect(await byApiKey(o.other.token)).toEqual([{ key: o.otherKey.apiKey.id, label: 'theirs', credits: '3', count: 1 }]);
  // the keys add up to the other groupings
  const byMember = (await t.ok(SUMMARY, { ...RANGE, g: 'MEMBER' }, o.owner.token)).usageSummary;
  const sum = (rows: Array<{ credits: string }>) => rows.reduce((s, r) => s + Number(r.credits), 0);
  expect(sum(all)).toBe(sum(byMember));
  expect(sum(all)).toBe(15.75);
});

test('MEMBER sees only their own keys and session, through a token or a key; GUEST sees nothing', async () => {
  const o = await keyedOrg();
  const own = [
    { key: o.ci.apiKey.id, label: 'ci', credits: '3', count: 2 },
    { key: o.laptop.apiKey.id, label: 'laptop', credits: '0.5', count: 1 },
    { key: 'none', label: 'No API key (signed-in session)', credits: '0.25', count: 1 },
  ];
  expect(await byApiKey(o.member.token)).toEqual(own);
  expect(await byApiKey(o.ci.secret)).toEqual(own);
  expect(await byApiKey(o.guest.token)).toEqual([]);
});

test('a revoked key is still reported by its name; partial hours at both edges are exact', async () => {
  const o = await keyedOrg();
  await t.ok(REVOKE_KEY, { id: o.ci.apiKey.id }, o.member.token);
  expect((await byApiKey(o.owner.token)).find((b) => b.key === o.ci.apiKey.id)).toEqual({
    key: o.ci.apiKey.id,
    label: 'ci',
    credits: '3',
    count: 2,
  });
  // a range starting and ending inside hours: hourly rollups plus two partial hours of records
  const now = Date.now();
  const around = { from: new Date(now - 2.5 * HOUR).toISOString(), to: new Date(now + 1.5 * HOUR).toISOString() };
  expect(await byApiKey(o.owner.token, around)).toEqual(await byApiKey(o.owner.token));
  const before = { from: new Date(now - 5 * HOUR).toISOString(), to: new Date(now - 2 * HOUR).toISOString() };
  expect(await byApiKey(o.owner.token, before)).toEqual([]);
  expect((await reconcile(t.ds, o.owner.organizationId)).problems).toEqual([]);
});

test('the CSV names the key and its prefix', async () => {
  const o = await keyedOrg();
  const res = await fetch(`${t.url}/api/usage.csv`, { headers: { authorization: `Bearer ${o.owner.token}` } });
  const lines = (await res.text()).trim().split('\r\n');
  const header = lines[0].split(',');
  expect(header).toEqual(expect.arrayContaining(['api_key_id', 'api_key_name', 'api_key_prefix']));
  const rows = lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [header[i], v])));
  expect(rows.map((r) => [r.api_key_name, r.api_key_prefix, r.credits])).toEqual([
    ['ci', o.ci.apiKey.prefix, '1'],
    ['ci', o.ci.apiKey.prefix, '2'],
    ['laptop', o.laptop.apiKey.prefix, '0.5'],
    ['', '', '0.25'],
    ['ops', o.adminKey.apiKey.prefix, '4'],
    ['', '', '8'],
  ]);
});

test('the migration backfills the rollups from the records already there', async () => {
  const o = await keyedOrg();
  const totals = async () =>
    (
      await t.ds.query(
        `SELECT (SELECT count(DISTINCT (membership_id, api_key_id))::int FROM usage_by_api_key WHERE organization_id = $1) AS keys,
                (SELECT coalesce(sum(credits), 0)::text FROM usage_by_member WHERE organization_id = $1 AND NOT hourly) AS credits`,
        [o.owner.organizationId],
      )
    )[0];
  const before = { summary: await byApiKey(o.owner.token), rows: await totals() };
  expect(before.rows).toEqual({ keys: 5, credits: '15750000' }); // 3 keys, and 2 members' sessions (api_key_id NULL)
  // drop the rollups and create them again: up() reads usage_records only (the weekly grains,
  // which follow the daily rows by a trigger on them, go first and come back after)
  const migration = new UsageRollups1796500000000();
  const weeks = new UsageRollupWeeks1796810000000();
  const qr = t.ds.createQueryRunner();
  try {
    await weeks.down(qr);
    await migration.down(qr);
    await migration.up(qr);
    await weeks.up(qr);
  } finally {
    await qr.release();
  }
  expect(await totals()).toEqual(before.rows);
  expect(await byApiKey(o.owner.token)).toEqual(before.summary);
  for (const org of [o.owner.organizationId, o.other.organizationId]) expect((await reconcile(t.ds, org)).problems).toEqual([]);
});

test('reconcile catches a dashboard rollup that drifted from the records', async () => {
  const o = await keyedOrg();
  expect((await reconcile(t.ds, o.owner.organizationId)).ok).toBe(true);
  await t.ds.query(`UPDATE usage_by_api_key SET credits = credits + 1 WHERE organization_id = $1 AND api_key_id = $2 AND hourly`, [
    o.owner.organizationId,
    o.ci.apiKey.id,
  ]);
  const report = await reconcile(t.ds, o.owner.organizationId);
  expect(report.ok).toBe(false);
  expect(report.problems).toEqual(['1 usage_by_api_key rollup rows differ from the raw records']);
});
