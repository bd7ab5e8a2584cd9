/**
 * Members page and spend throughput over HTTP against the benchmark server in its own
 * process: `clients` loops for BENCH_SECONDS each, sequential (1 client) and concurrent.
 *
 *   pnpm --filter @orgpulse/server run bench:pages
 *   BENCH_SECONDS=5 BENCH_CLIENTS=16 BENCH_MEMBERS=50 DATABASE_URL=postgres://… pnpm --filter @orgpulse/server run bench:pages
 *
 * Creates its own database on the PostgreSQL in DATABASE_URL (default 127.0.0.1:5432) and drops it.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { migrate } from '../src/db/databases';
import { adminQuery, withDatabase } from '../test/helpers/postgres';

const SECONDS = Number(process.env.BENCH_SECONDS || 5);
const CLIENTS = Number(process.env.BENCH_CLIENTS || 16);
const MEMBERS = Number(process.env.BENCH_MEMBERS || 50);
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = `orgpulse_bench_pages_${process.pid}`;
const PASSWORD = 'violet-harbor-lantern-92';

async function gql(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

function startServer(dbUrl: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'server.ts')], {
      cwd: path.join(__dirname, '..'),
      env: { ...process.env, DATABASE_URL: dbUrl, BCRYPT_COST: '4' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /READY (\S+)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`benchmark server exited (${code})`)));
  });
}

/** Calls per second of `call` from `clients` loops over SECONDS (after a one-second warm-up). */
async function rate(name: string, clients: number, call: (client: number) => Promise<boolean>): Promise<void> {
  const warmUntil = Date.now() + 1000;
  const end = warmUntil + SECONDS * 1000;
  let ok = 0;
  let errors = 0;
  let firstError: unknown = null;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      while (Date.now() < end) {
        let good = false;
        try {
          good = await call(c);
        } catch (err) {
          firstError ??= err;
        }
        const now = Date.now();
        if (now < warmUntil || now > end) continue;
        if (good) ok++;
        else errors++;
      }
    }),
  );
  if (firstError) console.error(`${name}: first error:`, firstError);
  console.log(
    `${name.padEnd(22)} clients=${String(clients).padStart(3)}  req/s=${(ok / SECONDS).toFixed(0).padStart(6)}  errors=${errors}`,
  );
}

const MEMBERS_PAGE = `query($first: Int!) { members(first: $first) { nodes { id name email role status joinedAt lastActiveAt emailStatus emailError
  invitedBy { id name } allowance { monthlyLimit usedThisMonth remaining } } pageInfo { endCursor hasNextPage } totalCount } }`;
const SPEND = `mutation($i: RecordUsageInput!) { recordUsage(input: $i) { id } }`;

async function main(): Promise<void> {
  const dbUrl = withDatabase(ADMIN_URL, DB);
  let server: ChildProcess | null = null;
  await adminQuery(ADMIN_URL, `CREATE DATABASE ${DB}`);
  try {
    await migrate({ owner: dbUrl });
    const started = await startServer(dbUrl);
    server = started.child;
    const url = started.url;
    const signUp = await gql(url, '', `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
      i: { name: 'Bench Owner', email: `bench-${randomUUID()}@example.test`, password: PASSWORD, organizationName: 'Bench' },
    });
    const token: string = signUp.data.signUp.accessToken;
    for (let i = 0; i < MEMBERS; i++) {
      const r = await gql(url, token, `mutation($i: AddMemberInput!) { addMember(input: $i) { member { id } } }`, {
        i: { name: `Member ${i}`, email: `m${i}-${randomUUID()}@example.test`, temporaryPassword: PASSWORD, sendEmail: false },
      });
      if (!r.data) throw new Error(JSON.stringify(r.errors));
    }
    await gql(url, token, `mutation($i: AddCreditsInput!) { addCredits(input: $i) { id } }`, {
      i: { amount: '100000000', idempotencyKey: randomUUID() },
    });
    const key: string = (await gql(url, token, `mutation { createApiKey(name: "bench") { secret } }`)).data.createApiKey.secret;
    console.log(`members page (${MEMBERS + 1} members) and spends: ${SECONDS}s per scenario after a 1s warm-up`);
    const page = async () => (await gql(url, token, MEMBERS_PAGE, { first: 100 })).data?.members?.nodes?.length === MEMBERS + 1;
    const spend = async () =>
      !!(await gql(url, key, SPEND, { i: { operation: 'chat.completion', credits: '0.0042', idempotencyKey: randomUUID() } })).data
        ?.recordUsage;
    await rate('members page', 1, page);
    await rate('members page', CLIENTS, page);
    await rate('spend', 1, spend);
    await rate('spend', CLIENTS, spend);
  } finally {
    server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await adminQuery(ADMIN_URL, `DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`).catch(() => undefined);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
