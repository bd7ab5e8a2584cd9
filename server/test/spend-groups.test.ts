import { codeOf, startTestApp, TestApp } from './helpers/app';
import { callerOf, orgWithRoles, Session, signUp } from './helpers/fixtures';
import { BATCH, balanceOf, key, ledgerState, SPEND, topUp } from './helpers/ledger';
import { reconcile } from '../src/modules/usage/reconcile';
import { SpendService } from '../src/modules/credits/spend.service';
import { silentBillingNotifier } from '../src/modules/credits/billing.notifier';
import type { Caller } from '../src/common/auth/caller';
import { createDataSource } from '../src/db/data-source';
import { countStatements } from './helpers/statements';

/**
 * Spends written together (issue 11, S3): each organization's waiting spends as one statement,
 * several organizations' in one message (one round trip, one commit). What each spend gets
 * must be what it would get alone, whatever it was grouped with.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

async function apiKeyOf(s: Session): Promise<{ secret: string; id: string }> {
  const r = await t.ok(`mutation { createApiKey(name: "groups") { secret apiKey { id } } }`, {}, s.token);
  return { secret: r.createApiKey.secret, id: r.createApiKey.apiKey.id };
}

/** The spend service as the app runs it: the slow path as the app role (row-level security), the fast statement as the system role. */
const appSpends = () => new SpendService(t.appDs, () => silentBillingNotifier, {}, undefined, t.systemDs);

const spend = (credits: string, idempotencyKey = key('g')) => ({ i: { operation: 'chat.completion', credits, idempotencyKey } });

describe('spends of many organizations at once', () => {
  test('12 organizations, 10 parallel spends each over HTTP with API keys, funds for 7: exactly 7 each, every organization exact', async () => {
    const orgs = await Promise.all(Array.from({ length: 12 }, () => signUp(t)));
    for (const o of orgs) await topUp(t, o.token, '7');
    const keys = await Promise.all(orgs.map(apiKeyOf));
    const results = await Promise.all(orgs.flatMap((_, o) => Array.from({ length: 10 }, () => t.gql(SPEND, spend('1'), keys[o].secret))));
    for (let o = 0; o < orgs.length; o++) {
      const mine = results.slice(o * 10, o * 10 + 10);
      expect(mine.filter((r) => !r.errors)).toHaveLength(7);
      expect(mine.filter((r) => r.errors).map(codeOf)).toEqual(Array(3).fill('INSUFFICIENT_CREDITS'));
      expect(await ledgerState(t, orgs[o].organizationId)).toEqual({ entries: 8, records: 7, rolled: 7, ledger_sum: '0', balance: '0' });
      expect(await reconcile(t.ds, orgs[o].organizationId)).toMatchObject({ ok: true, usageRecords: 7 });
    }
  });

  test('8 organizations spending in the same turn: one statement writes them all, each exact', async () => {
    const spends = appSpends();
    const orgs = await Promise.all(Array.from({ length: 8 }, () => signUp(t)));
    for (const o of orgs) await topUp(t, o.token, '5');
    const { result, statements } = await countStatements(t, () =>
      Promise.all(
        orgs.map((o) => spends.recordUsage(callerOf(o, 'OWNER'), { operation: 'op', credits: 2_000_000n, idempotencyKey: key() })),
      ),
    );
    expect(statements).toBe(1);
    result.forEach((r, i) => expect(r).toMatchObject({ credits: 2_000_000n, organizationId: orgs[i].organizationId }));
    for (const o of orgs) {
      expect(await ledgerState(t, o.organizationId)).toEqual({
        entries: 2,
        records: 1,
        rolled: 1,
        ledger_sum: '3000000',
        balance: '3000000',
      });
      expect((await reconcile(t.ds, o.organizationId)).ok).toBe(true);
    }
  });

  test('grouped in one turn: a refusal, a replay and a conflict of some organizations leave the others charged', async () => {
    const spends = appSpends();
    const [a, b, c, d] = await Promise.all(Array.from({ length: 4 }, () => signUp(t)));
    for (const o of [a, b, c, d]) await topUp(t, o.token, '5');
    const earlier = key('earlier');
    const first = await spends.recordUsage(callerOf(c, 'OWNER'), { operation: 'op', credits: 1_000_000n, idempotencyKey: earlier });
    // all four in the same turn of the event loop: one message
    const [ok, poor, replay, elsewhere] = await Promise.allSettled([
      spends.recordUsage(callerOf(a, 'OWNER'), { operation: 'op', credits: 2_000_000n, idempotencyKey: key() }),
      spends.recordUsage(callerOf(b, 'OWNER'), { operation: 'op', credits: 6_000_000n, idempotencyKey: key() }),
      spends.recordUsage(callerOf(c, 'OWNER'), { operation: 'op', credits: 1_000_000n, idempotencyKey: earlier }),
      spends.recordUsage(callerOf(d, 'OWNER'), { operation: 'op', credits: 1_000_000n, idempotencyKey: earlier }),
    ]);
    expect(ok).toMatchObject({ status: 'fulfilled', value: { credits: 2_000_000n } });
    expect(poor).toMatchObject({ status: 'rejected', reason: { extensions: { code: 'INSUFFICIENT_CREDITS' } } });
    // the same key in c is the retry of the first spend; in d (another organization) it is a new spend
    expect(replay).toMatchObject({ status: 'fulfilled', value: { id: first.id } });
    expect(elsewhere).toMatchObject({ status: 'fulfilled' });
    expect((elsewhere as PromiseFulfilledResult<{ id: string }>).value.id).not.toBe(first.id);
    expect(await balanceOf(t, a.token)).toBe('3');
    expect(await balanceOf(t, b.token)).toBe('5');
    expect(await balanceOf(t, c.token)).toBe('4');
    expect(await balanceOf(t, d.token)).toBe('4');
    for (const o of [a, b, c, d]) expect((await reconcile(t.ds, o.organizationId)).ok).toBe(true);
  });

  test('two "processes" race the same keys of one organization while grouping others: each key charged once, the others all charged', async () => {
    const one = appSpends();
    const two = appSpends();
    const orgs = await Promise.all(Array.from({ length: 4 }, () => signUp(t)));
    for (const o of orgs) await topUp(t, o.token, '100');
    const [hot, ...others] = orgs.map((o) => callerOf(o, 'OWNER'));
    const races = Array.from({ length: 15 }, () => key('race'));
    const results: number[] = [];
    for (const k of races) {
      const [x, y, ...rest] = await Promise.all([
        one.recordUsage(hot, { operation: 'op', credits: 1_000_000n, idempotencyKey: k }),
        two.recordUsage(hot, { operation: 'op', credits: 1_000_000n, idempotencyKey: k }),
        ...others.map((c) => one.recordUsage(c, { operation: 'op', credits: 1_000_000n, idempotencyKey: key() })),
      ]);
      expect(y.id).toBe(x.id);
      results.push(rest.length);
    }
    expect(results).toEqual(Array(15).fill(3));
    expect(await balanceOf(t, orgs[0].token)).toBe('85');
    for (const o of orgs.slice(1)) expect(await balanceOf(t, o.token)).toBe('85');
    for (const o of orgs) expect((await reconcile(t.ds, o.organizationId)).ok).toBe(true);
  });
});

describe('a batch that partly fails', () => {
  test('charged in the order sent up to the balance, the rest refused one by one; grouped with another organization it changes nothing there', async () => {
    const { owner, member } = await orgWithRoles(t);
    const other = await signUp(t);
    await topUp(t, owner.token, '60.5');
    await topUp(t, other.token, '10');
    const inputs = Array.from({ length: 100 }, (_, i) => ({
      operation: 'embed',
      credits: i === 50 ? '5' : i === 70 ? '0.5' : '1',
      idempotencyKey: key('p'),
    }));
    const [mine, theirs] = await Promise.all([t.ok(BATCH, { i: inputs }, member.token), t.ok(SPEND, spend('2'), other.token)]);
    const items = mine.recordUsageBatch.items;
    // 0..49 charged (10.5 left), 50 costs 5 (5.5 left), 51..55 charged (0.5 left), then only 70 (0.5) fits
    const charged = [...Array(56).keys(), 70];
    expect(items.filter((i) => i.ok).map((i) => i.index)).toEqual(charged);
    expect(new Set(items.filter((i) => !i.ok).map((i) => i.error?.code))).toEqual(new Set(['INSUFFICIENT_CREDITS']));
    expect(mine.recordUsageBatch).toMatchObject({ charged: 57, refused: 43 });
    expect(theirs.recordUsage.credits).toBe('2');
    expect(await balanceOf(t, owner.token)).toBe('0');
    expect(await balanceOf(t, other.token)).toBe('8');
    // the whole batch again: every charged record is a replay, the refused ones are refused again
    const again = await t.ok(BATCH, { i: inputs }, member.token);
    expect(again.recordUsageBatch).toMatchObject({ charged: 0, refused: 43 });
    const replayed = again.recordUsageBatch.items.filter((i) => i.ok);
    expect(replayed.every((i) => i.replayed)).toBe(true);
    expect(replayed.map((i) => i.record!.id)).toEqual(items.filter((i) => i.ok).map((i) => i.record!.id));
    expect(await ledgerState(t, owner.organizationId)).toMatchObject({ entries: 58, records: 57, rolled: 57, balance: '0' });
    for (const o of [owner, other]) expect((await reconcile(t.ds, o.organizationId)).ok).toBe(true);
  });
});

describe("another organization's credentials", () => {
  test("a member or API key of organization B never spends from organization A, alone or grouped with A's own spends", async () => {
    const a = await signUp(t);
    const b = await signUp(t);
    await topUp(t, a.token, '10');
    await topUp(t, b.token, '10');
    const bKey = await apiKeyOf(b);
    const spends = appSpends();
    const forged: Caller[] = [
      // B's member and key, claiming A
      { ...callerOf(b, 'OWNER'), organizationId: a.organizationId, apiKeyId: bKey.id },
      // A's member with B's key
      { ...callerOf(a, 'OWNER'), apiKeyId: bKey.id },
      // B's member alone, claiming A
      { ...callerOf(b, 'OWNER'), organizationId: a.organizationId },
    ];
    const before = { a: await ledgerState(t, a.organizationId), b: await ledgerState(t, b.organizationId) };
    for (const grouped of [false, true]) {
      const settled = await Promise.allSettled([
        ...forged.map((c) => spends.recordUsage(c, { operation: 'op', credits: 1_000_000n, idempotencyKey: key('forged') })),
        ...(grouped ? [spends.recordUsage(callerOf(a, 'OWNER'), { operation: 'op', credits: 1_000_000n, idempotencyKey: key() })] : []),
      ]);
      expect(settled.slice(0, 3).map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected']);
      expect(settled.slice(0, 3).map((s) => (s as PromiseRejectedResult).reason.extensions.code)).toEqual([
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
        'FORBIDDEN',
      ]);
      if (grouped) expect(settled[3].status).toBe('fulfilled');
    }
    // a batch of forged spends: each refused
    const batch = await spends.recordUsageBatch(
      forged[0],
      Array.from({ length: 3 }, () => ({ operation: 'op', credits: 1_000_000n, idempotencyKey: key() })),
    );
    expect(batch.map((o) => o.ok)).toEqual([false, false, false]);
    // only A's own spend (grouped round) was charged to A; nothing to B
    expect(await ledgerState(t, a.organizationId)).toMatchObject({ entries: before.a.entries + 1, records: 1, balance: '9000000' });
    expect(await ledgerState(t, b.organizationId)).toEqual(before.b);
    // over HTTP, B's key spends from B only
    await t.ok(SPEND, spend('1'), bKey.secret);
    expect(await balanceOf(t, a.token)).toBe('9');
    expect(await balanceOf(t, b.token)).toBe('9');
  });
});

describe('the prepared statement', () => {
  test('a connection that lost it (DEALLOCATE) prepares it again: the spend is charged once', async () => {
    const owner = await signUp(t);
    await topUp(t, owner.token, '3');
    const one = createDataSource({ url: (t.ds.options as { url: string }).url, poolSize: 1 });
    await one.initialize();
    try {
      const spends = new SpendService(one, () => silentBillingNotifier);
      const caller = callerOf(owner, 'OWNER');
      await spends.recordUsage(caller, { operation: 'op', credits: 1_000_000n, idempotencyKey: key() });
      await one.query('DEALLOCATE ALL');
      await spends.recordUsage(caller, { operation: 'op', credits: 1_000_000n, idempotencyKey: key() });
      expect(await ledgerState(t, owner.organizationId)).toMatchObject({ records: 2, rolled: 2, balance: '1000000' });
    } finally {
      await one.destroy();
    }
  });
});
