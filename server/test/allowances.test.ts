import { codeOf, GqlResult, startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { callerOf, orgWithRoles, Session, signUp } from './helpers/fixtures';
import { BATCH, balanceOf, key, ledgerState, SPEND, topUp } from './helpers/ledger';
import { reconcile } from '../src/modules/usage/reconcile';
import { SpendService } from '../src/modules/credits/spend.service';
import { silentBillingNotifier } from '../src/modules/credits/billing.notifier';
import type { Caller } from '../src/common/auth/caller';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const SET = graphql(`
  mutation AllowancesSetMemberAllowance($m: ID!, $l: Credits) {
    setMemberAllowance(memberId: $m, monthlyLimit: $l) {
      id
      allowance {
        monthlyLimit
        usedThisMonth
        remaining
      }
    }
  }
`);
const MEMBERS = graphql(`
  query AllowancesMembers {
    members {
      nodes {
        id
        allowance {
          monthlyLimit
          usedThisMonth
          remaining
        }
      }
    }
  }
`);
const BATCH_WITH_REASONS = graphql(`
  mutation AllowancesSpendBatchWithReasons($i: [RecordUsageInput!]!) {
    recordUsageBatch(inputs: $i) {
      charged
      refused
      items {
        index
        ok
        replayed
        record {
          id
          credits
        }
        error {
          code
          reason
        }
      }
    }
  }
`);
const spendInput = (credits: string, extra: Record<string, unknown> = {}) => ({
  i: { operation: 'chat.completion', credits, idempotencyKey: key('u'), ...extra },
});
const setAllowance = (by: Session, memberId: string, limit: string | null) => t.gql(SET, { m: memberId, l: limit }, by.token);
const allowanceIn = async (viewer: Session) =>
  Object.fromEntries((await t.ok(MEMBERS, {}, viewer.token)).members.nodes.map((n) => [n.id, n.allowance]));
const dbAllowances = async (orgId: string) => {
  const rows = await t.ds.query(
    `SELECT m.id, m.monthly_allowance::text AS l FROM memberships m WHERE m.organization_id = $1 AND m.monthly_allowance IS NOT NULL ORDER BY m.id`,
    [orgId],
  );
  const [bal] = await t.ds.query(`SELECT allowance_member_ids::text[] AS ids FROM credit_balances WHERE organization_id = $1`, [orgId]);
  return { rows, routed: [...(bal?.ids ?? [])].sort() };
};
const auditOf = async (s: Session) =>
  (
    await t.ok(
      graphql(`
        query AllowancesAuditLog {
          auditLog {
            nodes {
              action
              actor {
                id
              }
              targetId
              data
            }
          }
        }
      `),
      {},
      s.token,
    )
  ).auditLog.nodes.filter((n) => n.action === 'member.allowance_changed');

describe('setMemberAllowance', () => {
  test('owner and admin set, change and clear allowances (the owner can have one too); audited with before/after', async () => {
    const { owner, admin, member } = await orgWithRoles(t);
    const set = await setAllowance(owner, member.memberId, '30');
    expect(set.errors).toBeUndefined();
    expect(set.data!.setMemberAllowance).toEqual({
      id: member.memberId,
      allowance: { monthlyLimit: '30', usedThisMonth: '0', remaining: '30' },
    });
    expect((await setAllowance(admin, member.memberId, '12.5')).data!.setMemberAllowance.allowance!.monthlyLimit).toBe('12.5');
    // the owner's allowance is the owner's to set (an admin is refused: test/authz-allowance.test.ts)
    expect((await setAllowance(owner, owner.memberId, '100')).data!.setMemberAllowance.allowance!.monthlyLimit).toBe('100');
    expect(await dbAllowances(owner.organizationId)).toEqual({
      rows: [
        { id: member.memberId, l: '12500000' },
        { id: owner.memberId, l: '100000000' },
      ].sort((a, b) => a.id.localeCompare(b.id)),
      routed: [member.memberId, owner.memberId].sort(),
    });
    const cleared = await setAllowance(owner, member.memberId, null);
    expect(cleared.data!.setMemberAllowance).toEqual({ id: member.memberId, allowance: null });
    // setting the same value again changes nothing and is not audited
    await setAllowance(owner, owner.memberId, '100');
    expect(await dbAllowances(owner.organizationId)).toEqual({ rows: [{ id: owner.memberId, l: '100000000' }], routed: [owner.memberId] });

    const audit = await auditOf(owner);
    expect(audit).toHaveLength(4);
    expect(audit.map((a: any) => [a.actor.id, a.targetId, JSON.parse(a.data)])).toEqual([
      [owner.memberId, member.memberId, { before: { monthlyLimit: '12.5' }, after: { monthlyLimit: null } }],
      [owner.memberId, owner.memberId, { before: { monthlyLimit: null }, after: { monthlyLimit: '100' } }],
      [admin.memberId, member.memberId, { before: { monthlyLimit: '30' }, after: { monthlyLimit: '12.5' } }],
      [owner.memberId, member.memberId, { before: { monthlyLimit: null }, after: { monthlyLimit: '30' } }],
    ]);
    // reconcile() proves the routing set matches the allowances
    expect((await reconcile(t.ds, owner.organizationId)).ok).toBe(true);
    await t.ds.query(`UPDATE credit_balances SET allowance_member_ids = '{}' WHERE organization_id = $1`, [owner.organizationId]);
    expect((await reconcile(t.ds, owner.organizationId)).problems).toEqual([
      "1 members differ between their allowance and the balance row's allowance_member_ids",
    ]);
    await t.ds.query(`UPDATE credit_balances SET allowance_member_ids = ARRAY[$2::uuid] WHERE organization_id = $1`, [
      owner.organizationId,
      owner.memberId,
    ]);
  });

  test("MEMBER and GUEST are FORBIDDEN and nothing changes; bad limits are BAD_USER_INPUT; other organizations' ids are NOT_FOUND", async () => {
    const { owner, member, guest } = await orgWithRoles(t);
    await setAllowance(owner, guest.memberId, '5');
    const before = await dbAllowances(owner.organizationId);
    for (const s of [member, guest]) {
      expect(codeOf(await setAllowance(s, s.memberId, '1000'))).toBe('FORBIDDEN');
      expect(codeOf(await setAllowance(s, guest.memberId, null))).toBe('FORBIDDEN');
    }
    for (const bad of ['0', '-1']) expect(codeOf(await setAllowance(owner, member.memberId, bad))).toBe('BAD_USER_INPUT');
    const other = await signUp(t);
    expect(codeOf(await setAllowance(other, member.memberId, '5'))).toBe('NOT_FOUND');
    expect(codeOf(await setAllowance(other, owner.memberId, null))).toBe('NOT_FOUND');
    expect(codeOf(await setAllowance(owner, '00000000-0000-4000-8000-000000000000', '5'))).toBe('NOT_FOUND');
    expect(codeOf(await setAllowance(owner, 'not-an-id', '5'))).toBe('NOT_FOUND');
    expect(await dbAllowances(owner.organizationId)).toEqual(before);
    expect(await dbAllowances(other.organizationId)).toEqual({ rows: [], routed: [] });
    expect(await auditOf(owner)).toHaveLength(1);
  });

  test("visibility: OWNER/ADMIN see everyone's allowance; MEMBER/GUEST only their own", async () => {
    const { owner, admin, member, guest } = await orgWithRoles(t);
    await topUp(t, owner.token, '100');
    for (const s of [owner, admin, member, guest]) await setAllowance(owner, s.memberId, '10');
    await t.ok(SPEND, spendInput('2.5'), member.token);
    const mine = { monthlyLimit: '10', usedThisMonth: '2.5', remaining: '7.5' };
    const full = { monthlyLimit: '10', usedThisMonth: '0', remaining: '10' };
    for (const viewer of [owner, admin]) {
      expect(await allowanceIn(viewer)).toEqual({
        [owner.memberId]: full,
        [admin.memberId]: full,
        [member.memberId]: mine,
        [guest.memberId]: full,
      });
    }
    expect(await allowanceIn(member)).toEqual({
      [owner.memberId]: null,
      [admin.memberId]: null,
      [member.memberId]: mine,
      [guest.memberId]: null,
    });
    expect(await allowanceIn(guest)).toEqual({
      [owner.memberId]: null,
      [admin.memberId]: null,
      [member.memberId]: null,
      [guest.memberId]: full,
    });
    const one = await t.ok(
      graphql(`
        query AllowancesMember($id: ID!) {
          member(id: $id) {
            allowance {
              remaining
            }
          }
        }
      `),
      { id: owner.memberId },
      member.token,
    );
    expect(one.member!.allowance).toBeNull();
  });

  test('usedThisMonth counts only this UTC calendar month', async () => {
    const { owner, member } = await orgWithRoles(t);
    await setAllowance(owner, member.memberId, '10');
    // a rollup row of last month (written directly: only the allowance read is under test here)
    await t.ds.query(
      `INSERT INTO usage_daily (organization_id, day, membership_id, resource_id, operation, credits, count)
       VALUES ($1, (date_trunc('month', now() AT TIME ZONE 'UTC') - interval '1 day')::date, $2, '00000000-0000-0000-0000-000000000000', 'old', 9000000, 1)`,
      [owner.organizationId, member.memberId],
    );
    expect((await allowanceIn(owner))[member.memberId]).toEqual({ monthlyLimit: '10', usedThisMonth: '0', remaining: '10' });
  });
});

describe('spends within allowances', () => {
  test('a spend past the allowance is refused with reason MEMBER_ALLOWANCE and writes nothing; replays still answer', async () => {
    const { owner, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '1000');
    await setAllowance(owner, member.memberId, '10');
    const accepted = spendInput('7');
    const first = await t.ok(SPEND, accepted, member.token);
    const before = await ledgerState(t, owner.organizationId);
    const refused = await t.gql(SPEND, spendInput('3.5'), member.token);
    expect(codeOf(refused)).toBe('INSUFFICIENT_CREDITS');
    expect(refused.errors![0].extensions).toMatchObject({ reason: 'MEMBER_ALLOWANCE', remaining: '3' });
    expect(refused.errors![0].message).toMatch(/monthly allowance is used up.*3 remaining/);
    expect(await ledgerState(t, owner.organizationId)).toEqual(before);
    // exactly the rest fits
    await t.ok(SPEND, spendInput('3'), member.token);
    const nothingLeft = await t.gql(SPEND, spendInput('0.000001'), member.token);
    expect(nothingLeft.errors![0].extensions).toMatchObject({ code: 'INSUFFICIENT_CREDITS', reason: 'MEMBER_ALLOWANCE', remaining: '0' });
    // the accepted spend's retry still returns the original record, charging nothing
    const state = await ledgerState(t, owner.organizationId);
    const replay = await t.ok(SPEND, accepted, member.token);
    expect(replay.recordUsage).toEqual(first.recordUsage);
    expect(await ledgerState(t, owner.organizationId)).toEqual(state);
    // the owner (no allowance) spends on
    await t.ok(SPEND, spendInput('50'), owner.token);
    // a plain insufficient balance has no reason
    const broke = await t.gql(SPEND, spendInput('5000'), owner.token);
    expect(broke.errors![0].extensions).toEqual({ code: 'INSUFFICIENT_CREDITS' });
    // raising the limit lets the member spend again; removing it too
    await setAllowance(owner, member.memberId, '11');
    await t.ok(SPEND, spendInput('1'), member.token);
    expect(codeOf(await t.gql(SPEND, spendInput('1'), member.token))).toBe('INSUFFICIENT_CREDITS');
    await setAllowance(owner, member.memberId, null);
    await t.ok(SPEND, spendInput('100'), member.token);
    expect(await balanceOf(t, owner.token)).toBe('839');
    expect((await reconcile(t.ds, owner.organizationId)).ok).toBe(true);
  });

  test('100 concurrent spends of 1 against an allowance of 30: exactly 30 pass; a member without one is unaffected', async () => {
    const { owner, admin, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '100000');
    await setAllowance(owner, member.memberId, '30');
    const started = Date.now();
    const [limited, free] = await Promise.all([
      Promise.all(Array.from({ length: 100 }, () => t.gql(SPEND, spendInput('1'), member.token))),
      Promise.all(Array.from({ length: 100 }, () => t.gql(SPEND, spendInput('1'), admin.token))),
    ]);
    const elapsed = Date.now() - started;
    const ok = limited.filter((r) => !r.errors);
    const refused = limited.filter((r) => r.errors) as GqlResult[];
    expect(ok).toHaveLength(30);
    expect(refused).toHaveLength(70);
    expect(new Set(refused.map((r) => r.errors![0].extensions!.reason))).toEqual(new Set(['MEMBER_ALLOWANCE']));
    expect(free.filter((r) => r.errors)).toHaveLength(0);
    expect(await ledgerState(t, owner.organizationId)).toEqual({
      entries: 131,
      records: 130,
      rolled: 130,
      ledger_sum: '99870000000',
      balance: '99870000000',
    });
    expect((await allowanceIn(owner))[member.memberId]).toEqual({ monthlyLimit: '30', usedThisMonth: '30', remaining: '0' });
    expect((await reconcile(t.ds, owner.organizationId)).ok).toBe(true);
    console.log(`allowances: 200 concurrent HTTP spends (100 limited to 30, 100 free) in ${elapsed} ms`);
  });

  test('the SQL alone holds: 100 uncoalesced spends from two "processes" against an allowance of 30, exactly 30 pass', async () => {
    const { owner, admin, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '100000');
    await setAllowance(owner, member.memberId, '30');
    const direct = new SpendService(t.ds, () => silentBillingNotifier, { coalesce: false });
    const queued = new SpendService(t.ds, () => silentBillingNotifier);
    const spend = (s: Session, i: number) =>
      (i % 2 ? direct : queued).recordUsage(callerOf(s, 'MEMBER'), { operation: 'op', credits: 1_000_000n, idempotencyKey: key() });
    const [limited, free] = await Promise.all([
      Promise.allSettled(Array.from({ length: 100 }, (_, i) => spend(member, i))),
      Promise.allSettled(Array.from({ length: 100 }, (_, i) => spend(admin, i))),
    ]);
    expect(limited.filter((s) => s.status === 'fulfilled')).toHaveLength(30);
    const reasons = limited.filter((s): s is PromiseRejectedResult => s.status === 'rejected').map((s) => s.reason.extensions.reason);
    expect(reasons).toEqual(Array(70).fill('MEMBER_ALLOWANCE'));
    expect(free.filter((s) => s.status === 'rejected')).toHaveLength(0);
    const [{ used }] = await t.ds.query(
      `SELECT sum(credits)::text AS used FROM usage_records WHERE organization_id = $1 AND membership_id = $2`,
      [owner.organizationId, member.memberId],
    );
    expect(used).toBe('30000000');
    expect((await reconcile(t.ds, owner.organizationId)).ok).toBe(true);
  });

  test('a batch is decided item by item against the running allowance', async () => {
    const { owner, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '1000');
    await setAllowance(owner, member.memberId, '5');
    const items = ['2', '2', '2', '1', '0.5'].map((c) => spendInput(c).i);
    const res = await t.gql(BATCH_WITH_REASONS, { i: items }, member.token);
    expect(res.errors).toBeUndefined();
    const out = res.data!.recordUsageBatch;
    expect(out).toMatchObject({ charged: 3, refused: 2 });
    expect(out.items.map((i) => [i.ok, i.error?.reason ?? null])).toEqual([
      [true, null],
      [true, null],
      [false, 'MEMBER_ALLOWANCE'],
      [true, null],
      [false, 'MEMBER_ALLOWANCE'],
    ]);
    // replaying the whole batch charges nothing and answers the same
    const again = (await t.ok(BATCH, { i: items }, member.token)).recordUsageBatch;
    expect(again).toMatchObject({ charged: 0, refused: 2 });
    expect(again.items.filter((i) => i.replayed)).toHaveLength(3);
    expect(await balanceOf(t, owner.token)).toBe('995');
    expect((await reconcile(t.ds, owner.organizationId)).ok).toBe(true);
  });

  /**
   * Member spent 5 of 1000; then an allowance of 5 (already used up) is set the way
   * AllowanceService does, holding the balance row's lock, while `spend` starts (on a snapshot
   * without the allowance) and waits for the row. Returns what `spend` answered, decided after
   * the commit; nothing more was charged.
   */
  async function behindNewAllowance<T>(spend: (direct: SpendService, caller: Caller) => Promise<T>): Promise<T> {
    const { owner, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '1000');
    await t.ok(SPEND, spendInput('5'), member.token);
    const qr = t.ds.createQueryRunner();
    await qr.connect();
    let answer: T;
    try {
      await qr.query('BEGIN');
      await qr.query(`SELECT 1 FROM credit_balances WHERE organization_id = $1 FOR UPDATE`, [owner.organizationId]);
      await qr.query(`UPDATE memberships SET monthly_allowance = 5000000 WHERE id = $1`, [member.memberId]);
      await qr.query(`UPDATE credit_balances SET allowance_member_ids = allowance_member_ids || $2::uuid WHERE organization_id = $1`, [
        owner.organizationId,
        member.memberId,
      ]);
      const pending = spend(new SpendService(t.ds, () => silentBillingNotifier, { coalesce: false }), callerOf(member, 'MEMBER'));
      await new Promise((r) => setTimeout(r, 300));
      await qr.query('COMMIT');
      answer = await pending;
    } finally {
      await qr.release();
    }
    expect(await balanceOf(t, owner.token)).toBe('995');
    expect((await reconcile(t.ds, owner.organizationId)).ok).toBe(true);
    return answer;
  }

  test('a spend queued behind setting an allowance is decided by the new allowance (the flag is read from the locked row)', async () => {
    // the single-statement path: the flag on the locked row sends it to the slow path, which reads the allowance
    const answer = await behindNewAllowance((direct, caller) =>
      direct.recordUsage(caller, { operation: 'op', credits: 1_000_000n, idempotencyKey: key() }).then(
        () => 'charged',
        (e) => e.extensions?.reason,
      ),
    );
    expect(answer).toBe('MEMBER_ALLOWANCE');
  });

  test('a chunk queued behind setting an allowance reads it again once it holds the row (its first snapshot predates the lock)', async () => {
    // a batch goes through the chunk path: its lock-and-read statement starts on a snapshot without the allowance
    const outcomes = await behindNewAllowance((direct, caller) =>
      direct.recordUsageBatch(caller, [
        { operation: 'op', credits: 1_000_000n, idempotencyKey: key() },
        { operation: 'op', credits: 1_000_000n, idempotencyKey: key() },
      ]),
    );
    expect(outcomes.map((o) => (o.ok ? 'charged' : o.error.extensions.reason))).toEqual(['MEMBER_ALLOWANCE', 'MEMBER_ALLOWANCE']);
  });
});
