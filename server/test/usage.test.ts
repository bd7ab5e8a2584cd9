import { codeOf, invalid, startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import type { UsageGroupBy } from './gql/graphql';
import { orgWithRoles, signUp } from './helpers/fixtures';
import { key, SPEND, topUp } from './helpers/ledger';
import { usageExportModule } from '../src/modules/usage/usage-export';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ modules: [usageExportModule()] });
});
afterAll(async () => {
  await t.stop();
});

const RECORDS = graphql(`
  query UsageUsageRecords($from: DateTime, $to: DateTime, $memberId: ID, $resourceId: ID, $first: Int, $after: String) {
    usageRecords(from: $from, to: $to, memberId: $memberId, resourceId: $resourceId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        operation
        credits
        createdAt
        member {
          id
          name
        }
        resource {
          id
          name
        }
      }
    }
  }
`);
const SUMMARY = graphql(`
  query UsageUsageSummary($from: DateTime!, $to: DateTime!, $g: UsageGroupBy!) {
    usageSummary(from: $from, to: $to, groupBy: $g) {
      key
      label
      credits
      count
    }
  }
`);

const day = 86_400_000;
const RANGE = {
  from: new Date(Math.floor(Date.now() / day) * day - 7 * day).toISOString(),
  to: new Date(Math.floor(Date.now() / day) * day + 2 * day).toISOString(),
};

/** An organization where owner, admin and member spent (member also through an API key), and the guest did not. */
async function busyOrg() {
  const roles = await orgWithRoles(t);
  const { owner, admin, member } = roles;
  await topUp(t, owner.token, '100');
  const agent = (
    await t.ok(
      graphql(`
        mutation UsageCreateResource {
          createResource(input: { kind: AGENT, name: "Support bot" }) {
            id
          }
        }
      `),
      {},
      admin.token,
    )
  ).createResource.id;
  const inst = (
    await t.ok(
      graphql(`
        mutation UsageCreateResource2 {
          createResource(input: { kind: INSTANCE, name: "gpu-1" }) {
            id
          }
        }
      `),
      {},
      member.token,
    )
  ).createResource.id;
  const { createApiKey } = await t.ok(
    graphql(`
      mutation UsageCreateApiKey {
        createApiKey(name: "ci") {
          secret
        }
      }
    `),
    {},
    member.token,
  );
  const spend = (token: string, operation: string, credits: string, resourceId: string | null) =>
    t.ok(SPEND, { i: { operation, credits, resourceId, idempotencyKey: key() } }, token);
  await spend(owner.token, 'chat', '1', agent);
  await spend(owner.token, 'embed', '0.5', null);
  await spend(admin.token, 'chat', '2', agent);
  await spend(member.token, 'chat', '3', inst);
  await spend(member.token, 'embed', '0.25', null);
  await spend(createApiKey.secret, 'chat', '4', inst);
  return { ...roles, agent, inst, apiKey: createApiKey.secret };
}

const sortKeys = (rows: any[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));

describe('usageRecords', () => {
  test('OWNER and ADMIN see every record; MEMBER and GUEST only their own', async () => {
    const o = await busyOrg();
    for (const s of [o.owner, o.admin]) {
      const r = (await t.ok(RECORDS, {}, s.token)).usageRecords;
      expect(r.totalCount).toBe(6);
      expect(r.nodes.map((n) => n.credits)).toEqual(['4', '0.25', '3', '2', '0.5', '1']);
    }
    const mine = (await t.ok(RECORDS, {}, o.member.token)).usageRecords;
    expect(mine.totalCount).toBe(3);
    expect(new Set(mine.nodes.map((n) => n.member.id))).toEqual(new Set([o.member.memberId]));
    expect((await t.ok(RECORDS, {}, o.guest.token)).usageRecords).toMatchObject({ totalCount: 0, nodes: [] });
    // through the API key, the member still sees only their own
    expect((await t.ok(RECORDS, {}, o.apiKey)).usageRecords.totalCount).toBe(3);
    // asking for someone else's records explicitly is refused
    expect(codeOf(await t.gql(RECORDS, { memberId: o.owner.memberId }, o.member.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(RECORDS, { memberId: o.admin.memberId }, o.guest.token))).toBe('FORBIDDEN');
    expect((await t.ok(RECORDS, { memberId: o.member.memberId }, o.member.token)).usageRecords.totalCount).toBe(3);
  });

  test('filters by member, resource and time range; totals match', async () => {
    const o = await busyOrg();
    const byMember = (await t.ok(RECORDS, { memberId: o.admin.memberId }, o.owner.token)).usageRecords;
    expect(byMember.nodes.map((n: any) => [n.operation, n.credits, n.resource.name])).toEqual([['chat', '2', 'Support bot']]);
    const byResource = (await t.ok(RECORDS, { resourceId: o.inst }, o.admin.token)).usageRecords;
    expect(byResource).toMatchObject({ totalCount: 2 });
    expect(byResource.nodes.map((n) => n.credits)).toEqual(['4', '3']);
    const both = (await t.ok(RECORDS, { resourceId: o.agent, memberId: o.owner.memberId }, o.admin.token)).usageRecords;
    expect(both.totalCount).toBe(1);
    // a partial-day window in the past or future holds nothing; the window around now holds everything
    const now = Date.now();
    expect(
      (await t.ok(RECORDS, { from: new Date(now - 3_600_000).toISOString(), to: new Date(now + 3_600_000).toISOString() }, o.owner.token))
        .usageRecords.totalCount,
    ).toBe(6);
    expect((await t.ok(RECORDS, { to: new Date(now - 3_600_000).toISOString() }, o.owner.token)).usageRecords).toMatchObject({
      totalCount: 0,
      nodes: [],
    });
    expect((await t.ok(RECORDS, { from: new Date(now + 60_000).toISOString() }, o.owner.token)).usageRecords.totalCount).toBe(0);
    expect((await t.ok(RECORDS, RANGE, o.owner.token)).usageRecords.totalCount).toBe(6);
    expect(codeOf(await t.gql(RECORDS, { from: RANGE.to, to: RANGE.from }, o.owner.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(RECORDS, { from: 'yesterday' }, o.owner.token))).toBe('BAD_USER_INPUT');
  });

  test('keyset pages cover every record once, newest first', async () => {
    const o = await busyOrg();
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await t.ok(RECORDS, { first: 4, after }, o.owner.token)).usageRecords;
      seen.push(...page.nodes.map((n: any) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const all = (await t.ok(RECORDS, { first: 200 }, o.owner.token)).usageRecords.nodes.map((n) => n.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(6);
    expect(codeOf(await t.gql(RECORDS, { first: 201 }, o.owner.token))).toBe('BAD_USER_INPUT');
  });

  test('ids from another organization, or garbage, answer NOT_FOUND', async () => {
    const o = await busyOrg();
    const other = await signUp(t);
    const theirResource = (
      await t.ok(
        graphql(`
          mutation UsageCreateResource3 {
            createResource(input: { kind: AGENT, name: "x" }) {
              id
            }
          }
        `),
        {},
        other.token,
      )
    ).createResource.id;
    for (const vars of [
      { memberId: other.memberId },
      { resourceId: theirResource },
      { memberId: '' },
      { resourceId: 'garbage' },
      { memberId: '00000000-0000-0000-0000-000000000000' },
    ]) {
      expect([vars, codeOf(await t.gql(RECORDS, vars, o.owner.token))]).toEqual([vars, 'NOT_FOUND']);
    }
    // the other organization sees none of these records
    expect((await t.ok(RECORDS, {}, other.token)).usageRecords.totalCount).toBe(0);
    expect(await t.ok(SUMMARY, { ...RANGE, g: 'OPERATION' }, other.token)).toEqual({ usageSummary: [] });
  });
});

describe('usageSummary', () => {
  test('by member: OWNER/ADMIN get every member; MEMBER and GUEST only their own row', async () => {
    const o = await busyOrg();
    const all = (await t.ok(SUMMARY, { ...RANGE, g: 'MEMBER' }, o.admin.token)).usageSummary;
    expect(all).toEqual([
      { key: o.member.memberId, label: 'Max Member', credits: '7.25', count: 3 },
      { key: o.admin.memberId, label: 'Ada Admin', credits: '2', count: 1 },
      { key: o.owner.memberId, label: 'Olivia Owner', credits: '1.5', count: 2 },
    ]);
    expect((await t.ok(SUMMARY, { ...RANGE, g: 'MEMBER' }, o.owner.token)).usageSummary).toEqual(all);
    expect((await t.ok(SUMMARY, { ...RANGE, g: 'MEMBER' }, o.member.token)).usageSummary).toEqual([all[0]]);
    expect((await t.ok(SUMMARY, { ...RANGE, g: 'MEMBER' }, o.guest.token)).usageSummary).toEqual([]);
  });

  test('by resource, day and operation: organization totals for every role', async () => {
    const o = await busyOrg();
    const today = new Date().toISOString().slice(0, 10);
    const expected = {
      RESOURCE: [
        { key: o.inst, label: 'gpu-1', credits: '7', count: 2 },
        { key: o.agent, label: 'Support bot', credits: '3', count: 2 },
        { key: 'none', label: 'No resource', credits: '0.75', count: 2 },
      ],
      DAY: [{ key: today, label: today, credits: '10.75', count: 6 }],
      OPERATION: [
        { key: 'chat', label: 'chat', credits: '10', count: 4 },
        { key: 'embed', label: 'embed', credits: '0.75', count: 2 },
      ],
    };
    for (const [g, rows] of Object.entries(expected)) {
      for (const s of [o.owner, o.admin, o.member, o.guest]) {
        expect([g, (await t.ok(SUMMARY, { ...RANGE, g: g as UsageGroupBy }, s.token)).usageSummary]).toEqual([g, rows]);
      }
    }
    // the total used equals what the ledger spent
    const [{ spent }] = await t.ds.query(
      `SELECT (-sum(amount))::text AS spent FROM credit_transactions WHERE organization_id = $1 AND kind = 'USAGE'`,
      [o.owner.organizationId],
    );
    expect(spent).toBe('10750000');
    // a deleted resource keeps its name in the summary
    await t.ok(
      graphql(`
        mutation UsageDeleteResource($id: ID!) {
          deleteResource(id: $id)
        }
      `),
      { id: o.inst },
      o.member.token,
    );
    expect((await t.ok(SUMMARY, { ...RANGE, g: 'RESOURCE' }, o.guest.token)).usageSummary[0].label).toBe('gpu-1');
  });

  test('partial days are exact too (edges read from the records), and bad ranges are refused', async () => {
    const o = await busyOrg();
    const now = Date.now();
    const around = { from: new Date(now - 60_000).toISOString(), to: new Date(now + 60_000).toISOString() };
    expect(sortKeys((await t.ok(SUMMARY, { ...around, g: 'OPERATION' }, o.owner.token)).usageSummary)).toEqual([
      { key: 'chat', label: 'chat', credits: '10', count: 4 },
      { key: 'embed', label: 'embed', credits: '0.75', count: 2 },
    ]);
    const before = { from: new Date(now - 5 * day).toISOString(), to: new Date(now - 60_000).toISOString() };
    expect((await t.ok(SUMMARY, { ...before, g: 'DAY' }, o.owner.token)).usageSummary).toEqual([]);
    expect(codeOf(await t.gql(SUMMARY, { from: RANGE.to, to: RANGE.from, g: 'DAY' }, o.owner.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(SUMMARY, { ...RANGE, g: invalid('WEEK') }, o.owner.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(SUMMARY, { ...RANGE, g: 'DAY' }))).toBe('UNAUTHENTICATED');
  });
});

describe('CSV export', () => {
  const csv = async (token: string | null, query = '') => {
    const res = await fetch(`${t.url}/api/usage.csv${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      disposition: res.headers.get('content-disposition'),
      body: await res.text(),
    };
  };
  const lines = (body: string) => body.trim().split('\r\n');

  test('streams the records of a range with the same visibility as usageRecords', async () => {
    const o = await busyOrg();
    const q = `?from=${encodeURIComponent(RANGE.from)}&to=${encodeURIComponent(RANGE.to)}`;
    const owner = await csv(o.owner.token, q);
    expect(owner.status).toBe(200);
    expect(owner.type).toMatch(/^text\/csv/);
    expect(owner.disposition).toMatch(/attachment; filename="usage-.*\.csv"/);
    const rows = lines(owner.body);
    expect(rows[0]).toBe(
      'created_at,id,member_id,member_name,api_key_id,api_key_name,api_key_prefix,resource_id,resource_name,operation,credits',
    );
    expect(rows).toHaveLength(7);
    expect(rows.slice(1).map((l) => l.split(',').pop())).toEqual(['1', '0.5', '2', '3', '0.25', '4']);
    expect(rows[6]).toMatch(/,Max Member,[0-9a-f-]{36},ci,opk_[\w-]{8},[0-9a-f-]{36},gpu-1,chat,4$/);
    expect(lines((await csv(o.member.token, q)).body)).toHaveLength(4);
    expect(lines((await csv(o.apiKey)).body)).toHaveLength(4);
    expect(lines((await csv(o.guest.token, q)).body)).toHaveLength(1);
    expect(lines((await csv(o.admin.token, `${q}&memberId=${o.admin.memberId}`)).body)).toHaveLength(2);
  });

  test("refuses without a valid token, with a bad range or someone else's records", async () => {
    const o = await busyOrg();
    const other = await signUp(t);
    expect((await csv(null)).status).toBe(401);
    expect((await csv('not-a-token')).status).toBe(401);
    const bad = await csv(o.owner.token, '?from=yesterday');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await csv(o.owner.token, `?from=${RANGE.to}&to=${RANGE.from}`)).status).toBe(400);
    expect((await csv(o.member.token, `?memberId=${o.owner.memberId}`)).status).toBe(403);
    expect((await csv(o.owner.token, `?memberId=${other.memberId}`)).status).toBe(404);
    expect(lines((await csv(other.token)).body)).toHaveLength(1);
  });

  test('cells a spreadsheet would run as formulas are neutralised; commas and quotes are quoted', async () => {
    const owner = await signUp(t, { name: '=HYPERLINK("http://evil")' });
    await topUp(t, owner.token, '1');
    await t.ok(SPEND, { i: { operation: '@SUM(A1:A2),"x"', credits: '1', idempotencyKey: key() } }, owner.token);
    const body = (await csv(owner.token)).body;
    expect(lines(body)[1]).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(lines(body)[1]).toContain(`,"'@SUM(A1:A2),""x""",1`);
  });

  test('a large export arrives whole', async () => {
    const owner = await signUp(t);
    await topUp(t, owner.token, '10000');
    await t.ds.query(
      `WITH g AS (SELECT i, gen_random_uuid() AS tx FROM generate_series(1, 2500) i),
            ins AS (INSERT INTO credit_transactions (id, organization_id, kind, amount, balance_after, membership_id, created_at)
                    SELECT tx, $1, 'USAGE', -1000000, 0, $2, now() - (i || ' seconds')::interval FROM g RETURNING id, created_at)
       INSERT INTO usage_records (organization_id, membership_id, operation, credits, transaction_id, created_at)
       SELECT $1, $2, 'bulk', 1000000, id, created_at FROM ins`,
      [owner.organizationId, owner.memberId],
    );
    const rows = lines((await csv(owner.token)).body);
    expect(rows).toHaveLength(2501);
    expect(new Set(rows.slice(1).map((l) => l.split(',')[1])).size).toBe(2500);
  });
});
