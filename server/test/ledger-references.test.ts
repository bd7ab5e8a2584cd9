import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from './helpers/app';
import { Session, signUp } from './helpers/fixtures';

/**
 * What the ledger's entries may name (migration LedgerReferenceChecks1796900000000): each insert
 * statement's members and API keys are checked together instead of by row-level foreign keys:
 * each exists and is of the entry's own organization, locked FOR KEY SHARE as a foreign key locked
 * it. Deletes keep what NO ACTION did: a member or key named by the ledger cannot be deleted,
 * unless its organization goes with it.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

interface Org {
  session: Session;
  keyId: string;
}

async function org(): Promise<Org> {
  const session = await signUp(t);
  const keyId = await newKey(session);
  return { session, keyId };
}

async function newKey(session: Session): Promise<string> {
  const keyId = randomUUID();
  await t.ds.query(
    `INSERT INTO api_keys (id, organization_id, membership_id, name, prefix, secret_hash) VALUES ($1::uuid, $2, $3, 'k', $4, $1::text)`,
    [keyId, session.organizationId, session.memberId, `op_${keyId.slice(0, 8)}`],
  );
  return keyId;
}

/** A member of `a` named by nothing yet (a user and a membership added in SQL). */
async function spareMember(a: Org): Promise<string> {
  const userId = randomUUID();
  const memberId = randomUUID();
  await t.ds.query(`INSERT INTO users (id, name, email, password_hash) VALUES ($1, 'Spare', $2, 'x')`, [
    userId,
    `spare-${userId}@example.test`,
  ]);
  await t.ds.query(`INSERT INTO memberships (id, organization_id, user_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [
    memberId,
    a.session.organizationId,
    userId,
  ]);
  return memberId;
}

const ENTRY = `INSERT INTO credit_transactions (organization_id, kind, amount, balance_after, membership_id, api_key_id, idempotency_key)
               VALUES ($1, 'ADJUSTMENT', 5, 5, $2, $3, $4)`;

/** pg's error code of a statement, or null when it succeeded. */
const codeOf = (statement: Promise<unknown>): Promise<string | null> =>
  statement.then(
    () => null,
    (err: { code?: string }) => err.code ?? 'no code',
  );

/** An entry of `a`'s naming `member` and `key`; pg's error code, or null. */
const entry = (a: Org, member: string | null, key: string | null) =>
  codeOf(t.ds.query(ENTRY, [a.session.organizationId, member, key, randomUUID()]));

/**
 * `first` in a transaction left open, then `second` beside it: `second` must still be waiting
 * 300 ms later (for `first`'s row lock), and once `first` commits, its outcome is returned.
 */
async function waitsFor(first: string, firstParams: unknown[], second: () => Promise<string | null>): Promise<string | null> {
  const holder = t.ds.createQueryRunner();
  await holder.connect();
  try {
    await holder.startTransaction();
    await holder.query(first, firstParams);
    let settled = false;
    const outcome = second().finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 300));
    expect(settled).toBe(false);
    await holder.commitTransaction();
    return await outcome;
  } finally {
    await holder.release();
  }
}

test("an entry cannot name another organization's member or API key, nor one that does not exist", async () => {
  const [a, b] = [await org(), await org()];
  expect(await entry(a, a.session.memberId, a.keyId)).toBeNull();
  expect(await entry(a, null, null)).toBeNull();
  expect(await entry(a, b.session.memberId, null)).toBe('23503');
  expect(await entry(a, a.session.memberId, b.keyId)).toBe('23503');
  expect(await entry(a, randomUUID(), null)).toBe('23503');
  expect(await entry(a, a.session.memberId, randomUUID())).toBe('23503');
  // a statement of many entries is refused as a whole when one of them is wrong
  await expect(
    t.ds.query(
      `INSERT INTO credit_transactions (organization_id, kind, amount, balance_after, membership_id, idempotency_key)
       SELECT $1, 'ADJUSTMENT', 1, 1, m, gen_random_uuid()::text FROM unnest($2::uuid[]) AS m`,
      [a.session.organizationId, [a.session.memberId, b.session.memberId]],
    ),
  ).rejects.toMatchObject({ code: '23503' });
  const [n] = await t.ds.query(`SELECT count(*)::int AS n FROM credit_transactions WHERE organization_id = $1 AND kind = 'ADJUSTMENT'`, [
    a.session.organizationId,
  ]);
  expect(n.n).toBe(2);
});

test('a member or API key named by the ledger cannot be deleted; one named by nothing can; the organization takes them all', async () => {
  const a = await org();
  expect(await entry(a, a.session.memberId, a.keyId)).toBeNull();
  await expect(t.ds.query(`DELETE FROM api_keys WHERE id = $1`, [a.keyId])).rejects.toMatchObject({ code: '23503' });
  await expect(t.ds.query(`DELETE FROM memberships WHERE id = $1`, [a.session.memberId])).rejects.toMatchObject({ code: '23503' });
  const unusedKey = await newKey(a.session);
  await t.ds.query(`DELETE FROM api_keys WHERE id = $1`, [unusedKey]);
  const spare = await spareMember(a);
  await t.ds.query(`DELETE FROM memberships WHERE id = $1`, [spare]);
  await t.ds.query(`DELETE FROM organizations WHERE id = $1`, [a.session.organizationId]);
  const [left] = await t.ds.query(
    `SELECT (SELECT count(*)::int FROM credit_transactions WHERE organization_id = $1) AS entries,
            (SELECT count(*)::int FROM memberships WHERE organization_id = $1) AS members`,
    [a.session.organizationId],
  );
  expect(left).toEqual({ entries: 0, members: 0 });
});

test('an entry written while the member it names is being deleted waits for the delete, and is refused once it commits', async () => {
  const a = await org();
  const spare = await spareMember(a);
  expect(await waitsFor(`DELETE FROM memberships WHERE id = $1`, [spare], () => entry(a, spare, null))).toBe('23503');
  const [n] = await t.ds.query(`SELECT count(*)::int AS n FROM credit_transactions WHERE membership_id = $1`, [spare]);
  expect(n.n).toBe(0);
});

test('a delete of a member that waits for an entry naming it is refused once the entry commits', async () => {
  const a = await org();
  const spare = await spareMember(a);
  // the entry's FOR KEY SHARE lock holds the delete
  const deleted = await waitsFor(ENTRY, [a.session.organizationId, spare, null, randomUUID()], () =>
    codeOf(t.ds.query(`DELETE FROM memberships WHERE id = $1`, [spare])),
  );
  expect(deleted).toBe('23503');
  const [m] = await t.ds.query(`SELECT count(*)::int AS n FROM memberships WHERE id = $1`, [spare]);
  expect(m.n).toBe(1);
});
