import { createServices } from '../src/services';
import { OutboxBillingNotifier } from '../src/modules/mail/mail.notifier';
import { reconcile } from '../src/modules/usage/reconcile';
import { codeOf, invalid, startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { addSignedInMember, callerOf, orgWithRoles, Session, signUp } from './helpers/fixtures';
import { BALANCE, balanceOf, key, ledgerState, recordingBillingNotifier, SPEND, topUp } from './helpers/ledger';

/** adjustCredits: OWNER/ADMIN correct the balance up or down, with a reason, never below zero. */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const ADJUST = graphql(`
  mutation CreditAdjustmentsAdjustCredits($i: AdjustCreditsInput!) {
    adjustCredits(input: $i) {
      id
      kind
      amount
      balanceAfter
      note
      idempotencyKey
      member {
        id
      }
    }
  }
`);
const THRESHOLD = graphql(`
  mutation CreditAdjustmentsSetLowBalanceThreshold($v: Credits) {
    setLowBalanceThreshold(threshold: $v) {
      isLow
    }
  }
`);

const adjust = (app: TestApp, s: Session, amount: string, note = 'correction', idempotencyKey = key('adj')) =>
  app.gql(ADJUST, { i: { amount, note, idempotencyKey } }, s.token);

async function auditOf(s: Session, action: string) {
  const audit = await t.ok(
    graphql(`
      query CreditAdjustmentsAuditLog {
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
  );
  return audit.auditLog.nodes.filter((n) => n.action === action);
}

describe('adjustCredits', () => {
  test('OWNER corrects up, ADMIN corrects down: ADJUSTMENT entries with the note, audited with before/after', async () => {
    const { owner, admin } = await orgWithRoles(t);
    await topUp(t, owner.token, '10');
    const up = await adjust(t, owner, '5.25', '  Refund for outage #12 ');
    expect(up.errors).toBeUndefined();
    expect(up.data!.adjustCredits).toMatchObject({
      kind: 'ADJUSTMENT',
      amount: '5.25',
      balanceAfter: '15.25',
      note: 'Refund for outage #12',
      member: { id: owner.memberId },
    });
    const down = await adjust(t, admin, '-12.5', 'Duplicate top-up reversed');
    expect(down.data!.adjustCredits).toMatchObject({
      kind: 'ADJUSTMENT',
      amount: '-12.5',
      balanceAfter: '2.75',
      member: { id: admin.memberId },
    });
    expect(await balanceOf(t, owner.token)).toBe('2.75');
    expect(await ledgerState(t, owner.organizationId)).toMatchObject({ entries: 3, balance: '2750000', ledger_sum: '2750000' });

    const adjusted = await auditOf(owner, 'credits.adjusted');
    expect(adjusted).toHaveLength(2);
    expect(adjusted[0]).toMatchObject({ actor: { id: admin.memberId }, targetId: down.data!.adjustCredits.id });
    expect(JSON.parse(adjusted[0].data!)).toEqual({
      amount: '-12.5',
      before: { balance: '15.25' },
      after: { balance: '2.75' },
      note: 'Duplicate top-up reversed',
    });
    expect(JSON.parse(adjusted[1].data!)).toEqual({
      amount: '5.25',
      before: { balance: '10' },
      after: { balance: '15.25' },
      note: 'Refund for outage #12',
    });

    const listed = await t.ok(
      graphql(`
        query CreditAdjustmentsCreditTransactions {
          creditTransactions(kind: ADJUSTMENT) {
            totalCount
            nodes {
              amount
              note
            }
          }
        }
      `),
      {},
      owner.token,
    );
    expect(listed.creditTransactions).toEqual({
      totalCount: 2,
      nodes: [
        { amount: '-12.5', note: 'Duplicate top-up reversed' },
        { amount: '5.25', note: 'Refund for outage #12' },
      ],
    });
  });

  test('an organization that never had credits can be corrected up (the balance row is created)', async () => {
    const owner = await signUp(t);
    expect((await adjust(t, owner, '3', 'Goodwill credit')).data!.adjustCredits).toMatchObject({ amount: '3', balanceAfter: '3' });
    expect(await ledgerState(t, owner.organizationId)).toMatchObject({ entries: 1, balance: '3000000', ledger_sum: '3000000' });
  });

  test('a correction down may reach zero but never go below it: INSUFFICIENT_CREDITS and nothing written', async () => {
    const owner = await signUp(t);
    const empty = await adjust(t, owner, '-1');
    expect(codeOf(empty)).toBe('INSUFFICIENT_CREDITS');
    expect(await ledgerState(t, owner.organizationId)).toMatchObject({ entries: 0, balance: null });

    await topUp(t, owner.token, '3');
    const before = await ledgerState(t, owner.organizationId);
    const over = await adjust(t, owner, '-3.000001');
    expect(codeOf(over)).toBe('INSUFFICIENT_CREDITS');
    expect(over.errors![0].message).toMatch(/below zero.*3\.000001.*balance is 3\b/);
    expect(await ledgerState(t, owner.organizationId)).toEqual(before);
    expect(await auditOf(owner, 'credits.adjusted')).toHaveLength(0);

    expect((await adjust(t, owner, '-3')).data!.adjustCredits).toMatchObject({ amount: '-3', balanceAfter: '0' });
    expect(await ledgerState(t, owner.organizationId)).toMatchObject({ entries: 2, balance: '0', ledger_sum: '0' });
  });

  test('concurrent corrections down and spends never overdraw', async () => {
    const owner = await signUp(t);
    const member = await addSignedInMember(t, owner, 'MEMBER');
    await topUp(t, owner.token, '10');
    const results = await Promise.all([
      ...Array.from({ length: 6 }, () => adjust(t, owner, '-2')),
      ...Array.from({ length: 6 }, () => t.gql(SPEND, { i: { operation: 'op', credits: '1', idempotencyKey: key() } }, member.token)),
    ]);
    const codes = results.map(codeOf);
    expect(codes.every((c) => c === undefined || c === 'INSUFFICIENT_CREDITS')).toBe(true);
    const adjusted = results.slice(0, 6).filter((r) => !r.errors).length;
    const spent = results.slice(6).filter((r) => !r.errors).length;
    expect(2 * adjusted + spent).toBeLessThanOrEqual(10);
    const balance = BigInt(10 - 2 * adjusted - spent) * 1_000_000n;
    expect(await ledgerState(t, owner.organizationId)).toMatchObject({ balance: balance.toString(), ledger_sum: balance.toString() });
    expect(await reconcile(t.ds, owner.organizationId)).toMatchObject({ ok: true, problems: [] });
  });

  test('amount not 0, a note of 1-500 characters and an idempotency key are required; above the largest balance is refused', async () => {
    const owner = await signUp(t);
    await topUp(t, owner.token, '5');
    const refused = [
      { amount: '0', note: 'why', idempotencyKey: key() },
      { amount: '-0.000000', note: 'why', idempotencyKey: key() },
      { amount: '1', note: '', idempotencyKey: key() },
      { amount: '1', note: '   ', idempotencyKey: key() },
      { amount: '1', note: 'n'.repeat(501), idempotencyKey: key() },
      { amount: '1', idempotencyKey: key() },
      { amount: '1', note: 'why', idempotencyKey: '' },
      { amount: '1', note: 'why' },
      { amount: '-1.5e2', note: 'why', idempotencyKey: key() },
      { amount: '999999999999.999999', note: 'why', idempotencyKey: key() },
    ];
    // some lack a required field on purpose: the server, not the type, refuses them
    for (const i of refused) expect([i, codeOf(await t.gql(ADJUST, { i: invalid(i) }, owner.token))]).toEqual([i, 'BAD_USER_INPUT']);
    expect(await ledgerState(t, owner.organizationId)).toMatchObject({ entries: 1, balance: '5000000' });
    expect((await adjust(t, owner, '1', 'n'.repeat(500))).errors).toBeUndefined();
  });

  test('MEMBER and GUEST are FORBIDDEN and nothing changes; no token is UNAUTHENTICATED', async () => {
    const { owner, member, guest } = await orgWithRoles(t);
    await topUp(t, owner.token, '10');
    const before = await ledgerState(t, owner.organizationId);
    for (const s of [member, guest]) {
      expect(codeOf(await adjust(t, s, '5'))).toBe('FORBIDDEN');
      expect(codeOf(await adjust(t, s, '-5'))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(ADJUST, { i: { amount: '5', note: 'why', idempotencyKey: key() } }))).toBe('UNAUTHENTICATED');
    expect(await ledgerState(t, owner.organizationId)).toEqual(before);
    expect(await auditOf(owner, 'credits.adjusted')).toHaveLength(0);
  });

  test('idempotent: a retry returns the original entry and applies once, even concurrently; another payload is a CONFLICT', async () => {
    const owner = await signUp(t);
    await topUp(t, owner.token, '10');
    const k = key('adj');
    const results = await Promise.all(Array.from({ length: 12 }, () => adjust(t, owner, '-4', 'Chargeback', k)));
    expect(results.map((r) => r.errors)).toEqual(Array(12).fill(undefined));
    expect(new Set(results.map((r) => r.data!.adjustCredits.id)).size).toBe(1);
    expect(results[0].data!.adjustCredits).toMatchObject({ amount: '-4', balanceAfter: '6', idempotencyKey: k });
    expect(await balanceOf(t, owner.token)).toBe('6');

    for (const [amount, note] of [
      ['-5', 'Chargeback'],
      ['-4', 'Another reason'],
      ['4', 'Chargeback'],
    ]) {
      expect(codeOf(await adjust(t, owner, amount, note, k))).toBe('CONFLICT');
    }
    // the key space is shared with top-ups and spends: a top-up key is not an adjustment's
    const topUpKey = key('top');
    await t.ok(
      graphql(`
        mutation CreditAdjustmentsAddCredits($i: AddCreditsInput!) {
          addCredits(input: $i) {
            id
          }
        }
      `),
      { i: { amount: '4', note: 'Chargeback', idempotencyKey: topUpKey } },
      owner.token,
    );
    expect(codeOf(await adjust(t, owner, '4', 'Chargeback', topUpKey))).toBe('CONFLICT');
    expect(await ledgerState(t, owner.organizationId)).toMatchObject({ entries: 3, balance: '10000000' });
    expect(await auditOf(owner, 'credits.adjusted')).toHaveLength(1);
  });

  test('a refused correction claims no key: the same request succeeds once credits are there', async () => {
    const owner = await signUp(t);
    const k = key('adj');
    expect(codeOf(await adjust(t, owner, '-5', 'Reverse promo', k))).toBe('INSUFFICIENT_CREDITS');
    await topUp(t, owner.token, '8');
    const ok = await adjust(t, owner, '-5', 'Reverse promo', k);
    expect(ok.data!.adjustCredits).toMatchObject({ amount: '-5', balanceAfter: '3' });
    expect((await adjust(t, owner, '-5', 'Reverse promo', k)).data!.adjustCredits.id).toBe(ok.data!.adjustCredits.id);
  });

  test('top-ups, spends and corrections both ways keep the books reconciled', async () => {
    const { owner, admin, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '20');
    for (let i = 0; i < 4; i++) await t.ok(SPEND, { i: { operation: 'op', credits: '1.5', idempotencyKey: key() } }, member.token);
    expect((await adjust(t, admin, '-2.25', 'Partial refund to card')).errors).toBeUndefined();
    expect((await adjust(t, owner, '0.75', 'Rounding fix')).errors).toBeUndefined();
    await t.ok(SPEND, { i: { operation: 'op', credits: '3', idempotencyKey: key() } }, member.token);
    expect(await balanceOf(t, owner.token)).toBe('9.5');
    expect(await reconcile(t.ds, owner.organizationId)).toMatchObject({
      ok: true,
      balance: '9.5',
      ledgerSum: '9.5',
      usageRecords: 5,
      problems: [],
    });
  });
});

describe('adjustments and the low-balance alert', () => {
  test('a correction down that crosses the threshold notifies once, inside its transaction; refusals and replays do not', async () => {
    const owner = await signUp(t);
    const { calls, notifier } = recordingBillingNotifier();
    const services = createServices(t.ds, t.config, { billingNotifier: notifier });
    const caller = callerOf(owner, 'OWNER');
    const correct = (amount: bigint, idempotencyKey = key('adj')) =>
      services.credits.adjustCredits(caller, { amount, note: 'fix', idempotencyKey });
    await services.credits.addCredits(caller, { amount: 10_000_000n, idempotencyKey: key() });
    await services.credits.setLowBalanceThreshold(caller, 5_000_000n);
    await correct(-5_000_000n); // 10 -> 5: at the threshold, not below
    expect(calls).toHaveLength(0);
    const k = key('adj');
    await correct(-1_000_000n, k); // 5 -> 4: crossed
    await correct(-1_000_000n, k); // a replay: nothing new
    await correct(-1_000_000n); // 4 -> 3: already below
    await expect(correct(-4_000_000n)).rejects.toMatchObject({ extensions: { code: 'INSUFFICIENT_CREDITS' } });
    expect(calls).toEqual([{ balance: 4_000_000n, threshold: 5_000_000n, inTransaction: true }]);
    await correct(3_000_000n); // 6: above again; a correction up never alerts
    expect(calls).toHaveLength(1);
    await correct(-2_000_000n); // 6 -> 4: crossed again
    expect(calls).toEqual([
      { balance: 4_000_000n, threshold: 5_000_000n, inTransaction: true },
      { balance: 4_000_000n, threshold: 5_000_000n, inTransaction: true },
    ]);
  });

  test('end to end: crossing down over the API queues one email per owner/admin', async () => {
    const app = await startTestApp({ billingNotifier: new OutboxBillingNotifier('http://orgpulse.test') });
    try {
      const owner = await signUp(app);
      await addSignedInMember(app, owner, 'ADMIN');
      await addSignedInMember(app, owner, 'MEMBER');
      const alerts = async () =>
        (
          await app.ds.query(`SELECT 1 FROM email_outbox WHERE organization_id = $1 AND kind = 'billing.low_balance'`, [
            owner.organizationId,
          ])
        ).length;
      await topUp(app, owner.token, '10');
      await app.ok(THRESHOLD, { v: '5' }, owner.token);
      expect(codeOf(await adjust(app, owner, '-11'))).toBe('INSUFFICIENT_CREDITS');
      expect(await alerts()).toBe(0);
      expect(codeOf(await adjust(app, owner, '-6'))).toBeUndefined(); // 10 -> 4
      expect(await alerts()).toBe(2);
      expect(codeOf(await adjust(app, owner, '-1'))).toBeUndefined(); // still below
      expect(await alerts()).toBe(2);
      expect((await app.ok(BALANCE, {}, owner.token)).organization.creditBalance).toMatchObject({ balance: '3', isLow: true });
    } finally {
      await app.stop();
    }
  });
});
