import { createServices } from '../src/services';
import { OutboxBillingNotifier } from '../src/modules/mail/mail.notifier';
import { codeOf, invalid, startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { addSignedInMember, callerOf, orgWithRoles, signUp } from './helpers/fixtures';
import { BALANCE, balanceOf, key, ledgerState, recordingBillingNotifier, SPEND, TOP_UP, topUp } from './helpers/ledger';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const TXS = graphql(`
  query CreditsCreditTransactions($first: Int, $after: String, $kind: CreditTransactionKind) {
    creditTransactions(first: $first, after: $after, kind: $kind) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        amount
        balanceAfter
        note
        member {
          id
        }
      }
    }
  }
`);
const THRESHOLD = graphql(`
  mutation CreditsSetLowBalanceThreshold($v: Credits) {
    setLowBalanceThreshold(threshold: $v) {
      balance
      lowBalanceThreshold
      isLow
    }
  }
`);

describe('the Credits scalar and top-up amounts', () => {
  test.each([
    ['abc'],
    ['1e3'],
    ['NaN'],
    ['Infinity'],
    ['1.1234567'],
    ['9223372036854775807'],
    ['1000000000000'],
    ['-5'],
    ['0'],
    ['0.0000001'],
    [''],
    [' '],
    ['1,5'],
    ['0x10'],
  ])('amount %j is refused with BAD_USER_INPUT and nothing is written', async (amount) => {
    const owner = await signUp(t);
    const r = await t.gql(TOP_UP, { i: { amount, idempotencyKey: key() } }, owner.token);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(await ledgerState(t, owner.organizationId)).toMatchObject({ entries: 0, balance: null });
  });

  test('numbers (not strings) are refused too, inline or as variables: no floats anywhere near money', async () => {
    const owner = await signUp(t);
    expect(codeOf(await t.gql(TOP_UP, { i: { amount: invalid(1.5), idempotencyKey: key() } }, owner.token))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await t.gql(
          graphql(`
            mutation CreditsAddCredits {
              addCredits(input: { amount: 2, idempotencyKey: "x" }) {
                id
              }
            }
          `),
          {},
          owner.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await t.gql(
          graphql(`
            mutation CreditsAddCredits2 {
              addCredits(input: { amount: "abc", idempotencyKey: "x" }) {
                id
              }
            }
          `),
          {},
          owner.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await t.gql(
          graphql(`
            mutation CreditsAddCredits3 {
              addCredits(input: { amount: "1.0000001", idempotencyKey: "x" }) {
                id
              }
            }
          `),
          {},
          owner.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  test('exact decimals in and out: 0.000001, 12.5, 999999999999.999999', async () => {
    const owner = await signUp(t);
    for (const amount of ['0.000001', '12.5', '0.1', '0.2']) await topUp(t, owner.token, amount);
    expect(await balanceOf(t, owner.token)).toBe('12.800001');
    const other = await signUp(t);
    await topUp(t, other.token, '999999999999.999999');
    expect(await balanceOf(t, other.token)).toBe('999999999999.999999');
    // one more micro-credit would pass the largest balance: refused, nothing written
    const r = await t.gql(TOP_UP, { i: { amount: '0.000001', idempotencyKey: key() } }, other.token);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(await ledgerState(t, other.organizationId)).toMatchObject({ entries: 1, balance: '999999999999999999' });
  });
});

describe('addCredits', () => {
  test('OWNER and ADMIN add credits; MEMBER and GUEST are refused and nothing changes', async () => {
    const { owner, admin, member, guest } = await orgWithRoles(t);
    const a = await t.ok(TOP_UP, { i: { amount: '10', note: '  Invoice 42 ', idempotencyKey: key() } }, owner.token);
    expect(a.addCredits).toMatchObject({
      kind: 'TOP_UP',
      amount: '10',
      balanceAfter: '10',
      note: 'Invoice 42',
      member: { id: owner.memberId },
    });
    const b = await t.ok(TOP_UP, { i: { amount: '2.5', idempotencyKey: key() } }, admin.token);
    expect(b.addCredits).toMatchObject({ amount: '2.5', balanceAfter: '12.5', note: null, member: { id: admin.memberId } });
    for (const s of [member, guest]) {
      expect(codeOf(await t.gql(TOP_UP, { i: { amount: '1', idempotencyKey: key() } }, s.token))).toBe('FORBIDDEN');
    }
    expect(await ledgerState(t, owner.organizationId)).toMatchObject({ entries: 2, balance: '12500000', ledger_sum: '12500000' });
    const audit = await t.ok(
      graphql(`
        query CreditsAuditLog {
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
      owner.token,
    );
    const added = audit.auditLog.nodes.filter((n) => n.action === 'credits.added');
    expect(added).toHaveLength(2);
    expect(JSON.parse(added[1].data!)).toMatchObject({
      amount: '10',
      before: { balance: '0' },
      after: { balance: '10' },
      note: 'Invoice 42',
    });
    expect(added[1].targetId).toBe(a.addCredits.id);
  });

  test('no token: UNAUTHENTICATED', async () => {
    expect(codeOf(await t.gql(TOP_UP, { i: { amount: '1', idempotencyKey: key() } }))).toBe('UNAUTHENTICATED');
  });

  test('idempotent: the same key returns the original entry and adds once, even concurrently', async () => {
    const owner = await signUp(t);
    const k = key();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => t.gql(TOP_UP, { i: { amount: '5', idempotencyKey: k } }, owner.token)),
    );
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    expect(new Set(results.map((r) => r.data!.addCredits.id)).size).toBe(1);
    expect(await balanceOf(t, owner.token)).toBe('5');
    // the same key with another payload is another request: CONFLICT, nothing changes
    for (const i of [
      { amount: '6', idempotencyKey: k },
      { amount: '5', note: 'other', idempotencyKey: k },
    ]) {
      expect(codeOf(await t.gql(TOP_UP, { i }, owner.token))).toBe('CONFLICT');
    }
    expect(await ledgerState(t, owner.organizationId)).toMatchObject({ entries: 1, balance: '5000000' });
  });

  test('keys are per organization, and an idempotency key is required (1-200 characters)', async () => {
    const a = await signUp(t);
    const b = await signUp(t);
    await t.ok(TOP_UP, { i: { amount: '1', idempotencyKey: 'shared-key' } }, a.token);
    await t.ok(TOP_UP, { i: { amount: '2', idempotencyKey: 'shared-key' } }, b.token);
    expect(await balanceOf(t, b.token)).toBe('2');
    for (const idempotencyKey of ['', 'x'.repeat(201)]) {
      expect(codeOf(await t.gql(TOP_UP, { i: { amount: '1', idempotencyKey } }, a.token))).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(await t.gql(TOP_UP, { i: { amount: '1', idempotencyKey: 'x'.repeat(200) } }, a.token))).toBeUndefined();
    expect(codeOf(await t.gql(TOP_UP, { i: { amount: '1', note: 'n'.repeat(501), idempotencyKey: key() } }, a.token))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('creditBalance and the low-balance threshold', () => {
  test('every role sees the balance; an organization without credits has 0', async () => {
    const { owner, admin, member, guest } = await orgWithRoles(t);
    for (const s of [owner, admin, member, guest]) {
      expect((await t.ok(BALANCE, {}, s.token)).organization.creditBalance).toMatchObject({
        balance: '0',
        lowBalanceThreshold: null,
        isLow: false,
      });
    }
    await topUp(t, owner.token, '3');
    const viewer = await t.ok(
      graphql(`
        query CreditsViewer {
          viewer {
            organizations {
              id
              creditBalance {
                balance
              }
            }
          }
        }
      `),
      {},
      guest.token,
    );
    expect(viewer.viewer.organizations).toEqual([{ id: owner.organizationId, creditBalance: { balance: '3' } }]);
  });

  test('OWNER/ADMIN set and clear the threshold; isLow follows; MEMBER/GUEST refused; negative refused', async () => {
    const { owner, admin, member, guest } = await orgWithRoles(t);
    await topUp(t, owner.token, '10');
    expect((await t.ok(THRESHOLD, { v: '10' }, owner.token)).setLowBalanceThreshold).toEqual({
      balance: '10',
      lowBalanceThreshold: '10',
      isLow: false,
    });
    expect((await t.ok(THRESHOLD, { v: '10.5' }, admin.token)).setLowBalanceThreshold).toEqual({
      balance: '10',
      lowBalanceThreshold: '10.5',
      isLow: true,
    });
    expect((await t.ok(BALANCE, {}, guest.token)).organization.creditBalance.isLow).toBe(true);
    for (const s of [member, guest]) expect(codeOf(await t.gql(THRESHOLD, { v: '1' }, s.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(THRESHOLD, { v: '-1' }, owner.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(THRESHOLD, { v: '1e2' }, owner.token))).toBe('BAD_USER_INPUT');
    expect((await t.ok(THRESHOLD, { v: null }, owner.token)).setLowBalanceThreshold).toEqual({
      balance: '10',
      lowBalanceThreshold: null,
      isLow: false,
    });
    const audit = await t.ok(
      graphql(`
        query CreditsAuditLog2 {
          auditLog {
            nodes {
              action
              data
            }
          }
        }
      `),
      {},
      owner.token,
    );
    const changes = audit.auditLog.nodes.filter((n: any) => n.action === 'credits.threshold_changed').map((n: any) => JSON.parse(n.data));
    expect(changes).toEqual([
      { before: { lowBalanceThreshold: '10.5' }, after: { lowBalanceThreshold: null } },
      { before: { lowBalanceThreshold: '10' }, after: { lowBalanceThreshold: '10.5' } },
      { before: { lowBalanceThreshold: null }, after: { lowBalanceThreshold: '10' } },
    ]);
  });

  test('the low-balance alert is queued once per crossing, inside the spend transaction', async () => {
    const owner = await signUp(t);
    const { calls, notifier } = recordingBillingNotifier();
    const services = createServices(t.ds, t.config, { billingNotifier: notifier });
    const caller = callerOf(owner, 'OWNER');
    const spend = (credits: string) =>
      services.spend.recordUsage(caller, { operation: 'op', credits: BigInt(credits), idempotencyKey: key() });
    await services.credits.addCredits(caller, { amount: 10_000_000n, idempotencyKey: key() });
    await services.credits.setLowBalanceThreshold(caller, 5_000_000n);
    await spend('3000000'); // 10 -> 7
    expect(calls).toHaveLength(0);
    await spend('3000000'); // 7 -> 4: crossed
    await spend('1000000'); // 4 -> 3: already below
    expect(calls).toEqual([{ balance: 4_000_000n, threshold: 5_000_000n, inTransaction: true }]);
    await services.credits.addCredits(caller, { amount: 2_000_000n, idempotencyKey: key() }); // 5: at the threshold, not low
    const outcomes = await services.spend.recordUsageBatch(caller, [
      { operation: 'op', credits: 500_000n, idempotencyKey: key() },
      { operation: 'op', credits: 500_000n, idempotencyKey: key() },
    ]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual({ balance: 4_000_000n, threshold: 5_000_000n, inTransaction: true });
    expect((await services.credits.balance(owner.organizationId)).isLow).toBe(true);
  });
});

test('end to end: crossing the threshold over the API queues one email per owner/admin, once per crossing', async () => {
  const app = await startTestApp({ billingNotifier: new OutboxBillingNotifier('http://orgpulse.test') });
  try {
    const owner = await signUp(app);
    await addSignedInMember(app, owner, 'ADMIN');
    const member = await addSignedInMember(app, owner, 'MEMBER');
    const alerts = async () =>
      (
        await app.ds.query(`SELECT "to" FROM email_outbox WHERE organization_id = $1 AND kind = 'billing.low_balance'`, [
          owner.organizationId,
        ])
      ).length;
    await topUp(app, owner.token, '10');
    await app.ok(THRESHOLD, { v: '5' }, owner.token);
    const spend = (credits: string) => app.gql(SPEND, { i: { operation: 'op', credits, idempotencyKey: key() } }, member.token);
    await spend('4');
    expect(await alerts()).toBe(0);
    expect(codeOf(await spend('7'))).toBe('INSUFFICIENT_CREDITS'); // refused: no alert either
    expect(await alerts()).toBe(0);
    expect(codeOf(await spend('2'))).toBeUndefined(); // 6 -> 4: crossed
    expect(await alerts()).toBe(2);
    await Promise.all([spend('1'), spend('1'), spend('1')]); // still below: no new alert
    expect(await alerts()).toBe(2);
    await topUp(app, owner.token, '10'); // 11: above again
    await Promise.all(Array.from({ length: 8 }, () => spend('1'))); // 11 -> 3, crossing once on the way
    expect(await alerts()).toBe(4);
    expect((await app.ok(BALANCE, {}, member.token)).organization.creditBalance).toMatchObject({ balance: '3', isLow: true });
  } finally {
    await app.stop();
  }
});

describe('creditTransactions', () => {
  test('OWNER/ADMIN only; newest first with keyset pages; totalCount; kind filter', async () => {
    const { owner, admin, member, guest } = await orgWithRoles(t);
    for (const s of [member, guest]) expect(codeOf(await t.gql(TXS, {}, s.token))).toBe('FORBIDDEN');
    await topUp(t, owner.token, '100');
    for (let i = 1; i <= 6; i++) await t.ok(SPEND, { i: { operation: 'op', credits: `${i}`, idempotencyKey: key() } }, member.token);
    await topUp(t, admin.token, '0.5');
    const seen: any[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await t.ok(TXS, { first: 3, after }, admin.token)).creditTransactions;
      expect(page.totalCount).toBe(8);
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.map((n) => n.amount)).toEqual(['0.5', '-6', '-5', '-4', '-3', '-2', '-1', '100']);
    expect(seen.map((n) => n.balanceAfter)).toEqual(['79.5', '79', '85', '90', '94', '97', '99', '100']);
    expect(seen[1].member.id).toBe(member.memberId);
    const topUps = (await t.ok(TXS, { kind: 'TOP_UP' }, owner.token)).creditTransactions;
    expect(topUps.totalCount).toBe(2);
    expect(topUps.nodes.map((n) => n.amount)).toEqual(['0.5', '100']);
    expect((await t.ok(TXS, { kind: 'USAGE', first: 1 }, owner.token)).creditTransactions.totalCount).toBe(6);
    expect((await t.ok(TXS, { first: null }, owner.token)).creditTransactions.nodes).toHaveLength(8); // null: the default page
    expect(codeOf(await t.gql(TXS, { first: 0 }, owner.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(TXS, { after: 'garbage' }, owner.token))).toBe('BAD_USER_INPUT');
  });

  test("another organization's ledger is never visible", async () => {
    const a = await signUp(t);
    const b = await signUp(t);
    await topUp(t, a.token, '7');
    expect((await t.ok(TXS, {}, b.token)).creditTransactions).toMatchObject({ totalCount: 0, nodes: [] });
  });

  test('the ledger is append-only in the database itself', async () => {
    const owner = await signUp(t);
    await topUp(t, owner.token, '1');
    await expect(
      t.ds.query(`UPDATE credit_transactions SET amount = 1000000000 WHERE organization_id = $1`, [owner.organizationId]),
    ).rejects.toThrow(/append-only/);
    await expect(t.ds.query(`UPDATE credit_balances SET balance = -1 WHERE organization_id = $1`, [owner.organizationId])).rejects.toThrow(
      /check constraint/,
    );
  });
});
