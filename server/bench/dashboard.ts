/**
 * S2, the dashboard (issue 11), a section of `pnpm bench` (BENCH_ONLY=dashboard alone):
 * one organization with 10M usage records over 180 days (50 members, 20 resources, 25 API
 * keys, 4 operations), and the SPA's own dashboard query (the document codegen made from
 * client/src/features/dashboard/dashboard.graphql.ts, read from client/src/gql/graphql.ts)
 * over HTTP against bench/server.ts. Prints, for ranges of 7, 30, 90 and 180 days, aligned
 * to UTC days (as the SPA asks) and not (now minus N days):
 *   - p50/p95 at 1 client, and the raw GROUP BY over the records answering the same questions
 *     (by day, member, resource, count) measured in the same run, with the ratio;
 *   - dashboards/s at 8 clients (the ranges in turn);
 *   - errors at 64 concurrent dashboards (a response with any error counts);
 *   - an insert at this size: p50/p95 of a spend through recordUsage (ledger entry, the
 *     record in its month partition of usage_records, every rollup).
 * S2_RECORDS=50000000 measures the same at 50M records, over a second cached seed of its own
 * (about 25 GB, most of an hour to seed); S2_RAW_RUNS=0 skips the raw GROUP BY baseline
 * (minutes a range at that size) and with it the exactness check.
 * Every answer is checked against the raw totals once. Figures are printed, never asserted.
 *
 * The seeded database is kept between runs under a data-version name (SEED_DB): change the
 * seed, bump the version. It is seeded in SQL (generate_series, chunks of 250k with a
 * progress bar) into `<name>_seeding`, renamed when whole, so an interrupted seed is redone.
 * BENCH_QUICK=1: 300k records (same shape), fewer iterations. BENCH_SERVER_DIR=… measures
 * another checkout's server over the same database (a "before" figure).
 */
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { print } from 'graphql';
import { Client } from 'pg';
import { hashPassword } from '../src/common/auth/passwords';
import { createDataSource } from '../src/db/data-source';
import { NO_RESOURCE } from '../src/modules/usage/usage-daily.entity';
import { rollupRebuildStatements } from '../src/modules/usage/usage-rollups.sql';
import { withDatabase } from '../test/helpers/postgres';
import { startServer } from './spawn';

const QUICK = process.env.BENCH_QUICK === '1';
/** S2_RECORDS=50000000: the growth figure, a second cached seed of its own (about 25 GB; seeding takes most of an hour). */
const RECORDS = Number(process.env.S2_RECORDS || (QUICK ? 300_000 : 10_000_000));
const SEED_DB = QUICK
  ? 'orgpulse_bench_dash_quick_v1'
  : RECORDS === 10_000_000
    ? 'orgpulse_bench_dash_v1'
    : `orgpulse_bench_dash_${RECORDS}_v1`;
const DAYS = 180;
const MEMBERS = 50;
const RESOURCES = 20;
const KEYS = 25;
const CHUNK = 250_000;
const OWNER_EMAIL = 'owner@s2.bench.test';
const PASSWORD = 'violet-harbor-lantern-92';
/** The seeded owner's sign-in (bench/csv.ts signs in as them too). */
export const S2_OWNER = { email: OWNER_EMAIL, password: PASSWORD };
const DAY_MS = 86_400_000;
const ITERATIONS = Number(process.env.S2_ITERATIONS || (QUICK ? 15 : 60));
const RAW_RUNS = Number(process.env.S2_RAW_RUNS || (QUICK || RECORDS > 10_000_000 ? 1 : 2));
const SPENDS = QUICK ? 15 : 40;
const SECONDS = Number(process.env.BENCH_SECONDS || (QUICK ? 3 : 10));

export async function withClient<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** The SPA's dashboard document, printed from the typed document codegen generated for the client. */
function dashboardDocument(): string {
  const file = readFileSync(path.join(__dirname, '../../client/src/gql/graphql.ts'), 'utf8');
  const m = /export const DashboardDocument = (\{.*?\}) as unknown as DocumentNode/.exec(file);
  if (!m) throw new Error('DashboardDocument not found in client/src/gql/graphql.ts (run the client codegen)');
  return print(JSON.parse(m[1]));
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** The bench server runs no workers: the month partitions of the seed's months and the next ones, as the app's maintenance makes them. */
const PARTITIONS_AHEAD = `SELECT usage_partitions_ensure(now() - interval '${DAYS + 31} days', now() + interval '3 months')`;

/** The cached seed; returns its URL. */
export async function ensureSeed(adminUrl: string): Promise<string> {
  const dbUrl = withDatabase(adminUrl, SEED_DB);
  const exists = await withClient(
    adminUrl,
    async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [SEED_DB])).rowCount,
  );
  if (exists) {
    const ds = createDataSource({ url: dbUrl, poolSize: 2, timeouts: { statementTimeoutMs: 0 } });
    await ds.initialize();
    // newer migrations since it was seeded (a backfill runs once, e.g. the month partitions' copy of the records)
    const ran = await ds.runMigrations({ transaction: 'each' });
    if (ran.length) await ds.query('ANALYZE');
    await ds.destroy();
    await withClient(dbUrl, (c) => c.query(PARTITIONS_AHEAD));
    console.log(`S2: reusing ${SEED_DB} (${RECORDS.toLocaleString('en')} records; drop it to reseed)`);
    return dbUrl;
  }
  const seeding = `${SEED_DB}_seeding`;
  console.log(`S2: seeding ${SEED_DB}: ${RECORDS.toLocaleString('en')} usage records over ${DAYS} days (kept for the next runs)`);
  await withClient(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${seeding} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${seeding}`);
  });
  const seedingUrl = withDatabase(adminUrl, seeding);
  const ds = createDataSource({ url: seedingUrl, poolSize: 2, timeouts: { statementTimeoutMs: 0 } });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  await withClient(seedingUrl, async (c) => {
    const q = (sql: string, params: unknown[] = []) => c.query(sql, params);
    await q(PARTITIONS_AHEAD);
    const hash = await hashPassword(PASSWORD, 4);
    const end = Math.floor(Date.now() / 60_000) * 60_000; // the newest record, a minute ago at most
    const start = end - DAYS * DAY_MS;
    const org = (await q(`INSERT INTO organizations (name, created_at) VALUES ('S2 Bench', $1) RETURNING id`, [new Date(start - DAY_MS)]))
      .rows[0].id;
    await q(
      `INSERT INTO users (name, email, password_hash, email_verified)
       SELECT CASE WHEN i = 1 THEN 'S2 Owner' ELSE 'Member ' || i END,
              CASE WHEN i = 1 THEN $2 ELSE 'member' || i || '@s2.bench.test' END, $3, true
         FROM generate_series(1, $1) i`,
      [MEMBERS, OWNER_EMAIL, hash],
    );
    await q(
      `INSERT INTO memberships (organization_id, user_id, role, created_at)
       SELECT $1, id, CASE WHEN email = $2 THEN 'OWNER' WHEN name LIKE '%0' THEN 'ADMIN' ELSE 'MEMBER' END, $3 FROM users`,
      [org, OWNER_EMAIL, new Date(start - DAY_MS)],
    );
    const members: string[] = (await q(`SELECT id FROM memberships ORDER BY created_at, id`)).rows.map((r) => r.id);
    await q(
      `INSERT INTO resources (organization_id, kind, name, created_by_id)
       SELECT $1, CASE WHEN i % 2 = 0 THEN 'AGENT' ELSE 'INSTANCE' END, 'resource-' || i, $2 FROM generate_series(1, $3) i`,
      [org, members[0], RESOURCES],
    );
    const resources: string[] = (await q(`SELECT id FROM resources ORDER BY name`)).rows.map((r) => r.id);
    // 25 keys, one for each of the first 25 members; every 5th revoked (still reported by name)
    await q(
      `INSERT INTO api_keys (organization_id, membership_id, name, prefix, secret_hash, revoked_at)
       SELECT $1, ($2::uuid[])[i], 'key-' || i, 'opk_' || lpad(i::text, 8, '0'), md5(i::text) || md5(i::text), CASE WHEN i % 5 = 0 THEN now() END
         FROM generate_series(1, $3) i`,
      [org, members, KEYS],
    );
    const keys: string[] = (await q(`SELECT id FROM api_keys ORDER BY name`)).rows.map((r) => r.id);
    const keyOf = members.map((_, i) => (i < KEYS ? keys[i] : null)); // the member's key, if they have one
    const TOP_UP = 10n ** 15n;
    await q(
      `INSERT INTO credit_transactions (organization_id, kind, amount, balance_after, membership_id, idempotency_key, created_at)
       VALUES ($1, 'TOP_UP', $2, $2, $3, 'seed-top-up', $4)`,
      [org, TOP_UP.toString(), members[0], new Date(start - DAY_MS)],
    );
    // the records in time order with increasing ids, so every index grows at its right edge;
    // FK triggers off while seeding (session_replication_role: the owner is a superuser)
    await q(`SET session_replication_role = replica`);
    const bar = new SingleBar(
      { format: 'S2 seed [{bar}] {percentage}% {value}/{total} records, {duration}s', noTTYOutput: true, notTTYSchedule: 10_000 },
      Presets.shades_classic,
    );
    bar.start(RECORDS, 0);
    const step = (DAYS * DAY_MS) / RECORDS;
    for (let lo = 1; lo <= RECORDS; lo += CHUNK) {
      const hi = Math.min(RECORDS, lo + CHUNK - 1);
      await q(
        `WITH g AS (
           SELECT i, ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid AS tx_id,
                     ('00000000-0000-4000-9000-' || lpad(to_hex(i), 12, '0'))::uuid AS ur_id,
                  ((i * 7) % 50 + 1) * 1000 AS credits,
                  to_timestamp(($3::float8 + i * $4::float8) / 1000) AS at,
                  ((i * 2654435761) % ${MEMBERS}) + 1 AS m,
                  ((i * 19) % ${RESOURCES + 1}) AS r,
                  (ARRAY['chat.completion', 'embedding', 'image', 'audio'])[((i * 97) % 4) + 1] AS op
             FROM generate_series($1::bigint, $2::bigint) i
         ), tx AS (
           INSERT INTO credit_transactions (id, organization_id, kind, amount, balance_after, membership_id, api_key_id, created_at)
           SELECT tx_id, $5, 'USAGE', -credits, 0, ($6::uuid[])[m], CASE WHEN i % 3 <> 0 THEN ($8::uuid[])[m] END, at FROM g
         )
         INSERT INTO usage_records (id, organization_id, membership_id, api_key_id, resource_id, operation, credits, transaction_id, created_at)
         SELECT ur_id, $5, ($6::uuid[])[m], CASE WHEN i % 3 <> 0 THEN ($8::uuid[])[m] END, CASE WHEN r = 0 THEN NULL ELSE ($7::uuid[])[r] END,
                op, credits, tx_id, at FROM g`,
        [lo, hi, start, step, org, members, resources, keyOf],
      );
      bar.update(hi);
    }
    bar.stop();
    await q(`SET session_replication_role = DEFAULT`);
    console.log('S2 seed: rollups (daily, and the dashboard day/hour rollups), balance, VACUUM ANALYZE…');
    await q(
      `INSERT INTO usage_daily (organization_id, day, membership_id, resource_id, operation, credits, count)
       SELECT organization_id, (created_at AT TIME ZONE 'UTC')::date, membership_id, coalesce(resource_id, '${NO_RESOURCE}'::uuid), operation, sum(credits), count(*)
         FROM usage_records GROUP BY 1, 2, 3, 4, 5`,
    );
    for (const sql of rollupRebuildStatements()) await q(sql);
    await q(
      `INSERT INTO credit_balances (organization_id, balance) SELECT $1, sum(amount) FROM credit_transactions WHERE organization_id = $1`,
      [org],
    );
    await q('VACUUM ANALYZE');
  });
  await withClient(adminUrl, (c) => c.query(`ALTER DATABASE ${seeding} RENAME TO ${SEED_DB}`));
  return dbUrl;
}

interface Range {
  name: string;
  from: Date;
  to: Date;
}

/** 7/30/90/180 days: aligned as the SPA asks (midnight to the midnight after the newest day), and not (to a minute, 17 minutes before the newest record). */
function ranges(end: Date): Range[] {
  const out: Range[] = [];
  const nextMidnight = Math.floor(end.getTime() / DAY_MS) * DAY_MS + DAY_MS;
  const odd = end.getTime() - 17 * 60_000 - 23_000;
  for (const days of [7, 30, 90, 180])
    out.push({ name: `${days}d aligned`, from: new Date(nextMidnight - days * DAY_MS), to: new Date(nextMidnight) });
  for (const days of [7, 30, 90, 180])
    out.push({ name: `${days}d unaligned`, from: new Date(odd - days * DAY_MS + 7 * 60_000), to: new Date(odd) });
  return out;
}

async function gql(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}

const fine = (r: { status: number; body: any }) => r.status === 200 && !r.body.errors && Array.isArray(r.body.data?.byDay);

/** The same questions straight from the records, the way a dashboard without rollups answers them. */
async function rawDashboard(c: Client, org: string, r: Range) {
  const p = [org, r.from, r.to];
  const w = `organization_id = $1 AND created_at >= $2 AND created_at < $3`;
  const byDay = await c.query(
    `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS key, sum(credits) AS credits FROM usage_records WHERE ${w} GROUP BY 1`,
    p,
  );
  const byMember = await c.query(
    `SELECT membership_id::text AS key, sum(credits) AS credits, count(*) AS n FROM usage_records WHERE ${w} GROUP BY 1`,
    p,
  );
  const byResource = await c.query(`SELECT resource_id::text AS key, sum(credits) AS credits FROM usage_records WHERE ${w} GROUP BY 1`, p);
  const count = await c.query(`SELECT count(*) AS n FROM usage_records WHERE ${w}`, p);
  return { byDay: byDay.rows, byMember: byMember.rows, byResource: byResource.rows, count: Number(count.rows[0].n) };
}

/** micro-credits of a decimal credits string */
const micro = (s: string) => {
  const [i, f = ''] = s.split('.');
  return BigInt(i) * 1_000_000n + BigInt((f + '000000').slice(0, 6));
};

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const v = await work();
  return [performance.now() - t0, v];
}

/** The server's SQL statements and CPU time so far (bench/stats.ts over IPC); null from a server that does not answer. */
function serverStats(child: ChildProcess): Promise<{ sql: number; cpuMs: number } | null> {
  return new Promise((resolve) => {
    if (!child.send) return resolve(null);
    const timer = setTimeout(() => resolve(null), 2000);
    child.once('message', (m: { sql: number; cpu: NodeJS.CpuUsage }) => {
      clearTimeout(timer);
      resolve({ sql: m.sql, cpuMs: (m.cpu.user + m.cpu.system) / 1000 });
    });
    child.send('stats');
  });
}

/** CPU time (ms) of the PostgreSQL backends connected to the seed database, from /proc (clock ticks of 10 ms; 0 for one gone). */
async function backendsCpuMs(c: Client): Promise<Map<number, number>> {
  const pids: number[] = (
    await c.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)
  ).rows.map((r) => r.pid);
  const out = new Map<number, number>();
  for (const pid of pids) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      out.set(pid, (Number(f[11]) + Number(f[12])) * 10);
    } catch {
      // a backend that ended (or /proc not readable: PostgreSQL elsewhere)
    }
  }
  return out;
}

const sumDelta = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((s, [pid, ms]) => s + ms - (before.get(pid) ?? 0), 0);

/** `clients` loops over the ranges for `seconds`; dashboards/s, errors, latency percentiles. */
async function loadRun(url: string, token: string, doc: string, rs: Range[], clients: number, seconds: number) {
  const end = Date.now() + seconds * 1000;
  const lat: number[] = [];
  let ok = 0;
  let errors = 0;
  let firstError: unknown = null;
  let n = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < end) {
        const r = rs[n++ % rs.length];
        const [t, res] = await timed(() =>
          gql(url, token, doc, { from: r.from.toISOString(), to: r.to.toISOString() }).catch((e) => ({
            status: 0,
            body: { errors: [String(e)] },
          })),
        );
        lat.push(t);
        if (fine(res)) ok++;
        else {
          errors++;
          firstError ??= res.body.errors ?? res.body;
        }
      }
    }),
  );
  lat.sort((a, b) => a - b);
  return { perSecond: ok / seconds, ok, errors, firstError, p50: pct(lat, 50), p99: pct(lat, 99) };
}

export async function dashboardSection(adminUrl: string): Promise<void> {
  const dbUrl = await ensureSeed(adminUrl);
  const doc = dashboardDocument();
  const { org, end, records } = await withClient(dbUrl, async (c) => {
    const row = (await c.query(`SELECT organization_id AS org, max(created_at) AS end, count(*) AS n FROM usage_records GROUP BY 1`))
      .rows[0];
    return { org: row.org as string, end: new Date(row.end), records: Number(row.n) };
  });
  // S2_RANGES=unaligned (a substring of the names): only those ranges, for a quicker look
  const rs = ranges(end).filter((r) => !process.env.S2_RANGES || r.name.includes(process.env.S2_RANGES));
  const server = await startServer(dbUrl, {
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    RATE_LIMIT_ENABLED: 'false',
    BENCH_POOL: process.env.BENCH_POOL ?? '8',
  });
  try {
    const login = await gql(server.url, '', `mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }`, {
      i: { email: OWNER_EMAIL, password: PASSWORD },
    });
    const token: string = login.body.data?.logIn?.accessToken;
    if (!token) throw new Error(`S2: could not sign in: ${JSON.stringify(login.body.errors)}`);
    console.log(
      `S2 dashboard: ${records.toLocaleString('en')} usage records, ${DAYS} days, ${MEMBERS} members, ${RESOURCES} resources; server ${process.env.BENCH_SERVER_DIR ?? 'this checkout'}`,
    );
    console.log(
      `${'range'.padEnd(16)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'raw GROUP BY p50'.padStart(17)} ${'ratio'.padStart(7)}  exact`,
    );
    // the request floor on this machine right now: the same server answering `{ __typename }`
    const floor: number[] = [];
    for (let i = 0; i < ITERATIONS + 3; i++) {
      const [t, res] = await timed(() => gql(server.url, token, '{ __typename }', {}));
      if (res.status !== 200 || res.body.errors) throw new Error(`S2 floor: ${JSON.stringify(res.body)}`);
      if (i >= 3) floor.push(t);
    }
    floor.sort((a, b) => a - b);
    console.log(
      `${'{ __typename }'.padEnd(16)} ${ms(pct(floor, 50)).padStart(9)} ${ms(pct(floor, 95)).padStart(9)}  (the request floor: auth, session check, Apollo)`,
    );
    const raw = new Client({ connectionString: dbUrl });
    await raw.connect();
    const summary: Array<{ name: string; p95: number; ratio: number }> = [];
    try {
      for (const r of rs) {
        const vars = { from: r.from.toISOString(), to: r.to.toISOString() };
        for (let i = 0; i < 3; i++) await gql(server.url, token, doc, vars); // warm-up
        const lat: number[] = [];
        let last: any = null;
        for (let i = 0; i < ITERATIONS; i++) {
          const [t, res] = await timed(() => gql(server.url, token, doc, vars));
          if (!fine(res)) throw new Error(`S2 ${r.name}: ${JSON.stringify(res.body.errors ?? res.body)}`);
          lat.push(t);
          last = res.body.data;
        }
        lat.sort((a, b) => a - b);
        const rawTimes: number[] = [];
        let truth: Awaited<ReturnType<typeof rawDashboard>> | null = null;
        for (let i = 0; i < RAW_RUNS; i++) {
          const [t, v] = await timed(() => rawDashboard(raw, org, r));
          rawTimes.push(t);
          truth = v;
        }
        rawTimes.sort((a, b) => a - b);
        // S2_RAW_RUNS=0 (the 50M seed: minutes a range): no baseline, no exactness check
        let exact: boolean | null = null;
        if (truth) {
          const total = truth.byDay.reduce((s: bigint, x: any) => s + BigInt(x.credits), 0n);
          const apiTotal = last.byDay.reduce((s: bigint, b: any) => s + micro(b.credits), 0n);
          const members = new Map(truth.byMember.map((x: any) => [x.key, BigInt(x.credits)]));
          exact =
            apiTotal === total &&
            last.recent.totalCount === truth.count &&
            last.byMember.length === members.size &&
            last.byMember.every((b: any) => members.get(b.key) === micro(b.credits)) &&
            last.byResource.length === truth.byResource.length;
        }
        const rawP50 = truth ? pct(rawTimes, 50) : NaN;
        const ratio = rawP50 / pct(lat, 50);
        summary.push({ name: r.name, p95: pct(lat, 95), ratio });
        console.log(
          `${r.name.padEnd(16)} ${ms(pct(lat, 50)).padStart(9)} ${ms(pct(lat, 95)).padStart(9)} ${(truth ? ms(rawP50) : 'skipped').padStart(17)} ${(truth ? `${ratio.toFixed(0)}×` : '-').padStart(7)}  ${exact === null ? '-' : exact ? 'yes' : 'NO'}`,
        );
        if (exact === false) process.exitCode = 1;
      }
    } finally {
      await raw.end();
    }
    const worst = summary.reduce((a, b) => (b.p95 > a.p95 ? b : a));
    const least = summary.reduce((a, b) => (b.ratio < a.ratio || Number.isNaN(a.ratio) ? b : a));
    console.log(
      `S2 at 1 client: worst p95 ${ms(worst.p95)} (${worst.name}; goal ≤ 50 ms), least ratio ${least.ratio.toFixed(0)}× (${least.name}; goal ≥ 30×)`,
    );
    // the write side at this size: a spend through the app's path (ledger entry, record in its month partition, rollups)
    const spendDoc = `mutation($i: RecordUsageInput!) { recordUsage(input: $i) { id } }`;
    const spendLat: number[] = [];
    for (let i = 0; i < SPENDS + 3; i++) {
      const [t, res] = await timed(() =>
        gql(server.url, token, spendDoc, {
          i: { operation: 'chat.completion', credits: '0.001', idempotencyKey: `s2-insert-${Date.now()}-${i}` },
        }),
      );
      if (res.status !== 200 || res.body.errors) throw new Error(`S2 insert: ${JSON.stringify(res.body.errors ?? res.body)}`);
      if (i >= 3) spendLat.push(t);
    }
    spendLat.sort((a, b) => a - b);
    console.log(
      `S2 insert at ${records.toLocaleString('en')} records (recordUsage, 1 client): p50 ${ms(pct(spendLat, 50))}, p95 ${ms(pct(spendLat, 95))}`,
    );
    for (const clients of [8, 64]) {
      await loadRun(server.url, token, doc, rs, clients, 1); // warm-up
      const s0 = await serverStats(server.child);
      const pg0 = await withClient(dbUrl, backendsCpuMs);
      const l = await loadRun(server.url, token, doc, rs, clients, SECONDS);
      const pg1 = await withClient(dbUrl, backendsCpuMs);
      const s1 = await serverStats(server.child);
      const n = l.ok + l.errors || 1;
      const cost =
        s0 && s1
          ? `; per dashboard: ${((s1.sql - s0.sql) / n).toFixed(1)} SQL, node CPU ${ms((s1.cpuMs - s0.cpuMs) / n)}, PG CPU ${ms(sumDelta(pg0, pg1) / n)}`
          : '';
      console.log(
        `S2 at ${String(clients).padStart(2)} clients: ${l.perSecond.toFixed(0)} dashboards/s, errors ${l.errors} of ${l.ok + l.errors}, p50 ${ms(l.p50)}, p99 ${ms(l.p99)}${cost}` +
          (clients === 8 ? ' (goal ≥ 100/s)' : ' (goal: no error)') +
          (l.firstError ? `  first error: ${JSON.stringify(l.firstError).slice(0, 300)}` : ''),
      );
    }
  } finally {
    server.child.removeAllListeners('exit');
    server.child.kill('SIGTERM');
  }
}
