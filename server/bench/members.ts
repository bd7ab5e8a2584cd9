/**
 * S1, the members page (issue 11), a section of `pnpm bench` (BENCH_ONLY=members alone):
 * 10,000 members in one organization, the SPA's members query (SPA_MEMBERS_QUERY, the exact
 * document of client/src/features/members/members.graphql.ts), the first page and a deep page (the last
 * 50), at 8 and 64 connections, against four servers, each its own process:
 *   orgpulse      bench/server.ts (the app as it runs)
 *   B1            bench/b1-server.ts (graphql-js + Apollo + pg by hand, same JWT and session check)
 *   PostGraphile  bench/postgraphile-server.ts (PostGraphile 5.1.5 over the same tables, same JWT and session
 *                 check; its own query document, bench/postgraphile-queries.ts; PG_AUTH=owner|rls, see there)
 *   floor         bench/floor-server.ts (node:http + one SQL JOIN)
 * Every response must carry the page and no errors (a bad one counts as an error); orgpulse's, B1's and
 * the floor's answers must be identical, PostGraphile's must carry the same rows (ids, users, inviters,
 * per-row fields, in order), hasNextPage and totalCount. Prints req/s, p50, SQL statements and server CPU
 * per request, and the ratios to B1, PostGraphile and the floor. Figures are printed, never asserted.
 * S1_SERVERS=orgpulse,postgraphile (names in lower case) runs only those (orgpulse still starts: it logs in).
 *
 * The seeded database is kept between runs under a data-version name (SEED_DB): change the
 * seed, bump the version. S1_CONNECTIONS=8,64 S1_PAGES=first,deep S1_ROUNDS=3 narrow a run. BENCH_QUICK=1: 2 s per run, one round; else 8 s, and the servers
 * take turns (ROUNDS rounds, median of them).
 */
import { ChildProcess, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import { hashPassword } from '../src/common/auth/passwords';
import { createDataSource } from '../src/db/data-source';
import { STATUS_KINDS } from '../src/modules/mail';
import { SPA_MEMBERS_QUERY } from './members-sql';
import { closeAgents, postGraphql as post } from './http-client';
import { POSTGRAPHILE_CURSOR_QUERY, POSTGRAPHILE_MEMBERS_QUERY, postgraphileAsSpa, spaComparable } from './postgraphile-queries';
import { withDatabase } from '../test/helpers/postgres';

const QUICK = process.env.BENCH_QUICK === '1';
const SECONDS = Number(process.env.BENCH_SECONDS || (QUICK ? 2 : 8));
const ROUNDS = Number(process.env.S1_ROUNDS || (QUICK ? 1 : 3));
const CONNECTIONS = (process.env.S1_CONNECTIONS || '8,64').split(',').map(Number);
const SERVERS: Array<[name: string, file: string]> = [
  ['orgpulse', 'server.ts'],
  ['B1', 'b1-server.ts'],
  ['PostGraphile', 'postgraphile-server.ts'],
  ['floor', 'floor-server.ts'],
];
const SELECTED = process.env.S1_SERVERS?.toLowerCase().split(',');
const SEED_DB = 'orgpulse_bench_s1_v1';
const MEMBERS = 10_000;
const PAGE = 50;
const OWNER_EMAIL = 'owner@s1.bench.test';
const PASSWORD = 'violet-harbor-lantern-92';
const JWT_SECRET = 'orgpulse-bench-s1-secret-0123456789abcdef';

interface Server {
  name: string;
  child: ChildProcess;
  url: string;
}

async function withClient<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

function start(name: string, file: string, dbUrl: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const dir = path.join(__dirname, '..');
    // BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"): node flags for orgpulse's server only
    const nodeArgs =
      name === 'orgpulse' || process.env.S1_PROF_ALL ? (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean) : [];
    const child = spawn(process.execPath, [...nodeArgs, '-r', '@swc-node/register', path.join(__dirname, file)], {
      cwd: dir,
      // the cost budget stays on (its store's round trip is part of the app), too high to refuse the bench
      env: {
        ...process.env,
        NODE_ENV: 'production', // as deployed (graphql-js without its development checks), for the three servers alike
        DATABASE_URL: dbUrl,
        BCRYPT_COST: '4',
        JWT_SECRET,
        LOG_LEVEL: 'silent',
        RATE_LIMIT_PER_ORGANIZATION: '1000000000',
      },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /READY (\S+)/.exec(out);
      if (m) resolve({ name, child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`${name} server exited (${code})`)));
  });
}

function stop(s: Server): void {
  s.child.removeAllListeners('exit');
  // a profiled server writes its profile as it exits on SIGTERM
  s.child.kill((s.name === 'orgpulse' || process.env.S1_PROF_ALL) && process.env.BENCH_SERVER_NODE_ARGS ? 'SIGTERM' : 'SIGKILL');
}

function stats(s: Server): Promise<{ sql: number; cpuMs: number }> {
  return new Promise((resolve) => {
    s.child.once('message', (m: { sql: number; cpu: NodeJS.CpuUsage }) =>
      resolve({ sql: m.sql, cpuMs: (m.cpu.user + m.cpu.system) / 1000 }),
    );
    s.child.send('stats');
  });
}

const good = (r: { status: number; json: any }) =>
  r.status === 200 && !r.json.errors && Array.isArray(r.json.data?.members?.nodes) && r.json.data.members.nodes.length === PAGE;

/** The cached seed: the owner (signed up through the app) and 9,999 members added in SQL. */
async function ensureSeed(adminUrl: string): Promise<string> {
  const dbUrl = withDatabase(adminUrl, SEED_DB);
  const exists = await withClient(
    adminUrl,
    async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [SEED_DB])).rowCount,
  );
  if (exists) {
    const ds = createDataSource({ url: dbUrl, poolSize: 2 });
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' }); // newer migrations since it was seeded
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM memberships`);
    await ds.destroy();
    if (n === MEMBERS) return dbUrl;
    await withClient(adminUrl, (c) => c.query(`DROP DATABASE ${SEED_DB} WITH (FORCE)`));
  }
  console.log(`S1: seeding ${SEED_DB} (${MEMBERS} members; kept for the next runs)`);
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${SEED_DB}_seeding`));
  const seedingUrl = withDatabase(adminUrl, `${SEED_DB}_seeding`);
  const ds = createDataSource({ url: seedingUrl, poolSize: 2 });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  const app = await start('seed', 'server.ts', seedingUrl);
  try {
    const signUp = await post(
      app.url,
      '',
      JSON.stringify({
        query: `mutation($i: SignUpInput!) { signUp(input: $i) { member { id } organization { id } } }`,
        variables: { i: { name: 'S1 Owner', email: OWNER_EMAIL, password: PASSWORD, organizationName: 'S1 Bench' } },
      }),
      1,
    );
    const { member, organization } = signUp.json.data.signUp;
    const hash = await hashPassword(PASSWORD, 4);
    const n = MEMBERS - 1;
    await ds.transaction(async (em) => {
      await em.query(
        `INSERT INTO users (name, email, password_hash) SELECT 'Member ' || i, 'member' || i || '@s1.bench.test', $2 FROM generate_series(1, $1) i`,
        [n, hash],
      );
      // joined one a second after the owner, in order; every 10th an admin, every 7th a guest, every
      // 50th suspended; every 5th with an allowance; email statuses in turn (FAILED ones have an error)
      await em.query(
        `INSERT INTO memberships (organization_id, user_id, role, status, invited_by_id, email_status, created_at, last_active_at, monthly_allowance)
         SELECT $1, u.id,
                CASE WHEN i % 10 = 0 THEN 'ADMIN' WHEN i % 7 = 0 THEN 'GUEST' ELSE 'MEMBER' END,
                CASE WHEN i % 50 = 0 THEN 'SUSPENDED' ELSE 'ACTIVE' END,
                CASE WHEN i % 9 = 0 THEN NULL ELSE $2::uuid END,
                (ARRAY['NOT_SENT', 'PENDING', 'SENT', 'FAILED'])[i % 4 + 1],
                now() + i * interval '1 second',
                CASE WHEN i % 3 = 0 THEN now() - i * interval '1 minute' END,
                CASE WHEN i % 5 = 0 THEN (i % 100 + 1) * 1000000 END
           FROM (SELECT u.id, substring(u.email from 'member(\\d+)@')::int AS i FROM users u WHERE u.email LIKE 'member%@s1.bench.test') u`,
        [organization.id, member.id],
      );
      await em.query(
        `INSERT INTO email_outbox (organization_id, membership_id, kind, "to", subject, text, html, status, last_error, created_at)
         SELECT m.organization_id, m.id, $2, 'x@s1.bench.test', 's', 't', 'h', 'FAILED', '550 mailbox unavailable', m.created_at
           FROM memberships m WHERE m.organization_id = $1 AND m.email_status = 'FAILED'`,
        [organization.id, STATUS_KINDS[0]],
      );
      await em.query(
        `UPDATE credit_balances SET allowance_member_ids = ARRAY(SELECT id FROM memberships WHERE organization_id = $1 AND monthly_allowance IS NOT NULL)
          WHERE organization_id = $1`,
        [organization.id],
      );
    });
    await ds.query('ANALYZE');
  } finally {
    stop(app);
    await ds.destroy();
  }
  await withClient(adminUrl, (c) => c.query(`ALTER DATABASE ${SEED_DB}_seeding RENAME TO ${SEED_DB}`));
  return dbUrl;
}

interface Run {
  server: string;
  page: string;
  connections: number;
  ok: number;
  errors: number;
  latencies: number[];
  seconds: number;
  sqlPerRequest: number;
  cpuMsPerRequest: number;
}

async function run(s: Server, page: string, body: string, token: string, connections: number): Promise<Run> {
  const warmUntil = Date.now() + 1000;
  const end = warmUntil + SECONDS * 1000;
  const r: Run = {
    server: s.name,
    page,
    connections,
    ok: 0,
    errors: 0,
    latencies: [],
    seconds: SECONDS,
    sqlPerRequest: 0,
    cpuMsPerRequest: 0,
  };
  let before: { sql: number; cpuMs: number } | null = null;
  let firstError: unknown = null;
  const measuring = (async () => {
    await new Promise((res) => setTimeout(res, warmUntil - Date.now()));
    before = await stats(s);
  })();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const started = performance.now();
        let ok = false;
        try {
          const res = await post(s.url, token, body, connections);
          ok = good(res);
          if (!ok) firstError ??= JSON.stringify(res.json).slice(0, 300);
        } catch (err) {
          firstError ??= err;
        }
        if (Date.now() < warmUntil || !before) continue;
        if (Date.now() > end) break;
        r.latencies.push(performance.now() - started);
        if (ok) r.ok++;
        else r.errors++;
      }
    }),
  );
  await measuring;
  const after = await stats(s);
  const n = r.ok + r.errors || 1;
  r.sqlPerRequest = (after.sql - before!.sql) / n;
  r.cpuMsPerRequest = (after.cpuMs - before!.cpuMs) / n;
  if (firstError) console.error(`S1 ${s.name} ${page} c=${connections}: first error:`, firstError);
  return r;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Figure {
  rps: number;
  p50: number;
  sql: number;
  cpu: number;
  errors: number;
}

function figure(runs: Run[]): Figure {
  return {
    rps: median(runs.map((r) => r.ok / r.seconds)),
    p50: median(runs.map((r) => median(r.latencies))),
    sql: median(runs.map((r) => r.sqlPerRequest)),
    cpu: median(runs.map((r) => r.cpuMsPerRequest)),
    errors: runs.reduce((a, r) => a + r.errors, 0),
  };
}

export async function membersPageSection(adminUrl: string): Promise<void> {
  const dbUrl = await ensureSeed(adminUrl);
  const servers: Server[] = [];
  try {
    // one at a time: PostGraphile's introspection and orgpulse's start-up would otherwise race for the CPU
    for (const [name, file] of SERVERS)
      if (name === 'orgpulse' || !SELECTED || SELECTED.includes(name.toLowerCase())) servers.push(await start(name, file, dbUrl));
    const measured = servers.filter((s) => !SELECTED || SELECTED.includes(s.name.toLowerCase()));
    const logIn = await post(
      servers[0].url,
      '',
      JSON.stringify({
        query: `mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }`,
        variables: { i: { email: OWNER_EMAIL, password: PASSWORD } },
      }),
      1,
    );
    const token: string = logIn.json.data.logIn.accessToken;
    // the deep page: the last 50 members, after the cursor of the one before them
    const [deep] = await withClient(
      dbUrl,
      async (c) =>
        (
          await c.query(
            `SELECT created_at, id, organization_id FROM memberships WHERE status <> 'REMOVED' ORDER BY created_at, id OFFSET $1 LIMIT 1`,
            [MEMBERS - PAGE - 1],
          )
        ).rows,
    );
    const deepCursor = Buffer.from(JSON.stringify([new Date(deep.created_at).toISOString(), deep.id])).toString('base64url');
    const pages = (
      [
        ['first', JSON.stringify({ query: SPA_MEMBERS_QUERY, variables: { first: PAGE } })],
        ['deep', JSON.stringify({ query: SPA_MEMBERS_QUERY, variables: { first: PAGE, after: deepCursor } })],
      ] as Array<[string, string]>
    ).filter(([name]) => !process.env.S1_PAGES || process.env.S1_PAGES.split(',').includes(name));
    // PostGraphile's own document: the organization as a condition (checked against the session), and for the
    // deep page its own cursor of the same row (its keyset, as B1's and orgpulse's)
    const pgl = servers.find((s) => s.name === 'PostGraphile');
    const pglBodies = new Map<string, string>();
    if (pgl) {
      const org: string = deep.organization_id;
      const c = await post(
        pgl.url,
        token,
        JSON.stringify({ query: POSTGRAPHILE_CURSOR_QUERY, variables: { org, offset: MEMBERS - PAGE - 1 } }),
        1,
      );
      const after: string | undefined = c.json.data?.allMemberships?.edges?.[0]?.cursor;
      if (!after) throw new Error(`S1: PostGraphile gave no cursor: ${JSON.stringify(c.json).slice(0, 500)}`);
      pglBodies.set('first', JSON.stringify({ query: POSTGRAPHILE_MEMBERS_QUERY, variables: { org, first: PAGE } }));
      pglBodies.set('deep', JSON.stringify({ query: POSTGRAPHILE_MEMBERS_QUERY, variables: { org, first: PAGE, after } }));
    }
    const bodyOf = (s: Server, page: string, body: string) => (s.name === 'PostGraphile' ? pglBodies.get(page)! : body);
    // they answer the same, and correctly (after one request each: the session check marks the owner active)
    for (const [page, body] of pages) await Promise.all(servers.map((s) => post(s.url, token, bodyOf(s, page, body), 1)));
    for (const [page, body] of pages) {
      const answers = await Promise.all(servers.map((s) => post(s.url, token, bodyOf(s, page, body), 1)));
      for (const [i, a] of answers.entries())
        if (!good(a)) throw new Error(`S1: ${servers[i].name} ${page} page: ${JSON.stringify(a.json).slice(0, 500)}`);
      for (const [i, a] of answers.entries()) {
        if (servers[i].name === 'PostGraphile') {
          // its own shape: the same rows, in order, as far as the tables carry them
          const mine = postgraphileAsSpa(a.json.data.members);
          const theirs = spaComparable(answers[0].json.data.members);
          if (!isDeepStrictEqual(mine, theirs)) {
            const d = mine.nodes.findIndex((n, k) => !isDeepStrictEqual(n, theirs.nodes[k]));
            console.error(
              `S1: PostGraphile answers the ${page} page differently from orgpulse (row ${d}):`,
              JSON.stringify(d >= 0 ? mine.nodes[d] : { ...mine, nodes: undefined }),
              'vs',
              JSON.stringify(d >= 0 ? theirs.nodes[d] : { ...theirs, nodes: undefined }),
            );
            process.exitCode = 1;
          }
          continue;
        }
        // data only: orgpulse's extensions carry its cost budget
        if (!isDeepStrictEqual(a.json.data, answers[0].json.data)) {
          const d = a.json.data.members.nodes.findIndex(
            (n: unknown, k: number) => !isDeepStrictEqual(n, answers[0].json.data.members.nodes[k]),
          );
          const mine: Record<string, unknown> = a.json.data.members.nodes[d] ?? a.json.data.members;
          const theirs: Record<string, unknown> = answers[0].json.data.members.nodes[d] ?? answers[0].json.data.members;
          const keys = Object.keys({ ...mine, ...theirs }).filter((k) => !isDeepStrictEqual(mine[k], theirs[k]));
          console.error(
            `S1: ${servers[i].name} answers the ${page} page differently from orgpulse (row ${d}):`,
            keys.map((k) => `${k}: ${JSON.stringify(mine[k])} vs ${JSON.stringify(theirs[k])}`).join('; '),
          );
          process.exitCode = 1;
        }
      }
    }
    console.log(
      `S1 members page: ${MEMBERS} members, pages of ${PAGE}, ${SECONDS}s per run after a 1s warm-up, ${ROUNDS} round(s), ` +
        `${os.cpus().length} CPUs, load average ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
    );
    const runs: Run[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const connections of CONNECTIONS) {
        for (const [page, body] of pages) {
          for (const s of measured) runs.push(await run(s, page, bodyOf(s, page, body), token, connections));
        }
      }
    }
    const f = (n: number, d = 1) => n.toFixed(d).padStart(7);
    console.log(
      'server        page   conns    req/s  p50 ms  SQL/req  CPU ms/req  ×B1 req/s  ×PG req/s  ×floor req/s  ×B1 CPU  ×PG CPU  errors',
    );
    for (const connections of CONNECTIONS) {
      for (const [page] of pages) {
        const of = (name: string) => {
          const mine = runs.filter((r) => r.server === name && r.page === page && r.connections === connections);
          return mine.length ? figure(mine) : null;
        };
        const b1 = of('B1');
        const pg = of('PostGraphile');
        const floor = of('floor');
        // a ratio to a server not measured in this run (S1_SERVERS): "-"
        const ratio = (x: number, to: number | undefined) => (to === undefined ? '      -' : f(x / to, 2));
        for (const s of measured) {
          const x = of(s.name)!;
          console.log(
            `${s.name.padEnd(13)} ${page.padEnd(6)} ${String(connections).padStart(5)}  ${f(x.rps)} ${f(x.p50)}  ${f(x.sql, 2)}  ${f(x.cpu, 2)}     ` +
              `${ratio(x.rps, b1?.rps)}    ${ratio(x.rps, pg?.rps)}       ${ratio(x.rps, floor?.rps)}  ${ratio(x.cpu, b1?.cpu)}  ${ratio(x.cpu, pg?.cpu)}  ${x.errors}`,
          );
        }
      }
    }
    console.log(
      `load average after: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    for (const s of servers) stop(s);
    closeAgents();
  }
}
