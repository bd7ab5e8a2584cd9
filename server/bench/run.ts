/**
 * Spend benchmark: how many recordUsage calls per second one organization takes, and the
 * latency its clients see, with 64 concurrent clients.
 *
 *   pnpm bench                      (from the repository root)
 *   BENCH_SECONDS=20 BENCH_CLIENTS=64 DATABASE_URL=postgres://… pnpm bench
 *
 * Creates its own database on the PostgreSQL in DATABASE_URL (default 127.0.0.1:5432),
 * migrates it, runs the scenarios, checks the money is exact, and drops the database.
 *   naive-1, naive-1000: the peer, measured first (before the server holds connections): the
 *            naive SQL per spend (bench/spend-naive.ts), one transaction per spend, 64 clients on
 *            one organization, then spread over 1,000 organizations
 *   http:    64 clients → POST /graphql recordUsage with API keys → the server in its own process
 *   http-100: the same spread over 100 organizations (one API key each)
 *   direct:  64 concurrent spends in this process, each its own conditional-UPDATE statement
 *            (coalescing off: the hot balance row's lock + commit is the limit)
 *   service: the same through SpendService as the app runs it (spends that queue up behind
 *            the one being written go together, up to 100 per transaction)
 *   batch:   8 clients → recordUsageBatch of 100 records over HTTP
 * and prints the ratios the issue sets goals for (http / naive-1 >= 5, http-100 / naive-1000 >= 1,
 * batch >= 10,000 spends/s), the server's CPU time and SQL statements per spend (over IPC), and
 * reconciles every organization it spent on (balance = ledger = rollups). The machine is shared:
 * compare ratios within a run, and take the median of 3 runs.
 *   BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"  node flags for the server
 * then the query-limits section (bench/limits.ts): refusal times of the issue-9 attack
 * documents, and the members page alone vs. beside those attacks and a logIn flood.
 *
 *   BENCH_QUICK=1            short run (2s scenarios, 40 requests per attack document)
 * then the rate-limits section: one small query with the limiter off, PostgreSQL store, Redis store (ratios).
 *
 *   BENCH_ONLY=spend|limits|ratelimits|members|dashboard|csv  one section only
 * then S1, the members page (bench/members.ts): orgpulse vs. B1 vs. the floor, 10,000 members.
 * then S2, the dashboard over 10M usage records (bench/dashboard.ts): vs. the raw GROUP BY,
 * and the CSV export over the same records (bench/csv.ts): vs. psql's COPY, with the server's peak RSS.
 *   BENCH_SERVER_DIR=…       run the server from another checkout's server/ (a "before" figure)
 */
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { Client } from 'pg';
import { loadConfig } from '../src/config';
import type { Caller } from '../src/common/auth/caller';
import { createDataSource } from '../src/db/data-source';
import { migrate } from '../src/db/databases';
import { silentBillingNotifier } from '../src/modules/credits/billing.notifier';
import { reconcile } from '../src/modules/usage/reconcile';
import { SpendService } from '../src/modules/credits/spend.service';
import { createServices } from '../src/services';
import { RateLimiter } from '../src/common/rate-limit';
import { membersUnderAttackSection, refusalSection } from './limits';
import { membersPageSection } from './members';
import { dashboardSection } from './dashboard';
import { csvSection } from './csv';
import { adminQuery, withDatabase } from '../test/helpers/postgres';
import { startServer } from './spawn';
import { closeAgents, postGraphql } from './http-client';
import { NaiveSpender, seedOrgs } from './spend-naive';

const QUICK = process.env.BENCH_QUICK === '1';
const SECONDS = Number(process.env.BENCH_SECONDS || (QUICK ? 2 : 8));
const ONLY = process.env.BENCH_ONLY;
const CLIENTS = Number(process.env.BENCH_CLIENTS || 64);
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = `orgpulse_bench_${process.pid}`;
const PASSWORD = 'violet-harbor-lantern-92';

interface Result {
  scenario: string;
  clients: number;
  ok: number;
  errors: number;
  records: number;
  seconds: number;
  latencies: number[];
  /** Every call made, warm-up and overtime included. */
  made?: number;
}

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function report(r: Result): void {
  const s = [...r.latencies].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1).padStart(7);
  console.log(
    `${r.scenario.padEnd(8)} clients=${String(r.clients).padStart(3)}  calls=${String(r.ok).padStart(6)}  errors=${r.errors}` +
      `  spends/s=${(r.records / r.seconds).toFixed(0).padStart(6)}` +
      `  latency ms p50=${f(pct(s, 50))} p95=${f(pct(s, 95))} p99=${f(pct(s, 99))} max=${f(s[s.length - 1] ?? NaN)}`,
  );
}

/**
 * Warm-up of each scenario, not counted (BENCH_WARMUP_MS, default 3 s; 1 s with BENCH_QUICK): a server that just
 * started runs its first seconds slower (V8 still compiling its hot paths, each pooled connection preparing its
 * statements): in a probe, 1.1-1.3 ms of node CPU per spend in the first 3 s, then 0.55-0.65 ms. The figures are
 * the steady state a running server has, as a load tool's warm-up run gives.
 */
const WARM_UP_MS = Number(process.env.BENCH_WARMUP_MS || (QUICK ? 1000 : 3000));

/** `clients` loops calling `call` until the time is up (after a warm-up that is not counted). */
async function load(
  scenario: string,
  clients: number,
  perCall: number,
  call: (client: number) => Promise<boolean>,
  seconds = SECONDS,
  warmUpMs = WARM_UP_MS,
): Promise<Result> {
  const warmUntil = Date.now() + warmUpMs;
  const end = warmUntil + seconds * 1000;
  const r: Result = {
    scenario,
    clients,
    ok: 0,
    errors: 0,
    records: 0,
    seconds,
    latencies: [],
  };
  let firstError: unknown = null;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (Date.now() < end) {
        const started = performance.now();
        let good = false;
        try {
          good = await call(client);
        } catch (err) {
          firstError ??= err;
        }
        r.made = (r.made ?? 0) + 1;
        const now = Date.now();
        if (now < warmUntil || now > end) continue;
        r.latencies.push(performance.now() - started);
        if (good) {
          r.ok++;
          r.records += perCall;
        } else r.errors++;
      }
    }),
  );
  if (firstError) console.error(`${scenario}: first error:`, firstError);
  return r;
}

/** POST /graphql over the bench's keep-alive client (bench/http-client.ts); the parsed body. */
async function gql(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<any> {
  return (await postGraphql(url, token, JSON.stringify({ query, variables }), CLIENTS)).json;
}

/**
 * The rate limiter's price (issue 12): the same small query (`{ organization { id name } }`,
 * cost 3) from CLIENTS clients over 8 API keys, against a server with the limiter off, with
 * the PostgreSQL store (an UPSERT per request) and with the Redis store (MULTI INCRBY+PEXPIRE).
 */
async function rateLimitSection(dbUrl: string, keys: string[]): Promise<void> {
  const QUERY = `query { organization { id name } }`;
  const stores: Array<[string, Record<string, string>]> = [
    ['off', { RATE_LIMIT_ENABLED: 'false' }],
    ['pg', {}],
    ['redis', { REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379' }],
  ];
  // the three servers run side by side and take turns, one-second rounds: a machine whose load
  // drifts (shared cores) weighs on each store alike
  const servers = await Promise.all(stores.map(([, env]) => startServer(dbUrl, env)));
  const totals = new Map<string, Result>(
    stores.map(([n]) => [
      n,
      {
        scenario: `rl-${n}`,
        clients: CLIENTS,
        ok: 0,
        errors: 0,
        records: 0,
        seconds: 0,
        latencies: [],
      },
    ]),
  );
  try {
    for (const [i, [name]] of stores.entries())
      await load(`warm-${name}`, CLIENTS, 1, async (c) => !!(await gql(servers[i].url, keys[c % keys.length], QUERY, {})).data, 1, 0);
    for (let round = 0; round < Math.max(3, SECONDS); round++) {
      for (const [i, [name]] of stores.entries()) {
        const r = await load(
          name,
          CLIENTS,
          1,
          async (c) => {
            const res = await gql(servers[i].url, keys[c % keys.length], QUERY, {});
            return !!res.data?.organization && (name === 'off' || typeof res.extensions?.cost?.remaining === 'number');
          },
          1,
          0,
        );
        const t = totals.get(name)!;
        t.ok += r.ok;
        t.errors += r.errors;
        t.records += r.records;
        t.seconds += r.seconds;
        t.latencies.push(...r.latencies);
      }
    }
  } finally {
    for (const s of servers) s.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => new Promise((done) => (s.child.exitCode !== null ? done(null) : s.child.once('exit', done)))));
  }
  for (const r of totals.values()) report(r);
  const rate = (n: string) => totals.get(n)!.ok / totals.get(n)!.seconds;
  const p50 = (n: string) =>
    pct(
      [...totals.get(n)!.latencies].sort((a, b) => a - b),
      50,
    );
  console.log(
    `rate limits: throughput pg/off=${(rate('pg') / rate('off')).toFixed(2)} redis/off=${(rate('redis') / rate('off')).toFixed(2)}` +
      `  p50 latency pg/off=${(p50('pg') / p50('off')).toFixed(2)} redis/off=${(p50('redis') / p50('off')).toFixed(2)}`,
  );

  // the stores alone, in this process: one charge (key + organization) at a time
  for (const [name, env] of stores.slice(1)) {
    const config = loadConfig({ DATABASE_URL: dbUrl, ...env });
    const ds = createDataSource({ url: dbUrl, poolSize: 2 });
    await ds.initialize();
    const limiter = RateLimiter.create(config.rateLimit, ds);
    const caller = {
      organizationId: randomUUID(),
      apiKeyId: randomUUID(),
    } as Caller;
    try {
      for (let i = 0; i < 50; i++) await limiter.charge(caller, 'bench', 3);
      const n = QUICK ? 300 : 2000;
      const started = performance.now();
      for (let i = 0; i < n; i++) await limiter.charge(caller, 'bench', 3);
      console.log(
        `rate-limit store ${name.padEnd(5)}: ${(((performance.now() - started) / n) * 1000).toFixed(0)} µs per charge (${n} in a row)`,
      );
    } finally {
      await limiter.close();
      await ds.destroy();
    }
  }
}

/** Plenty for every scenario: 100 million credits, in micro-credits. */
const FUNDS = 100_000_000_000_000n;
const SPREAD_HTTP = 100;
const SPREAD_NAIVE = 1000;

/** CPU time (ms) so far of each PostgreSQL backend connected to the benchmark's database, from /proc (clock ticks of 10 ms). */
async function backendCpuMs(): Promise<Map<number, number>> {
  const client = new Client({ connectionString: withDatabase(ADMIN_URL, DB) });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
    const cpu = new Map<number, number>();
    for (const { pid } of rows as Array<{ pid: number }>) {
      try {
        const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        cpu.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
      } catch {
        // gone meanwhile, or PostgreSQL is not on this machine
      }
    }
    return cpu;
  } finally {
    await client.end();
  }
}

/**
 * Runs `work` and prints the server's CPU time and SQL statements per spend it took (bench/stats.ts over IPC),
 * and the CPU time of the database's PostgreSQL backends per spend (the pool's connections, from /proc); with no
 * server (the naive peer), the PostgreSQL time only.
 */
async function withServerStats(server: ChildProcess | null, work: () => Promise<Result>): Promise<Result> {
  const stats = () =>
    new Promise<{ sql: number; cpuMs: number }>((resolve) => {
      server!.once('message', (m: { sql: number; cpu: NodeJS.CpuUsage }) =>
        resolve({ sql: m.sql, cpuMs: (m.cpu.user + m.cpu.system) / 1000 }),
      );
      server!.send('stats');
    });
  const none = { sql: NaN, cpuMs: NaN };
  const pg0 = await backendCpuMs();
  const before = server ? await stats() : none;
  const r = await work();
  const after = server ? await stats() : none;
  const pg1 = await backendCpuMs();
  let pgMs = 0;
  for (const [pid, ms] of pg1) pgMs += ms - (pg0.get(pid) ?? 0);
  const calls = r.made ?? r.ok + r.errors;
  const spends = r.records / Math.max(r.ok, 1);
  console.log(
    `  ${r.scenario}: server CPU ${((after.cpuMs - before.cpuMs) / (calls * spends)).toFixed(3)} ms/spend (approx.),` +
      ` PostgreSQL CPU ${(pgMs / (calls * spends)).toFixed(3)} ms/spend,` +
      ` SQL ${((after.sql - before.sql) / (calls * spends)).toFixed(2)} statements/spend`,
  );
  return r;
}

/** The naive SQL per spend (bench/spend-naive.ts): one hot organization, then spread over SPREAD_NAIVE. */
async function naiveSection(dbUrl: string): Promise<{ one: Result; spread: Result; drift: number }> {
  const [hot] = await seedOrgs(dbUrl, 1, FUNDS, false, 'Naive hot');
  const spreadOrgs = await seedOrgs(dbUrl, SPREAD_NAIVE, FUNDS, false, 'Naive spread');
  const naive = new NaiveSpender(dbUrl, CLIENTS);
  try {
    const one = await withServerStats(null, () => load('naive-1', CLIENTS, 1, () => naive.spend(hot, 4200n, 'chat.completion')));
    report(one);
    const spread = await withServerStats(null, () =>
      load(`naive-${SPREAD_NAIVE}`, CLIENTS, 1, () =>
        naive.spend(spreadOrgs[Math.floor(Math.random() * SPREAD_NAIVE)], 4200n, 'chat.completion'),
      ),
    );
    report(spread);
    const drift = await naive.drift([hot, ...spreadOrgs].map((o) => o.organizationId));
    return { one, spread, drift };
  } finally {
    await naive.close();
  }
}

async function main(): Promise<void> {
  if (ONLY === 'members') return membersPageSection(ADMIN_URL);
  if (ONLY === 'dashboard') return dashboardSection(ADMIN_URL);
  if (ONLY === 'csv') return csvSection(ADMIN_URL);
  const dbUrl = withDatabase(ADMIN_URL, DB);
  let server: ChildProcess | null = null;
  const cleanup = async () => {
    server?.kill('SIGTERM');
    // a few seconds when it writes a CPU profile
    for (let i = 0; i < (process.env.BENCH_CPU_PROF ? 50 : 3) && server && server.exitCode === null && server.signalCode === null; i++)
      await new Promise((r) => setTimeout(r, 100));
    if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL'); // a blocked event loop ignores SIGTERM
    await adminQuery(ADMIN_URL, `DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`).catch(() => undefined);
  };
  process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

  await adminQuery(ADMIN_URL, `CREATE DATABASE ${DB}`);
  // no statement timeout: the closing reconcile() of the hot organization reads every record it took, on a busy machine
  const ds = createDataSource({
    url: dbUrl,
    poolSize: Math.min(CLIENTS, 32),
    timeouts: { statementTimeoutMs: 0 },
  });
  try {
    await migrate({ owner: dbUrl }); // the roles the benchmark server connects as, and the schema
    await ds.initialize();
    const spendSection = ONLY !== 'limits' && ONLY !== 'ratelimits';
    // the naive peer first, while no server holds connections: its 64 clients are 64 connections
    console.log(
      `orgpulse spend benchmark: ${SECONDS}s per scenario after a ${WARM_UP_MS / 1000}s warm-up, PostgreSQL ${DB}, load average ${os.loadavg()[0].toFixed(1)}`,
    );
    const naive = spendSection ? await naiveSection(dbUrl) : null;
    const started = await startServer(dbUrl);
    server = started.child;
    const url = started.url;

    const signUpEmail = `bench-${randomUUID()}@example.test`;
    const signUp = await gql(
      url,
      '',
      `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken member { id } organization { id } user { id } } }`,
      {
        i: {
          name: 'Bench Owner',
          email: signUpEmail,
          password: PASSWORD,
          organizationName: 'Bench',
        },
      },
    );
    const { accessToken, member, organization, user } = signUp.data.signUp;
    await gql(url, accessToken, `mutation($i: AddCreditsInput!) { addCredits(input: $i) { id } }`, {
      i: { amount: '100000000', idempotencyKey: randomUUID() },
    });
    const keys: string[] = [];
    for (let i = 0; i < 8; i++) {
      keys.push(
        (await gql(url, accessToken, `mutation($n: String!) { createApiKey(name: $n) { secret } }`, { n: `bench ${i}` })).data.createApiKey
          .secret,
      );
    }

    if (!ONLY || ONLY === 'ratelimits') await rateLimitSection(dbUrl, keys);

    const spreadOrgs = spendSection ? await seedOrgs(dbUrl, SPREAD_HTTP, FUNDS, true, 'Spread') : [];
    if (spendSection) {
      const SPEND = `mutation($i: RecordUsageInput!) { recordUsage(input: $i) { id } }`;
      let spendError: string | null = null; // the first refusal or error of the HTTP spends, printed once
      const spendWith = async (key: string) => {
        const r = await gql(url, key, SPEND, {
          i: {
            operation: 'chat.completion',
            credits: '0.0042',
            idempotencyKey: randomUUID(),
          },
        });
        if (!r.data?.recordUsage && !spendError) {
          spendError = JSON.stringify(r.errors ?? r).slice(0, 400);
          console.log(`  first failed spend: ${spendError}`);
        }
        return !!r.data?.recordUsage;
      };
      const http = await withServerStats(server, () => load('http', CLIENTS, 1, (c) => spendWith(keys[c % keys.length])));
      report(http);
      // each key's first use also records lastUsedAt (and the member's activity): once per organization, before the clock
      for (let i = 0; i < spreadOrgs.length; i += 8) await Promise.all(spreadOrgs.slice(i, i + 8).map((o) => spendWith(o.apiKey!)));
      const httpSpread = await withServerStats(server, () =>
        load(`http-${SPREAD_HTTP}`, CLIENTS, 1, () => spendWith(spreadOrgs[Math.floor(Math.random() * SPREAD_HTTP)].apiKey!)),
      );
      report(httpSpread);

      const services = createServices(ds, loadConfig({ DATABASE_URL: dbUrl }));
      const direct = new SpendService(ds, () => silentBillingNotifier, {
        coalesce: false,
      });
      const caller: Caller = {
        userId: user.id,
        membershipId: member.id,
        organizationId: organization.id,
        role: 'OWNER',
        mustChangePassword: false,
        sessionId: null,
        apiKeyId: null,
      };
      for (const [name, spend] of [
        ['direct', direct],
        ['service', services.spend],
      ] as const) {
        report(
          await load(name, CLIENTS, 1, async () => {
            await spend.recordUsage(caller, {
              operation: 'chat.completion',
              credits: 4200n,
              idempotencyKey: randomUUID(),
            });
            return true;
          }),
        );
      }

      const BATCH = `mutation($i: [RecordUsageInput!]!) { recordUsageBatch(inputs: $i) { charged } }`;
      const batch = await withServerStats(server, () =>
        load('batch', 8, 100, async (c) => {
          const i = Array.from({ length: 100 }, () => ({
            operation: 'embed',
            credits: '0.0001',
            idempotencyKey: randomUUID(),
          }));
          const r = await gql(url, keys[c % keys.length], BATCH, { i });
          return r.data?.recordUsageBatch?.charged === 100;
        }),
      );
      report(batch);

      const rate = (r: Result) => r.records / r.seconds;
      console.log(
        `spend ratios: http 1 org / naive 1 org = ${(rate(http) / rate(naive!.one)).toFixed(2)} (goal >= 5)` +
          `   http ${SPREAD_HTTP} orgs / naive ${SPREAD_NAIVE} orgs = ${(rate(httpSpread) / rate(naive!.spread)).toFixed(2)} (goal >= 1)` +
          `   batch ${rate(batch).toFixed(0)} spends/s (goal >= 10000)`,
      );
      const checks = await Promise.all(spreadOrgs.map((o) => reconcile(ds, o.organizationId)));
      const bad = checks.filter((c) => !c.ok);
      console.log(
        `exactness: ${SPREAD_HTTP} spread organizations ${bad.length ? `FAILED ${bad.length}: ${bad[0].problems.join('; ')}` : 'OK'}` +
          `  usage records=${checks.reduce((n, c) => n + c.usageRecords, 0)};` +
          `  naive organizations ${naive!.drift ? `FAILED: ${naive!.drift} balances differ from their ledger` : 'OK'}`,
      );
      if (bad.length || naive!.drift) process.exitCode = 1;
    }

    if (ONLY !== 'spend' && ONLY !== 'ratelimits') {
      if (await refusalSection(url, server)) await membersUnderAttackSection(url, accessToken, signUpEmail, server);
    }

    // fresh statistics first: the hot organization's records were all written in this run, and before autovacuum's
    // first ANALYZE the orphan check's anti-join was planned as a nested loop (minutes over ~185k records)
    await ds.query('ANALYZE usage_records, credit_transactions');
    const check = await reconcile(ds, organization.id);
    console.log(
      `exactness: ${check.ok ? 'OK' : 'FAILED'}  balance=${check.balance} ledger sum=${check.ledgerSum} usage records=${check.usageRecords}${check.problems.length ? `  ${check.problems.join('; ')}` : ''}`,
    );
    if (!check.ok) process.exitCode = 1;
  } finally {
    await ds.destroy().catch(() => undefined);
    await cleanup();
    closeAgents();
  }
  if (!ONLY) {
    await membersPageSection(ADMIN_URL);
    await dashboardSection(ADMIN_URL);
    await csvSection(ADMIN_URL);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
