import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startApp, type RunningApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { mailModule } from '../src/modules/mail/mail.module';
import { reconcile } from '../src/modules/usage/reconcile';
import { type OwnPostgres, startOwnPostgres } from './helpers/embedded-pg-process';
import { freePort, SmtpSink } from './helpers/smtp-sink';

/**
 * kill -9 of the PostgreSQL postmaster under load (a PostgreSQL this test starts itself,
 * never the machine's shared one). Afterwards, with the same server process throughout:
 * no acknowledged write is lost, no transaction is half-applied (reconcile), the pool
 * recovers by itself, the mail worker resumes, and every unacknowledged key retried is
 * charged exactly once.
 */
jest.setTimeout(180_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgpulse-kill-'));
let port = 0; // chosen free once, then kept across the restart
let db: OwnPostgres;
let app: RunningApp;
let ds: ReturnType<typeof createDataSource>;
let sink: SmtpSink;

beforeAll(async () => {
  if (typeof process.getuid === 'function' && process.getuid() === 0) fs.chmodSync(dir, 0o755);
  port = await freePort();
  db = await startOwnPostgres(dir, port);
  sink = await new SmtpSink().start();
  const config = loadConfig({
    NODE_ENV: 'test',
    BCRYPT_COST: '4',
    CLIENT_DIST: '/nonexistent',
    DATABASE_URL: db.url,
    SMTP_URL: sink.url,
    MAIL_POLL_MS: '50',
    MAIL_RETRY_BASE_MS: '50',
    MAIL_LEASE_MS: '1000',
    DB_CONNECT_TIMEOUT_MS: '1000',
  });
  ds = createDataSource({ url: db.url, poolSize: 6, timeouts: config.db });
  await ds.initialize();
  await ds.runMigrations();
  const mail = mailModule(config, () => undefined);
  app = await startApp({ ds, config, modules: [mail], notifier: mail.notifier, log: () => undefined }, 0);
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await ds?.destroy().catch(() => undefined);
  await db?.stop().catch(() => undefined);
  await sink?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

const SPEND = `mutation($k: String!) { recordUsage(input: { operation: "chat", credits: "0.5", idempotencyKey: $k }) { id } }`;
const ADD_MEMBER = `mutation($e: String!) { addMember(input: { name: "Invitee", email: $e, temporaryPassword: "copper-meadow-falcon-31" }) { member { id } } }`;

test('kill -9 of the postmaster mid-load: nothing acknowledged is lost, nothing half-applied, and everything recovers', async () => {
  const signUp = await gql(
    `mutation { signUp(input: { name: "Kill Owner", email: "kill@example.test", password: "violet-harbor-lantern-92", organizationName: "Kill Co" }) { accessToken organization { id } } }`,
  );
  const token = signUp.data.signUp.accessToken;
  const orgId = signUp.data.signUp.organization.id;
  expect(
    (await gql(`mutation { addCredits(input: { amount: "100000", idempotencyKey: "seed" }) { id } }`, {}, token)).errors,
  ).toBeUndefined();

  const attempted = new Set<string>();
  const acknowledged = new Set<string>();
  const invited: string[] = [];
  const inFlight = new Set<string>();
  let killed = false;
  const clients = Array.from({ length: 8 }, (_, c) =>
    (async () => {
      for (let i = 0; !killed; i++) {
        const key = `k-${c}-${i}`;
        const email = `invitee-${c}-${i}@example.test`;
        const isMember = i % 8 === 0;
        inFlight.add(key);
        if (!isMember) attempted.add(key);
        const r = await (isMember ? gql(ADD_MEMBER, { e: email }, token) : gql(SPEND, { k: key }, token)).catch(() => null);
        inFlight.delete(key);
        if (isMember && r?.data?.addMember) invited.push(email);
        if (!isMember && r?.data?.recordUsage) acknowledged.add(key);
      }
    })(),
  );
  // kill once enough spends were acknowledged (a loaded machine takes longer), not after a fixed time
  const loadDeadline = Date.now() + 30_000;
  while (acknowledged.size < 30 && Date.now() < loadDeadline) await sleep(50);
  const inFlightAtKill = [...inFlight];
  killed = true;
  await db.killHard();
  await Promise.all(clients);
  expect(inFlightAtKill.length).toBeGreaterThan(0); // the kill did land mid-load
  expect(acknowledged.size).toBeGreaterThan(20);

  // while it is down: clean, retryable errors, and /readyz says so
  const down = await gql(SPEND, { k: 'while-down' }, token);
  expect(down.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', retryable: true });
  expect((await fetch(`${app.url}/readyz`)).status).toBe(503);

  // PostgreSQL comes back (crash recovery); the same server process recovers by itself
  db = await startOwnPostgres(dir, port);
  let ready = 0;
  for (let i = 0; i < 100 && ready !== 200; i++) {
    ready = (await fetch(`${app.url}/readyz`)).status;
    if (ready !== 200) await sleep(200);
  }
  expect(ready).toBe(200);

  // no acknowledged write is lost
  const ledgerKeys = async () =>
    new Set(
      (
        (await ds.query(`SELECT idempotency_key FROM credit_transactions WHERE organization_id = $1 AND kind = 'USAGE'`, [
          orgId,
        ])) as Array<{
          idempotency_key: string;
        }>
      ).map((k) => k.idempotency_key),
    );
  const committed = await ledgerKeys();
  for (const k of acknowledged) expect(committed.has(k)).toBe(true);
  // no transaction is half-applied: balance = ledger = usage records = daily rollups
  const afterCrash = await reconcile(ds, orgId);
  expect(afterCrash.problems).toEqual([]);
  expect(afterCrash.ok).toBe(true);

  // retry every unacknowledged key (those in flight at the kill included): each is charged exactly once
  attempted.add('while-down');
  const unacknowledged = [...attempted].filter((k) => !acknowledged.has(k));
  expect(unacknowledged.length).toBeGreaterThan(0);
  for (const k of unacknowledged) {
    const r = await gql(SPEND, { k }, token);
    expect([k, r.errors]).toEqual([k, undefined]);
  }
  const perKey: Array<{ idempotency_key: string; n: number }> = await ds.query(
    `SELECT idempotency_key, count(*)::int AS n FROM credit_transactions WHERE organization_id = $1 AND kind = 'USAGE' GROUP BY 1`,
    [orgId],
  );
  const counts = new Map(perKey.map((p) => [p.idempotency_key, p.n]));
  for (const k of attempted) expect([k, counts.get(k)]).toEqual([k, 1]);
  expect(counts.size).toBe(attempted.size);
  const [{ balance }] = await ds.query(`SELECT balance::text AS balance FROM credit_balances WHERE organization_id = $1`, [orgId]);
  expect(BigInt(balance)).toBe(100_000n * 1_000_000n - BigInt(attempted.size) * 500_000n);
  expect((await reconcile(ds, orgId)).ok).toBe(true);

  // the mail worker resumes: every queued email (before the kill and after) goes out
  const after = await gql(ADD_MEMBER, { e: 'after-restart@example.test' }, token);
  expect(after.errors).toBeUndefined();
  invited.push('after-restart@example.test');
  let pending = -1;
  for (let i = 0; i < 200 && pending !== 0; i++) {
    [{ pending }] = await ds.query(`SELECT count(*)::int AS pending FROM email_outbox WHERE organization_id = $1 AND status <> 'SENT'`, [
      orgId,
    ]);
    if (pending !== 0) await sleep(100);
  }
  expect(pending).toBe(0);
  const received = new Set(sink.received.flatMap((m) => m.to));
  const queued: Array<{ to: string }> = await ds.query(`SELECT "to" FROM email_outbox WHERE organization_id = $1`, [orgId]);
  for (const email of invited) expect(queued.map((q) => q.to)).toContain(email);
  for (const q of queued) expect(received.has(q.to)).toBe(true);
});
