import { codeOf, startTestApp, type TestApp } from './helpers/app';
import { graphql } from './gql';
import { addSignedInMember, orgWithRoles, type Session } from './helpers/fixtures';
import { key, SPEND, topUp } from './helpers/ledger';

/**
 * Issue 9: setMemberAllowance applies the member policy's rank rules on the locked rows:
 * never the owner (except the owner's own), never oneself, never above one's rank. An ADMIN
 * may set another ADMIN's allowance, as an ADMIN may change another ADMIN's role.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const SET = graphql(`
  mutation AuthzAllowanceSet($m: ID!, $l: Credits) {
    setMemberAllowance(memberId: $m, monthlyLimit: $l) {
      id
      allowance {
        monthlyLimit
      }
    }
  }
`);
const set = (by: Session, memberId: string, limit: string | null) => t.gql(SET, { m: memberId, l: limit }, by.token);
const limitOf = async (memberId: string) =>
  (await t.ds.query(`SELECT monthly_allowance::text AS l FROM memberships WHERE id = $1`, [memberId]))[0].l as string | null;
const routed = async (orgId: string) => [
  ...((await t.ds.query(`SELECT allowance_member_ids::text[] AS ids FROM credit_balances WHERE organization_id = $1`, [orgId]))[0]?.ids ??
    []),
];
const spend = (s: Session, credits = '1') => t.gql(SPEND, { i: { operation: 'chat', credits, idempotencyKey: key() } }, s.token);

test("ADMIN → OWNER is FORBIDDEN, changes nothing, and the owner's next spend is unaffected", async () => {
  const { owner, admin } = await orgWithRoles(t);
  await topUp(t, owner.token, '100');
  const res = await set(admin, owner.memberId, '0.000001');
  expect(codeOf(res)).toBe('FORBIDDEN');
  expect(res.errors![0].message).toMatch(/owner/i);
  expect(await limitOf(owner.memberId)).toBeNull();
  expect(await routed(owner.organizationId)).toEqual([]);
  expect((await spend(owner, '5')).errors).toBeUndefined();
  // removing the owner's limit is refused the same way
  await set(owner, owner.memberId, '50');
  expect(codeOf(await set(admin, owner.memberId, null))).toBe('FORBIDDEN');
  expect(await limitOf(owner.memberId)).toBe('50000000');
});

test('ADMIN → self is FORBIDDEN: an admin cannot lift (or set) their own limit', async () => {
  const { owner, admin } = await orgWithRoles(t);
  await topUp(t, owner.token, '100');
  await set(owner, admin.memberId, '2');
  for (const l of ['1000', null]) {
    const res = await set(admin, admin.memberId, l);
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.errors![0].message).toMatch(/your own/);
  }
  expect(await limitOf(admin.memberId)).toBe('2000000');
  // the limit still holds for their spends
  expect((await spend(admin, '2')).errors).toBeUndefined();
  expect((await spend(admin, '1')).errors![0].extensions).toMatchObject({ code: 'INSUFFICIENT_CREDITS', reason: 'MEMBER_ALLOWANCE' });
});

test('ADMIN → another ADMIN is allowed (as for role changes); ADMIN → MEMBER/GUEST allowed', async () => {
  const { owner, admin, member, guest } = await orgWithRoles(t);
  const admin2 = await addSignedInMember(t, owner, 'ADMIN', 'Second Admin');
  for (const target of [admin2, member, guest]) {
    const res = await set(admin, target.memberId, '7');
    expect(res.errors).toBeUndefined();
    expect(await limitOf(target.memberId)).toBe('7000000');
  }
});

test('OWNER → ADMIN ok, OWNER → self ok (the owner can cap their own spending)', async () => {
  const { owner, admin } = await orgWithRoles(t);
  expect((await set(owner, admin.memberId, '3')).data!.setMemberAllowance.allowance!.monthlyLimit).toBe('3');
  expect((await set(owner, owner.memberId, '9')).data!.setMemberAllowance.allowance!.monthlyLimit).toBe('9');
  expect((await set(owner, owner.memberId, null)).data!.setMemberAllowance.allowance).toBeNull();
});

test('the rule is checked on the locked rows: an admin demoted to MEMBER meanwhile is refused', async () => {
  const { owner, admin, member } = await orgWithRoles(t);
  await t.ok(
    graphql(`
      mutation AuthzAllowanceDemote($id: ID!) {
        updateMemberRole(input: { memberId: $id, role: MEMBER }) {
          role
        }
      }
    `),
    { id: admin.memberId },
    owner.token,
  );
  // refused whether the request's role or the locked actor row says MEMBER
  const res = await set(admin, member.memberId, '1');
  expect(codeOf(res)).toBe('FORBIDDEN');
  expect(await limitOf(member.memberId)).toBeNull();
});

test('a removed member cannot be given an allowance (CONFLICT), as for other member actions', async () => {
  const { owner, member } = await orgWithRoles(t);
  await t.ok(
    graphql(`
      mutation AuthzAllowanceRemove($id: ID!) {
        removeMember(memberId: $id) {
          status
        }
      }
    `),
    { id: member.memberId },
    owner.token,
  );
  expect(codeOf(await set(owner, member.memberId, '1'))).toBe('CONFLICT');
  expect(await limitOf(member.memberId)).toBeNull();
});
