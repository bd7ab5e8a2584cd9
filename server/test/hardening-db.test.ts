import 'reflect-metadata';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { startApp, type RunningApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { createTestDatabase } from './helpers/postgres';

/**
 * Issue 9, faults: statement_timeout, idle_in_transaction_session_timeout and the connect
 * timeout are set on every pooled connection, so a request stuck behind a lock fails
 * cleanly (masked, retryable) and gives its pool slot back.
 */

const POOL = 2;
let db: { url: string; drop(): Promise<void> };
let ds: DataSource;
let app: RunningApp;
const logged: unknown[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    BCRYPT_COST: '4',
    CLIENT_DIST: '/nonexistent',
    DATABASE_URL: db.url,
    DB_STATEMENT_TIMEOUT_MS: '1000', // short, yet longer than any honest statement on a loaded CI machine
    DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '1000', // a busy event loop can pause 300 ms between two statements of one transaction
    DB_CONNECT_TIMEOUT_MS: '10000', // requests queued for a slot wait out the stuck ones (3 rounds of the statement timeout)
  });
  ds = createDataSource({ url: db.url, poolSize: POOL, timeouts: config.db });
  await ds.initialize();
  app = await startApp({ ds, config, log: (e) => logged.push(e) }, 0);
});
afterAll(async () => {
  await app.stop();
  await ds.destroy();
  await db.drop();
});

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

const ADD = `mutation($k: String!) { addCredits(input: { amount: "5", idempotencyKey: $k }) { id } }`;
const BALANCE = `{ viewer { organization { creditBalance { balance } } } }`;

test('every pooled connection carries the timeouts', async () => {
  const [{ statement_timeout }] = await ds.query('SHOW statement_timeout');
  const [{ idle_in_transaction_session_timeout }] = await ds.query('SHOW idle_in_transaction_session_timeout');
  expect(statement_timeout).toBe('1s');
  expect(idle_in_transaction_session_timeout).toBe('1s');
  const pool = (ds.driver as unknown as { master: { options: { connectionTimeoutMillis: number; max: number } } }).master;
  expect(pool.options.connectionTimeoutMillis).toBe(10000);
});

test('a write stuck behind a row lock fails cleanly while the lock is held, changes nothing, and the pool recovers', async () => {
  const signUp = await gql(
    `mutation { signUp(input: { name: "Lock Owner", email: "lock@example.test", password: "violet-harbor-lantern-92", organizationName: "Locks" }) { accessToken organization { id } } }`,
  );
  const token = signUp.data.signUp.accessToken;
  const orgId = signUp.data.signUp.organization.id;
  expect((await gql(ADD, { k: 'seed' }, token)).data.addCredits.id).toEqual(expect.any(String));

  // another client (not the app's pool) holds the balance row; no timeouts on it
  const locker = new Client({ connectionString: db.url });
  await locker.connect();
  try {
    await locker.query('BEGIN');
    await locker.query(`SELECT * FROM credit_balances WHERE organization_id = $1 FOR UPDATE`, [orgId]);

    // more stuck requests than pool slots: each one must give its slot back
    const stuck = await Promise.all(Array.from({ length: POOL * 3 }, (_, i) => gql(ADD, { k: `stuck-${i}` }, token)));
    // every answer above came while the lock was still held (it is released in finally, below): the timeout answered
    for (const r of stuck) {
      expect(r.data).toBeNull();
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', retryable: true });
      expect(r.errors[0].message).toMatch(/did not answer in time/);
      expect(JSON.stringify(r)).not.toMatch(/statement|timeout|canceling|57014|postgres|credit_balances|stack/i);
    }
    // the pool is not exhausted: reads still work while the lock is held
    const read = await gql(BALANCE, {}, token);
    expect(read.data.viewer.organization.creditBalance.balance).toBe('5');
  } finally {
    await locker.query('ROLLBACK');
    await locker.end();
  }

  // nothing of the stuck requests was applied; the same keys now work, once
  const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM credit_transactions WHERE idempotency_key LIKE 'stuck-%'`);
  expect(n).toBe(0);
  for (let i = 0; i < POOL * 3; i++) expect((await gql(ADD, { k: `stuck-${i}` }, token)).data.addCredits.id).toEqual(expect.any(String));
  expect((await gql(BALANCE, {}, token)).data.viewer.organization.creditBalance.balance).toBe(String(5 + 5 * POOL * 3));
});

test('a session left idle in a transaction is ended by PostgreSQL, releasing its locks', async () => {
  const [{ id: orgId }] = await ds.query(`INSERT INTO organizations (name) VALUES ('Idle Co') RETURNING id`);
  const runner = ds.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  await runner.query(`SELECT * FROM organizations WHERE id = $1 FOR UPDATE`, [orgId]);
  // the runner now sits idle in its transaction; another session can take the lock once it is ended
  const other = new Client({ connectionString: db.url });
  await other.connect();
  try {
    await other.query(`SET lock_timeout = '10s'`);
    await other.query('BEGIN');
    const got = await other.query(`SELECT id FROM organizations WHERE id = $1 FOR UPDATE`, [orgId]);
    expect(got.rows).toHaveLength(1);
    await other.query('ROLLBACK');
  } finally {
    await other.end();
  }
  // its connection is gone (TypeORM has already released the broken runner)
  await expect(runner.query('SELECT 1')).rejects.toThrow();
  await runner.release().catch(() => undefined);
  // and the pool hands out working connections afterwards
  expect(await ds.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
});
