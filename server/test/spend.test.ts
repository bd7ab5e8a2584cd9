import { codeOf, startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { addSignedInMember, callerOf, orgWithRoles, signUp } from './helpers/fixtures';
import { BATCH, balanceOf, key, ledgerState, SPEND, TOP_UP, topUp } from './helpers/ledger';
import { reconcile } from '../src/modules/usage/reconcile';
import { SpendService } from '../src/modules/credits/spend.service';
import { silentBillingNotifier } from '../src/modules/credits/billing.notifier';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const spendInput = (credits: string, extra: Record<string, unknown> = {}) => ({
  i: { operation: 'chat.completion', credits, idempotencyKey: key('u'), ...extra },
});

describe('concurrent spends', () => {
  test('200 concurrent spends against a balance covering 150: exactly 150 succeed, balance exactly 0', async () => {
    const { owner, admin, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '150');
    const spenders = [owner, admin, member];
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => t.gql(SPEND, spendInput('1'), spenders[i % 3].token)));
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(150);
    expect(refused).toHaveLength(50);
    expect(new Set(refused.map(codeOf))).toEqual(new Set(['INSUFFICIENT_CREDITS']));
    expect(await balanceOf(t, member.token)).toBe('0');
    expect(await ledgerState(t, owner.organizationId)).toEqual({ entries: 151, records: 150, rolled: 150, ledger_sum: '0', balance: '0' });
    // every balance_after is distinct: no two spends saw the same balance (no lost update)
    const [{ distinct }] = await t.ds.query(
      `SELECT count(DISTINCT balance_after)::int AS distinct FROM credit_transactions WHERE organization_id = $1 AND kind = 'USAGE'`,
      [owner.organizationId],
    );
    expect(distinct).toBe(150);
    expect(await reconcile(t.ds, owner.organizationId)).toMatchObject({ ok: true, balance: '0', ledgerSum: '0', usageRecords: 150 });
  });

  test('the SQL alone holds: 200 uncoalesced spends from two "processes" race on the row, exactly 150 pass', async () => {
    const { owner, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '150');
    // two services with their own queues behave like two server processes; one of them writes every spend on its own
    const direct = new SpendService(t.ds, () => silentBillingNotifier, { coalesce: false });
    const queued = new SpendService(t.ds, () => silentBillingNotifier);
    const caller = callerOf(member, 'MEMBER');
    const settled = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        (i % 2 ? direct : queued).recordUsage(caller, { operation: 'op', credits: 1_000_000n, idempotencyKey: key() }),
      ),
    );
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(150);
    const reasons = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected').map((s) => s.reason.extensions.code);
    expect(reasons).toEqual(Array(50).fill('INSUFFICIENT_CREDITS'));
    expect(await ledgerState(t, owner.organizationId)).toEqual({ entries: 151, records: 150, rolled: 150, ledger_sum: '0', balance: '0' });
    expect((await reconcile(t.ds, owner.organizationId)).ok).toBe(true);
  });

  test('repeated idempotency keys under concurrency charge once and return the same record', async () => {
    const { owner, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '100');
    const keys = Array.from({ length: 20 }, () => key('retry'));
    const results = await Promise.all(
      keys.flatMap((k) =>
        Array.from({ length: 8 }, () => t.gql(SPEND, { i: { operation: 'embed', credits: '0.25', idempotencyKey: k } }, member.token)),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const idsByKey = new Map<string, Set<string>>();
    results.forEach((r, i) => {
      const k = keys[Math.floor(i / 8)];
      idsByKey.set(k, (idsByKey.get(k) ?? new Set()).add(r.data!.recordUsage.id));
    });
    expect([...idsByKey.values()].map((s) => s.size)).toEqual(Array(20).fill(1));
    expect(await balanceOf(t, owner.token)).toBe('95');
    expect(await ledgerState(t, owner.organizationId)).toMatchObject({ entries: 21, records: 20, rolled: 20 });
    expect((await reconcile(t.ds, owner.organizationId)).ok).toBe(true);
  });

  test('concurrent batches and single spends never overdraw and stay reconciled', async () => {
    const { owner, admin, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '50');
    const batch = () => ({ i: Array.from({ length: 30 }, () => ({ operation: 'batch', credits: '1', idempotencyKey: key('b') })) });
    const [batches, singles] = await Promise.all([
      Promise.all(Array.from({ length: 3 }, () => t.gql(BATCH, batch(), admin.token))),
      Promise.all(Array.from({ length: 30 }, () => t.gql(SPEND, spendInput('1'), member.token))),
    ]);
    let charged = 0;
    for (const r of batches) charged += r.data!.recordUsageBatch.charged;
    charged += singles.filter((r) => !r.errors).length;
    expect(charged).toBe(50);
    expect(await balanceOf(t, owner.token)).toBe('0');
    expect((await reconcile(t.ds, owner.organizationId)).ok).toBe(true);
  });
});

describe('recordUsage', () => {
  test('ten spends of 0.1 from 1 leave exactly 0; the eleventh is refused and writes nothing', async () => {
    const owner = await signUp(t);
    await topUp(t, owner.token, '1');
    for (let i = 0; i < 10; i++) await t.ok(SPEND, spendInput('0.1'), owner.token);
    expect(await balanceOf(t, owner.token)).toBe('0');
    const before = await ledgerState(t, owner.organizationId);
    const r = await t.gql(SPEND, spendInput('0.1'), owner.token);
    expect(codeOf(r)).toBe('INSUFFICIENT_CREDITS');
    expect(r.errors![0].message).toMatch(/costs 0\.1 and the balance is 0/);
    expect(await ledgerState(t, owner.organizationId)).toEqual(before);
    const txs = await t.ok(
      graphql(`
        query SpendCreditTransactions {
          creditTransactions(first: 1) {
            nodes {
              kind
              amount
              balanceAfter
            }
          }
        }
      `),
      {},
      owner.token,
    );
    expect(txs.creditTransactions.nodes[0]).toEqual({ kind: 'USAGE', amount: '-0.1', balanceAfter: '0' });
  });

  test('OWNER, ADMIN and MEMBER spend; GUEST cannot, and nothing is written', async () => {
    const { owner, admin, member, guest } = await orgWithRoles(t);
    await topUp(t, owner.token, '10');
    for (const s of [owner, admin, member]) {
      const r = await t.ok(SPEND, spendInput('1'), s.token);
      expect(r.recordUsage).toMatchObject({ operation: 'chat.completion', credits: '1', member: { id: s.memberId }, resource: null });
    }
    const before = await ledgerState(t, owner.organizationId);
    expect(codeOf(await t.gql(SPEND, spendInput('1'), guest.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(BATCH, { i: [spendInput('1').i] }, guest.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(SPEND, spendInput('1')))).toBe('UNAUTHENTICATED');
    expect(await ledgerState(t, owner.organizationId)).toEqual(before);
  });

  test('the same key with another payload (amount, operation, resource, member) is a CONFLICT', async () => {
    const { owner, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '10');
    const { createResource } = await t.ok(
      graphql(`
        mutation SpendCreateResource {
          createResource(input: { kind: AGENT, name: "Agent" }) {
            id
          }
        }
      `),
      {},
      owner.token,
    );
    const k = key();
    const first = await t.ok(SPEND, { i: { operation: 'op', credits: '1', idempotencyKey: k } }, member.token);
    const before = await ledgerState(t, owner.organizationId);
    for (const [i, who] of [
      [{ operation: 'op', credits: '2', idempotencyKey: k }, member],
      [{ operation: 'other', credits: '1', idempotencyKey: k }, member],
      [{ operation: 'op', credits: '1', resourceId: createResource.id, idempotencyKey: k }, member],
      [{ operation: 'op', credits: '1', idempotencyKey: k }, owner],
    ] as const) {
      expect(codeOf(await t.gql(SPEND, { i }, who.token))).toBe('CONFLICT');
    }
    // a top-up's key is not a spend's key either
    const topUpKey = key();
    await t.ok(TOP_UP, { i: { amount: '1', idempotencyKey: topUpKey } }, owner.token);
    expect(codeOf(await t.gql(SPEND, { i: { operation: 'op', credits: '1', idempotencyKey: topUpKey } }, owner.token))).toBe('CONFLICT');
    expect(codeOf(await t.gql(TOP_UP, { i: { amount: '1', idempotencyKey: k } }, owner.token))).toBe('CONFLICT');
    const after = await ledgerState(t, owner.organizationId);
    expect(after.records).toBe(before.records);
    // the exact retry still answers the original, even once the balance could not pay for it again
    await t.ok(SPEND, { i: { operation: 'drain', credits: '10', idempotencyKey: key() } }, owner.token);
    expect(await balanceOf(t, owner.token)).toBe('0');
    const replay = await t.ok(SPEND, { i: { operation: 'op', credits: '1', idempotencyKey: k } }, member.token);
    expect(replay.recordUsage).toEqual(first.recordUsage);
  });

  test('validation: operation, credits, key, resource', async () => {
    const { owner } = await orgWithRoles(t);
    await topUp(t, owner.token, '10');
    const before = await ledgerState(t, owner.organizationId);
    const bad = [
      { operation: '', credits: '1' },
      { operation: '   ', credits: '1' },
      { operation: 'x'.repeat(101), credits: '1' },
      { operation: 'a\u0000b', credits: '1' },
      { operation: 'op', credits: '0' },
      { operation: 'op', credits: '-1' },
      { operation: 'op', credits: '0.0000001' },
      { operation: 'op', credits: '1e3' },
      { operation: 'op', credits: 'NaN' },
      { operation: 'op', credits: '1', idempotencyKey: '' },
      { operation: 'op', credits: '1', idempotencyKey: 'k'.repeat(201) },
    ];
    for (const i of bad)
      expect([i, codeOf(await t.gql(SPEND, { i: { idempotencyKey: key(), ...i } }, owner.token))]).toEqual([i, 'BAD_USER_INPUT']);
    for (const resourceId of ['', 'nope', '00000000-0000-0000-0000-000000000000']) {
      expect(codeOf(await t.gql(SPEND, spendInput('1', { resourceId }), owner.token))).toBe('NOT_FOUND');
    }
    expect(await ledgerState(t, owner.organizationId)).toEqual(before);
    const ok = await t.ok(SPEND, { i: { operation: 'x'.repeat(100), credits: '0.000001', idempotencyKey: 'k'.repeat(200) } }, owner.token);
    expect(ok.recordUsage.credits).toBe('0.000001');
  });

  test('a resource of another organization, or a deleted one, is NOT_FOUND and nothing is charged', async () => {
    const a = await signUp(t);
    const b = await signUp(t);
    await topUp(t, a.token, '10');
    const other = await t.ok(
      graphql(`
        mutation SpendCreateResource2 {
          createResource(input: { kind: INSTANCE, name: "Theirs" }) {
            id
          }
        }
      `),
      {},
      b.token,
    );
    const mine = await t.ok(
      graphql(`
        mutation SpendCreateResource3 {
          createResource(input: { kind: INSTANCE, name: "Mine" }) {
            id
          }
        }
      `),
      {},
      a.token,
    );
    const before = await ledgerState(t, a.organizationId);
    expect(codeOf(await t.gql(SPEND, spendInput('1', { resourceId: other.createResource.id }), a.token))).toBe('NOT_FOUND');
    await t.ok(
      graphql(`
        mutation SpendDeleteResource($id: ID!) {
          deleteResource(id: $id)
        }
      `),
      { id: mine.createResource.id },
      a.token,
    );
    expect(codeOf(await t.gql(SPEND, spendInput('1', { resourceId: mine.createResource.id }), a.token))).toBe('NOT_FOUND');
    expect(await ledgerState(t, a.organizationId)).toEqual(before);
  });
});

describe('recordUsageBatch', () => {
  test('each record is charged or refused in order; replays and duplicates are not charged twice', async () => {
    const { owner, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '5');
    const earlier = key();
    await t.ok(SPEND, { i: { operation: 'op', credits: '1', idempotencyKey: earlier } }, member.token);
    const dup = key();
    const r = await t.ok(
      BATCH,
      {
        i: [
          { operation: 'op', credits: '2', idempotencyKey: dup }, // 0 charged: 4 -> 2
          { operation: 'op', credits: '3', idempotencyKey: key() }, // 1 refused: only 2 left
          { operation: 'op', credits: '1', idempotencyKey: earlier }, // 2 replay of the earlier single spend
          { operation: 'op', credits: '2', idempotencyKey: dup }, // 3 duplicate of item 0: replay
          { operation: 'op', credits: '9', idempotencyKey: dup }, // 4 same key, other payload: CONFLICT
          { operation: '', credits: '1', idempotencyKey: key() }, // 5 invalid
          { operation: 'op', credits: '1.5', idempotencyKey: key() }, // 6 charged: 2 -> 0.5
          { operation: 'op', credits: '1', resourceId: '5b1c2d3e-0000-4000-8000-000000000000', idempotencyKey: key() }, // 7 unknown resource
        ],
      },
      member.token,
    );
    const items = r.recordUsageBatch.items;
    expect(items.map((i) => [i.index, i.ok, i.replayed, i.error?.code ?? null])).toEqual([
      [0, true, false, null],
      [1, false, false, 'INSUFFICIENT_CREDITS'],
      [2, true, true, null],
      [3, true, true, null],
      [4, false, false, 'CONFLICT'],
      [5, false, false, 'BAD_USER_INPUT'],
      [6, true, false, null],
      [7, false, false, 'NOT_FOUND'],
    ]);
    expect(items[3].record!.id).toBe(items[0].record!.id);
    expect(r.recordUsageBatch).toMatchObject({ charged: 2, refused: 4 });
    expect(await balanceOf(t, owner.token)).toBe('0.5');
    expect((await reconcile(t.ds, owner.organizationId)).ok).toBe(true);
  });

  test('up to 500 records per call, in one request', async () => {
    const owner = await signUp(t);
    await topUp(t, owner.token, '1000');
    const inputs = Array.from({ length: 500 }, (_, i) => ({ operation: `op${i % 7}`, credits: '0.5', idempotencyKey: key() }));
    const r = await t.ok(BATCH, { i: inputs }, owner.token);
    expect(r.recordUsageBatch).toMatchObject({ charged: 500, refused: 0 });
    const again = await t.ok(BATCH, { i: inputs }, owner.token);
    expect(again.recordUsageBatch).toMatchObject({ charged: 0, refused: 0 });
    expect(again.recordUsageBatch.items.every((i) => i.replayed)).toBe(true);
    expect(await balanceOf(t, owner.token)).toBe('750');
    expect(codeOf(await t.gql(BATCH, { i: [...inputs, inputs[0]] }, owner.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(BATCH, { i: [] }, owner.token))).toBe('BAD_USER_INPUT');
    const state = await ledgerState(t, owner.organizationId);
    expect(state).toMatchObject({ records: 500, rolled: 500, balance: '750000000', ledger_sum: '750000000' });
    // balances after each entry follow the order sent
    const rows = await t.ds.query(
      `SELECT ct.balance_after::text FROM usage_records ur JOIN credit_transactions ct ON ct.id = ur.transaction_id
        WHERE ur.organization_id = $1 ORDER BY ct.balance_after DESC`,
      [owner.organizationId],
    );
    expect(rows[0].balance_after).toBe('999500000');
    expect(rows[499].balance_after).toBe('750000000');
  });
});

describe('reconciliation', () => {
  test('detects a tampered balance and a tampered rollup', async () => {
    const owner = await signUp(t);
    const m = await addSignedInMember(t, owner, 'MEMBER');
    await topUp(t, owner.token, '3');
    await t.ok(SPEND, spendInput('1'), m.token);
    expect(await reconcile(t.ds, owner.organizationId)).toMatchObject({ ok: true, balance: '2', ledgerSum: '2', problems: [] });
    await t.ds.query(`UPDATE credit_balances SET balance = balance + 1 WHERE organization_id = $1`, [owner.organizationId]);
    await t.ds.query(`UPDATE usage_daily SET count = count + 1 WHERE organization_id = $1`, [owner.organizationId]);
    const report = await reconcile(t.ds, owner.organizationId);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      "balance 2.000001 differs from the ledger's sum 2",
      '1 daily rollup rows differ from the raw records',
    ]);
  });
});
