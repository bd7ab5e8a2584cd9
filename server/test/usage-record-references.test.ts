import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from './helpers/app';
import { Session, signUp } from './helpers/fixtures';
import { SPEND, topUp } from './helpers/ledger';

/**
 * What the usage records may point at (migration UsageRecordChecks1796700000000): each insert
 * statement's records are checked together (no row-level foreign keys on the hot table): every
 * record matches its ledger entry (organization, member, API key, time, amount), and names only
 * its own organization's member, API key and resource. Deletes keep what the foreign keys did:
 * an organization takes its records with it; a used resource cannot be hard-deleted; a ledger
 * entry with a record cannot be deleted on its own.
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
  resourceId: string;
}

async function org(): Promise<Org> {
  const session = await signUp(t);
  const keyId = randomUUID();
  const resourceId = randomUUID();
  await t.ds.query(
    `INSERT INTO api_keys (id, organization_id, membership_id, name, prefix, secret_hash) VALUES ($1::uuid, $2, $3, 'k', $4, $1::text)`,
    [keyId, session.organizationId, session.memberId, `op_${keyId.slice(0, 8)}`],
  );
  await t.ds.query(`INSERT INTO resources (id, organization_id, kind, name, created_by_id) VALUES ($1, $2, 'AGENT', 'bot', $3)`, [
    resourceId,
    session.organizationId,
    session.memberId,
  ]);
  return { session, keyId, resourceId };
}

/** A USAGE ledger entry of `a` and a record for it, with `record` overriding the record's columns; pg's error code, or null. */
async function insert(
  a: Org,
  record: Partial<Record<'membership_id' | 'api_key_id' | 'resource_id' | 'transaction_id', string>> & { shift?: boolean } = {},
) {
  const txId = randomUUID();
  try {
    await t.ds.query(
      `WITH tx AS (INSERT INTO credit_transactions (id, organization_id, kind, amount, balance_after, membership_id, api_key_id, created_at)
                   VALUES ($1, $2, 'USAGE', -5, 0, $3, $4, now()) RETURNING id, created_at)
       INSERT INTO usage_records (organization_id, membership_id, api_key_id, resource_id, operation, credits, transaction_id, created_at)
       SELECT $2, $5, $6, $7, 'op', 5, $8, tx.created_at + CASE WHEN $9 THEN interval '1 second' ELSE interval '0' END FROM tx`,
      [
        txId,
        a.session.organizationId,
        a.session.memberId,
        a.keyId,
        record.membership_id ?? a.session.memberId,
        record.api_key_id ?? a.keyId,
        record.resource_id ?? a.resourceId,
        record.transaction_id ?? txId,
        record.shift ?? false,
      ],
    );
    return null;
  } catch (err) {
    return (err as { code?: string }).code ?? 'no code';
  }
}

test("a record cannot name another organization's member, API key or resource, nor miss or mismatch its ledger entry", async () => {
  const [a, b] = [await org(), await org()];
  expect(await insert(a)).toBeNull();
  expect(await insert(a, { membership_id: b.session.memberId })).toBe('23503');
  expect(await insert(a, { api_key_id: b.keyId })).toBe('23503');
  expect(await insert(a, { resource_id: b.resourceId })).toBe('23503');
  expect(await insert(a, { transaction_id: randomUUID() })).toBe('23503');
  expect(await insert(a, { shift: true })).toBe('23503'); // the record's time is its entry's
  // none of the refused statements wrote anything: one record, one USAGE entry
  const [counts] = await t.ds.query(
    `SELECT (SELECT count(*)::int FROM usage_records WHERE organization_id = $1) AS records,
            (SELECT count(*)::int FROM credit_transactions WHERE organization_id = $1 AND kind = 'USAGE') AS entries`,
    [a.session.organizationId],
  );
  expect(counts).toEqual({ records: 1, entries: 1 });
});

test('a spend through the API passes the check; deleting the organization takes its records; a used resource is not hard-deleted', async () => {
  const a = await org();
  await topUp(t, a.session.token, '10');
  const spent = await t.ok(
    SPEND,
    { i: { operation: 'chat', credits: '1', resourceId: a.resourceId, idempotencyKey: randomUUID() } },
    a.session.token,
  );
  expect(spent.recordUsage.resource?.id).toBe(a.resourceId);
  await expect(t.ds.query(`DELETE FROM resources WHERE id = $1`, [a.resourceId])).rejects.toMatchObject({ code: '23503' });
  const [entry] = await t.ds.query(`SELECT id FROM credit_transactions WHERE organization_id = $1 AND kind = 'USAGE'`, [
    a.session.organizationId,
  ]);
  await expect(t.ds.query(`DELETE FROM credit_transactions WHERE id = $1`, [entry.id])).rejects.toMatchObject({ code: '23503' });
  await t.ds.query(`DELETE FROM organizations WHERE id = $1`, [a.session.organizationId]);
  const [left] = await t.ds.query(`SELECT count(*)::int AS n FROM usage_records WHERE organization_id = $1`, [a.session.organizationId]);
  expect(left.n).toBe(0);
});
