import { readFileSync } from 'node:fs';
import path from 'node:path';
import { print } from 'graphql';
import type { DocumentNode } from 'graphql';
import { startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { orgWithRoles, signUp } from './helpers/fixtures';
import { key, SPEND, topUp } from './helpers/ledger';
import { countStatements } from './helpers/statements';

/**
 * The SPA's dashboard (client/src/features/dashboard, the document codegen made for the
 * client) costs a fixed number of round trips, whatever the range and however much usage
 * there is: every read is one scoped statement in one round trip (common/tenant.ts, issue 11 S2).
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

function dashboardDocument(): DocumentNode {
  const file = readFileSync(path.join(__dirname, '../../client/src/gql/graphql.ts'), 'utf8');
  const m = /export const DashboardDocument = (\{.*?\}) as unknown as DocumentNode/.exec(file);
  if (!m) throw new Error('DashboardDocument not found in client/src/gql/graphql.ts (run the client codegen)');
  return JSON.parse(m[1]) as DocumentNode;
}

const DASHBOARD = print(dashboardDocument());
const DAY = 86_400_000;
const midnight = () => Math.floor(Date.now() / DAY) * DAY;
/** As the SPA asks (midnight to the midnight after today), and not aligned (to a minute). */
const RANGES = [7, 30, 180].flatMap((days) => [
  { from: new Date(midnight() + DAY - days * DAY).toISOString(), to: new Date(midnight() + DAY).toISOString() },
  { from: new Date(Date.now() - days * DAY - 17 * 60_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() },
]);

const SET_ALLOWANCE = graphql(`
  mutation DashboardStatementsSetAllowance($m: ID!, $l: Credits) {
    setMemberAllowance(memberId: $m, monthlyLimit: $l) {
      id
    }
  }
`);
const CREATE_RESOURCE = graphql(`
  mutation DashboardStatementsCreateResource($n: String!) {
    createResource(input: { kind: AGENT, name: $n }) {
      id
    }
  }
`);

/** The once-a-minute activity write of a session's first request (caller.ts, fire and forget) done before counting. */
async function settle(s: { token: string; memberId: string }) {
  await t.ok('{ __typename }', {}, s.token);
  for (let i = 0; i < 100; i++) {
    const [row] = await t.ds.query(`SELECT last_active_at FROM memberships WHERE id = $1`, [s.memberId]);
    if (row.last_active_at) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the activity write never landed');
}

async function dashboard(token: string, range: { from: string; to: string }) {
  const { result, statements } = await countStatements(t, () => t.ok(DASHBOARD, range, token));
  return { data: result, statements };
}

/**
 * Round trips of one dashboard: the session check; then one message of everything the
 * operation's fields ask first (the viewer's account, membership and organizations, the
 * organization, every usageSummary with the record count in one statement, the page of
 * records); then one of what those answers lead to (the balance, the viewer's spend this
 * month, the records' members and resources); then one of the last level (the runway, the
 * members' names). Scoped reads of one turn share a message (common/tenant.ts, scopedRead).
 */
const ROUND_TRIPS = 4;

test('the dashboard costs the same round trips for any range and any amount of usage', async () => {
  const { owner, admin, member } = await orgWithRoles(t);
  await topUp(t, owner.token, '1000');
  await t.ok(SET_ALLOWANCE, { m: owner.memberId, l: '500' }, owner.token);
  const resources: string[] = [];
  for (let i = 0; i < 3; i++) resources.push((await t.ok(CREATE_RESOURCE, { n: `agent-${i}` }, admin.token)).createResource.id);
  const spend = (token: string, credits: string, resourceId: string | null) =>
    t.ok(SPEND, { i: { operation: 'chat', credits, resourceId, idempotencyKey: key() } }, token);

  await spend(owner.token, '1', resources[0]);
  await settle(owner);
  const once = await dashboard(owner.token, RANGES[0]);
  expect(once.data.recent.totalCount).toBe(1);
  expect(once.data.viewer.member.allowance).toMatchObject({ usedThisMonth: '1' });

  // more usage, by more members, on more resources (and one with none)
  for (let i = 0; i < 12; i++) await spend([owner, admin, member][i % 3].token, '2', i % 4 === 3 ? null : resources[i % 3]);
  const counts: number[] = [];
  for (const range of RANGES) {
    const { data, statements } = await dashboard(owner.token, range);
    counts.push(statements);
    expect(data.recent.totalCount).toBe(13);
    expect(data.recent.nodes).toHaveLength(10);
    expect(data.byDay.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(13);
    expect(new Set(data.byMember.map((b: { key: string }) => b.key))).toEqual(new Set([owner.memberId, admin.memberId, member.memberId]));
    expect(data.recent.nodes.every((n: { member: { name: string } }) => n.member.name)).toBe(true);
    expect(data.organization.creditBalance.balance).toBe('975');
  }
  expect(counts).toEqual(RANGES.map(() => once.statements));
  expect(once.statements).toBe(ROUND_TRIPS);
});

test('an organization with no usage and no allowance costs the same, and sees none of another organization', async () => {
  const busy = await orgWithRoles(t);
  await topUp(t, busy.owner.token, '10');
  await t.ok(SPEND, { i: { operation: 'chat', credits: '1', resourceId: null, idempotencyKey: key() } }, busy.owner.token);
  const quiet = await signUp(t);
  await settle(quiet);
  const { data, statements } = await dashboard(quiet.token, RANGES[5]);
  expect(data.recent).toEqual({ nodes: [], totalCount: 0 });
  expect(data.byDay).toEqual([]);
  expect(data.viewer.member.allowance).toBeNull();
  expect(data.organization.creditBalance.balance).toBe('0');
  // no allowance and no records leave fewer statements, not fewer levels: the runway still follows the balance
  expect(statements).toBe(ROUND_TRIPS);
});
