import { Client } from 'pg';
import { codeOf, type GqlResult, startTestApp, type TestApp } from './helpers/app';
import { graphql } from './gql';
import { orgWithRoles, type Session } from './helpers/fixtures';
import { BATCH, key, SPEND, topUp } from './helpers/ledger';
import { reconcile } from '../src/modules/usage/reconcile';
import { SpendService } from '../src/modules/credits/spend.service';
import { silentBillingNotifier } from '../src/modules/credits/billing.notifier';
import type { Caller } from '../src/common/auth/caller';

/**
 * Issue 9: the caller's membership status and API key are checked when the request's
 * context is built, and again under the balance row's lock. A spend that authenticated
 * before a removal, suspension, demotion or key revocation and reached the database after
 * it is refused and writes nothing.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const CREATE_KEY = graphql(`
  mutation AuthzSpendCreateApiKey($name: String!) {
    createApiKey(name: $name) {
      secret
      apiKey {
        id
      }
    }
  }
`);
const REMOVE = graphql(`
  mutation AuthzSpendRemoveMember($id: ID!) {
    removeMember(memberId: $id) {
      status
    }
  }
`);
const SUSPEND = graphql(`
  mutation AuthzSpendSuspendMember($id: ID!) {
    suspendMember(memberId: $id) {
      status
    }
  }
`);
const DEMOTE = graphql(`
  mutation AuthzSpendDemote($id: ID!) {
    updateMemberRole(input: { memberId: $id, role: GUEST }) {
      role
    }
  }
`);
const REVOKE = graphql(`
  mutation AuthzSpendRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      revokedAt
    }
  }
`);

const spendInput = (credits = '1') => ({ i: { operation: 'chat.completion', credits, idempotencyKey: key('u') } });

/** A separate connection holding the organization's balance row, as psql did in the report. */
async function holdBalanceRow(orgId: string) {
  const client = new Client({ connectionString: t.config.databaseUrl! });
  await client.connect();
  await client.query('BEGIN');
  await client.query(`SELECT 1 FROM credit_balances WHERE organization_id = $1 FOR UPDATE`, [orgId]);
  return {
    async release() {
      await client.query('COMMIT');
      await client.end();
    },
  };
}

/** Waits until `n` backends of this database wait on a lock (the spends are queued behind the row). */
async function blockedOnLock(n: number) {
  for (let i = 0; i < 200; i++) {
    const [{ waiting }] = await t.ds.query(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (waiting >= n) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`fewer than ${n} backends waiting on a lock`);
}

/** USAGE entries and usage records written for a member (by any key). */
async function writtenFor(memberId: string) {
  const [row] = await t.ds.query(
    `SELECT (SELECT count(*)::int FROM credit_transactions WHERE membership_id = $1 AND kind = 'USAGE') AS entries,
            (SELECT count(*)::int FROM usage_records WHERE membership_id = $1) AS records`,
    [memberId],
  );
  return row as { entries: number; records: number };
}

async function keyOf(s: Session) {
  return (await t.ok(CREATE_KEY, { name: 'bot' }, s.token)).createApiKey;
}

/** Fires `n` spends with `token`, waits until the first reaches the held row and the rest are past authentication. */
async function spendsBehindTheLock(token: string, n: number) {
  const pending = Array.from({ length: n }, () => t.gql(SPEND, spendInput(), token));
  await blockedOnLock(1);
  // the others passed authentication and wait in the organization's queue (coalesced) or on the row
  await new Promise((r) => setTimeout(r, 300));
  return pending;
}

const codes = (rs: GqlResult[]) => rs.map(codeOf);

describe('a spend that authenticated before the change and commits after it is refused', () => {
  test('member removed while 5 spends with their API key wait on the balance row: all refused FORBIDDEN, nothing written', async () => {
    const { owner, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '100');
    const k = await keyOf(member);
    const held = await holdBalanceRow(owner.organizationId);
    let pending: Promise<GqlResult>[];
    try {
      pending = await spendsBehindTheLock(k.secret, 5);
      await t.ok(REMOVE, { id: member.memberId }, owner.token);
    } finally {
      await held.release();
    }
    const results = await Promise.all(pending);
    expect(codes(results)).toEqual(Array(5).fill('FORBIDDEN'));
    expect(results[0].errors![0].message).toMatch(/no longer an active member/);
    expect(await writtenFor(member.memberId)).toEqual({ entries: 0, records: 0 });
    expect((await reconcile(t.ds, owner.organizationId)).ok).toBe(true);
  });

  test('API key revoked while 5 spends with it wait: all refused UNAUTHENTICATED, nothing written; another key of the member still spends', async () => {
    const { owner, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '100');
    const leaked = await keyOf(member);
    const other = await keyOf(member);
    const held = await holdBalanceRow(owner.organizationId);
    let pending: Promise<GqlResult>[];
    try {
      pending = await spendsBehindTheLock(leaked.secret, 5);
      await t.ok(REVOKE, { id: leaked.apiKey.id }, owner.token);
    } finally {
      await held.release();
    }
    const results = await Promise.all(pending);
    expect(codes(results)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(results[0].errors![0].message).toMatch(/API key was revoked/);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM usage_records WHERE api_key_id = $1`, [leaked.apiKey.id]);
    expect(n).toBe(0);
    expect(await writtenFor(member.memberId)).toEqual({ entries: 0, records: 0 });
    expect((await t.gql(SPEND, spendInput(), other.secret)).errors).toBeUndefined();
    expect(await writtenFor(member.memberId)).toEqual({ entries: 1, records: 1 });
  });

  test('member demoted to GUEST while their spends wait: refused FORBIDDEN (the role is re-read too)', async () => {
    const { owner, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '100');
    const held = await holdBalanceRow(owner.organizationId);
    let pending: Promise<GqlResult>[];
    try {
      pending = await spendsBehindTheLock(member.token, 3);
      await t.ok(DEMOTE, { id: member.memberId }, owner.token);
    } finally {
      await held.release();
    }
    expect(codes(await Promise.all(pending))).toEqual(Array(3).fill('FORBIDDEN'));
    expect(await writtenFor(member.memberId)).toEqual({ entries: 0, records: 0 });
  });

  test('the grouped path decides per item: a removed member is refused, an active one in the same chunk is charged', async () => {
    const { owner, admin, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '100');
    const mk = await keyOf(member);
    const ak = await keyOf(admin);
    const held = await holdBalanceRow(owner.organizationId);
    let pending: Promise<GqlResult>[];
    try {
      const first = t.gql(SPEND, spendInput(), ak.secret);
      await blockedOnLock(1);
      // these queue behind the first and are written together as one chunk
      const rest = [mk, ak, mk, ak].map((k) => t.gql(SPEND, spendInput(), k.secret));
      await new Promise((r) => setTimeout(r, 300));
      pending = [first, ...rest];
      await t.ok(SUSPEND, { id: member.memberId }, owner.token);
    } finally {
      await held.release();
    }
    expect(codes(await Promise.all(pending))).toEqual([undefined, 'FORBIDDEN', undefined, 'FORBIDDEN', undefined]);
    expect(await writtenFor(member.memberId)).toEqual({ entries: 0, records: 0 });
    expect(await writtenFor(admin.memberId)).toEqual({ entries: 3, records: 3 });
    expect((await reconcile(t.ds, owner.organizationId)).ok).toBe(true);
  });

  test('recordUsageBatch waiting on the row when its key is revoked: every item refused UNAUTHENTICATED, nothing charged', async () => {
    const { owner, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '100');
    const k = await keyOf(member);
    const held = await holdBalanceRow(owner.organizationId);
    let pending: Promise<GqlResult>;
    try {
      pending = t.gql(BATCH, { i: Array.from({ length: 4 }, () => spendInput().i) }, k.secret);
      await blockedOnLock(1);
      await t.ok(REVOKE, { id: k.apiKey.id }, member.token);
    } finally {
      await held.release();
    }
    const res = await pending;
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordUsageBatch).toMatchObject({ charged: 0, refused: 4 });
    expect(res.data!.recordUsageBatch.items.map((i: { error: { code: string } | null }) => i.error?.code)).toEqual(
      Array(4).fill('UNAUTHENTICATED'),
    );
    expect(await writtenFor(member.memberId)).toEqual({ entries: 0, records: 0 });
  });

  test('uncoalesced: 5 single-statement spends each waiting on the row, member removed: all refused, nothing written', async () => {
    const { owner, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '100');
    const k = await keyOf(member);
    const [{ id: apiKeyId }] = await t.ds.query(`SELECT id FROM api_keys WHERE membership_id = $1`, [member.memberId]);
    expect(apiKeyId).toBe(k.apiKey.id);
    const caller: Caller = {
      userId: member.userId,
      membershipId: member.memberId,
      organizationId: member.organizationId,
      role: 'MEMBER',
      mustChangePassword: false,
      sessionId: null,
      apiKeyId,
    };
    // every call runs its own fast statement: five backends wait on the row
    const direct = new SpendService(t.ds, () => silentBillingNotifier, { coalesce: false });
    const held = await holdBalanceRow(owner.organizationId);
    let pending: Promise<string>[];
    try {
      pending = Array.from({ length: 5 }, () =>
        direct.recordUsage(caller, { operation: 'op', credits: 1_000_000n, idempotencyKey: key() }).then(
          () => 'charged',
          (e) => e.extensions?.code ?? String(e),
        ),
      );
      await blockedOnLock(5);
      await t.ok(REMOVE, { id: member.memberId }, owner.token);
    } finally {
      await held.release();
    }
    expect(await Promise.all(pending)).toEqual(Array(5).fill('FORBIDDEN'));
    expect(await writtenFor(member.memberId)).toEqual({ entries: 0, records: 0 });
    expect((await reconcile(t.ds, owner.organizationId)).ok).toBe(true);
  });

  test('control: with no change while they wait, the same 5 spends are all charged', async () => {
    const { owner, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '100');
    const k = await keyOf(member);
    const held = await holdBalanceRow(owner.organizationId);
    let pending: Promise<GqlResult>[];
    try {
      pending = await spendsBehindTheLock(k.secret, 5);
    } finally {
      await held.release();
    }
    expect(codes(await Promise.all(pending))).toEqual(Array(5).fill(undefined));
    expect(await writtenFor(member.memberId)).toEqual({ entries: 5, records: 5 });
  });
});

describe('the check is race-free: the change and the spend serialise on the member and key rows', () => {
  test('spends racing a removal: none is written after the removal has committed', async () => {
    const { owner, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '1000');
    const k = await keyOf(member);
    const spends = Array.from({ length: 60 }, () => t.gql(SPEND, spendInput(), k.secret));
    await new Promise((r) => setTimeout(r, 30));
    await t.ok(REMOVE, { id: member.memberId }, owner.token);
    const atRemoval = await writtenFor(member.memberId);
    const results = await Promise.all(spends);
    for (const r of results.filter((x) => x.errors)) expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(codeOf(r));
    const charged = results.filter((r) => !r.errors).length;
    // every charged spend had committed when the removal answered; none landed after it
    expect(await writtenFor(member.memberId)).toEqual(atRemoval);
    expect(atRemoval).toEqual({ entries: charged, records: charged });
    expect((await reconcile(t.ds, owner.organizationId)).ok).toBe(true);
  });
});
