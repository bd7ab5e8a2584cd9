import path from 'node:path';
import { ChildProcess, spawn } from 'node:child_process';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { MIGRATION_LOCK } from '../src/db/migrate';
import { createDataSource } from '../src/db/data-source';
import { MIGRATIONS } from '../src/db/migrations';
import { reconcile } from '../src/modules/usage/reconcile';
import { adminQuery, withDatabase } from './helpers/postgres';
import { eventually, SmtpSink } from './helpers/smtp-sink';
import { graphql } from './gql';

/**
 * Three API processes on one PostgreSQL (docs/operations.md, Several nodes): started at once
 * on an EMPTY database, they migrate it once (advisory lock); then spends from 64 clients
 * spread over them are exact, each email goes out once, the sign-in throttle and sessions
 * hold across nodes.
 */
jest.setTimeout(90_000);

const SECRET = 'multi-node-shared-jwt-secret-0123456789abcdef';
const PASSWORD = 'violet-harbor-lantern-92';

interface Node {
  child: ChildProcess;
  url: string;
  out: () => string;
}

function startNode(env: Record<string, string>): Promise<Node> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: path.join(__dirname, '..'),
    env: {
      ...process.env,
      ...env,
      PORT: '0',
      BCRYPT_COST: '4',
      JWT_SECRET: SECRET,
      MAIL_POLL_MS: '50',
      CLIENT_DIST: '/nonexistent',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /orgpulse is running: open http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve({ child, url: `http://127.0.0.1:${m[1]}`, out: () => out });
    });
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`node exited (${code}): ${out}`)));
  });
}

async function gql<TResult, TVariables>(
  node: Node,
  query: TypedDocumentNode<TResult, TVariables>,
  variables?: NoInfer<TVariables>,
  token?: string,
): Promise<{ data?: TResult; errors?: Array<{ extensions?: { code?: string } }> }> {
  const res = await fetch(`${node.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(query), variables: variables ?? {} }),
  });
  return (await res.json()) as { data?: TResult; errors?: Array<{ extensions?: { code?: string } }> };
}
const codeOf = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => r.errors?.[0]?.extensions?.code;

const SIGN_UP = graphql(`
  mutation NodesSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      refreshToken
      organization {
        id
      }
    }
  }
`);
const LOG_IN = graphql(`
  mutation NodesLogIn($input: LogInInput!) {
    logIn(input: $input) {
      accessToken
    }
  }
`);
const VIEWER = graphql(`
  query NodesViewer {
    viewer {
      user {
        email
      }
    }
  }
`);
const REFRESH = graphql(`
  mutation NodesRefresh($t: String) {
    refreshSession(refreshToken: $t) {
      accessToken
    }
  }
`);
const TOP_UP = graphql(`
  mutation NodesTopUp($amount: Credits!, $k: String!) {
    addCredits(input: { amount: $amount, idempotencyKey: $k }) {
      id
    }
  }
`);
const SPEND = graphql(`
  mutation NodesSpend($k: String!) {
    recordUsage(input: { operation: "chat", credits: "0.5", idempotencyKey: $k }) {
      id
    }
  }
`);
const ADD_MEMBER = graphql(`
  mutation NodesAddMember($e: String!) {
    addMember(input: { name: "Node Invitee", email: $e, temporaryPassword: "copper-meadow-falcon-31" }) {
      member {
        id
      }
    }
  }
`);

const adminUrl = () => process.env.ORGPULSE_TEST_ADMIN_URL!;
const name = `orgpulse_nodes_${process.pid}`;
let nodes: Node[] = [];
let smtp: SmtpSink;
let ds: DataSource;

beforeAll(async () => {
  // an EMPTY database (not the migrated template): the nodes migrate it themselves, all at once
  await adminQuery(adminUrl(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(adminUrl(), `CREATE DATABASE ${name}`);
  smtp = await new SmtpSink().start();
  // three nodes on one server: small pools keep them well under max_connections beside other test files
  const env = { DATABASE_URL: withDatabase(adminUrl(), name), SMTP_URL: smtp.url, DB_POOL_SIZE: '8' };
  // hold the migration lock until all three nodes wait for it, so they really start at once
  const holder = new Client({ connectionString: env.DATABASE_URL });
  await holder.connect();
  await holder.query('SELECT pg_advisory_lock($1, $2)', [...MIGRATION_LOCK]);
  const starting = [startNode(env), startNode(env), startNode(env)];
  try {
    await eventually(
      async () =>
        (
          await holder.query(
            `SELECT count(*)::int AS n FROM pg_locks
              WHERE locktype = 'advisory' AND NOT granted AND classid::bigint = $1 AND objid::bigint = $2
                AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
            [...MIGRATION_LOCK],
          )
        ).rows[0].n === 3,
      30_000,
      'three nodes waiting for the migration lock',
    );
  } finally {
    await holder.end(); // releases the lock: the three race for it
  }
  const started = await Promise.allSettled(starting);
  nodes = started.filter((s): s is PromiseFulfilledResult<Node> => s.status === 'fulfilled').map((s) => s.value);
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  ds = createDataSource({ url: withDatabase(adminUrl(), name), poolSize: 2 });
  await ds.initialize();
});
afterAll(async () => {
  for (const n of nodes) n.child.kill('SIGKILL');
  await ds?.destroy();
  await smtp?.stop();
  await adminQuery(adminUrl(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

test('three nodes starting at once on an empty database wait for the migration lock and migrate it once: one applies every migration, the others none', async () => {
  const rows: Array<{ name: string; n: number }> = await ds.query(`SELECT name, count(*)::int AS n FROM migrations GROUP BY name`);
  expect(rows.length).toBe(MIGRATIONS.length);
  expect(rows.every((r) => r.n === 1)).toBe(true);
  const applied = nodes.map((n) => Number(/applied (\d+) migration\(s\)/.exec(n.out())![1])).sort((a, b) => a - b);
  expect(applied).toEqual([0, 0, MIGRATIONS.length]);
  // the schema is there, once
  const tables = async (db: string) =>
    (
      await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_catalog = $1 ORDER BY 1`, [
        db,
      ])
    ).map((r: { table_name: string }) => r.table_name);
  expect(await tables(name)).toEqual(expect.arrayContaining(['credit_transactions', 'email_outbox', 'login_throttle', 'usage_daily']));
});

test('a session started on node A works on B and C; its refresh token rotates on C', async () => {
  const [a, b, c] = nodes;
  const email = 'session-owner@example.test';
  const s = await gql(a, SIGN_UP, { input: { name: 'Sam Session', email, password: PASSWORD, organizationName: 'Session Co' } });
  for (const node of [b, c]) expect((await gql(node, VIEWER, {}, s.data!.signUp.accessToken)).data?.viewer.user.email).toBe(email);
  const refreshed = await gql(c, REFRESH, { t: s.data!.signUp.refreshToken });
  expect(refreshed.errors).toBeUndefined();
  expect((await gql(a, VIEWER, {}, refreshed.data!.refreshSession.accessToken)).data?.viewer.user.email).toBe(email);
  // the used refresh token is spent everywhere
  expect(codeOf(await gql(b, REFRESH, { t: s.data!.signUp.refreshToken }))).toBe('UNAUTHENTICATED');
});

test('the sign-in throttle holds across nodes: failures on A and B lock the account on C', async () => {
  const [a, b, c] = nodes;
  const email = 'throttle-owner@example.test';
  await gql(a, SIGN_UP, { input: { name: 'Tia Throttle', email, password: PASSWORD, organizationName: 'Throttle Co' } });
  const wrong = { input: { email, password: `${PASSWORD}-nope` } };
  for (let i = 0; i < 5; i++) expect(codeOf(await gql(i % 2 ? b : a, LOG_IN, wrong))).toBe('UNAUTHENTICATED');
  // the fifth failure earned a wait: the right password on the third node is refused too
  expect(codeOf(await gql(c, LOG_IN, { input: { email, password: PASSWORD } }))).toBe('RATE_LIMITED');
});

test('64 clients over three nodes spend against one organization: exact totals, balance = ledger = rollups; emails go out once', async () => {
  const owner = await gql(nodes[0], SIGN_UP, {
    input: { name: 'Olga Owner', email: 'nodes-owner@example.test', password: PASSWORD, organizationName: 'Nodes Co' },
  });
  const token = owner.data!.signUp.accessToken;
  const org = owner.data!.signUp.organization.id;
  expect((await gql(nodes[1], TOP_UP, { amount: '250', k: 'top-1' }, token)).errors).toBeUndefined();

  // 12 invitations, each queued on some node; every node's worker delivers from the one outbox
  const invitees = Array.from({ length: 12 }, (_, i) => `invitee-${i}@example.test`);
  await Promise.all(invitees.map((e, i) => gql(nodes[i % 3], ADD_MEMBER, { e }, token)));

  // 64 clients × 10 spends of 0.5 = 320 credits asked for, 250 there: exactly 500 charged
  const CLIENTS = 64;
  const PER = 10;
  let charged = 0;
  let refused = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = 0; i < PER; i++) {
        const r = await gql(nodes[(c + i) % 3], SPEND, { k: `c${c}-${i}` }, token);
        if (r.data?.recordUsage) charged++;
        else if (codeOf(r) === 'INSUFFICIENT_CREDITS') refused++;
        else throw new Error(JSON.stringify(r.errors));
      }
      // a retry of the client's first call on another node: the same record, nothing charged
      await gql(nodes[(c + 1) % 3], SPEND, { k: `c${c}-0` }, token);
    }),
  );
  expect(charged).toBe(500);
  expect(refused).toBe(CLIENTS * PER - 500);
  const [ledger] = await ds.query(
    `SELECT count(*) FILTER (WHERE kind = 'USAGE')::int AS spends, sum(amount)::text AS sum,
            (SELECT balance::text FROM credit_balances WHERE organization_id = $1) AS balance
       FROM credit_transactions WHERE organization_id = $1`,
    [org],
  );
  expect(ledger).toEqual({ spends: 500, sum: '0', balance: '0' });
  const report = await reconcile(ds, org);
  expect(report.problems).toEqual([]);
  expect(report.usageRecords).toBe(500);

  await eventually(
    async () => (await ds.query(`SELECT count(*)::int AS n FROM email_outbox WHERE status <> 'SENT'`))[0].n === 0,
    20_000,
    'every email sent',
  );
  for (const e of invitees) expect(smtp.to(e)).toHaveLength(1);
  const ids = smtp.received.map((m) => m.messageId);
  expect(new Set(ids).size).toBe(ids.length);
});
