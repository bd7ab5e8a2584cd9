/**
 * The CSV export (issue 11 §CSV), a section of `pnpm bench` (BENCH_ONLY=csv alone), over the
 * S2 dashboard's seeded database (bench/dashboard.ts): GET /api/usage.csv of 7 and 30 days
 * (about 390k and 1.67M rows at 10M records) from bench/server.ts, against `psql` running
 * `COPY (SELECT the same rows) TO STDOUT CSV` in the same run; rows/s of each, the ratio,
 * and the server's resident memory (VmRSS from /proc, sampled every 20 ms) before and at
 * its peak during each export, so "flat regardless of size" shows as the same peak for
 * both sizes. Each export is checked: one line per record of the range plus the header.
 * BENCH_SERVER_DIR=… measures another checkout's server ("before").
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensureSeed, S2_OWNER, withClient } from './dashboard';
import { startServer } from './spawn';

const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = Number(process.env.CSV_RUNS || (QUICK ? 1 : 3));
const DAY_MS = 86_400_000;

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Runs `work` while sampling the process's RSS; the peak. */
async function peakRss<T>(pid: number, work: () => Promise<T>): Promise<[T, number]> {
  let peak = rssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
  try {
    return [await work(), Math.max(peak, rssMb(pid))];
  } finally {
    clearInterval(timer);
  }
}

/** Streams the export and counts its lines and bytes without keeping it. */
async function download(url: string, token: string, from: Date, to: Date): Promise<{ lines: number; bytes: number; seconds: number }> {
  const started = performance.now();
  const res = await fetch(`${url}/api/usage.csv?from=${from.toISOString()}&to=${to.toISOString()}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 200) throw new Error(`usage.csv answered ${res.status}: ${await res.text()}`);
  let lines = 0;
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
  }
  return { lines, bytes, seconds: (performance.now() - started) / 1000 };
}

/** psql's own COPY of the same rows (same joins, plain columns) to /dev/null. */
function psqlCopy(dbUrl: string, org: string, from: Date, to: Date): Promise<number> {
  const sql = `COPY (SELECT u.created_at, u.id, u.membership_id, usr.name, u.api_key_id, k.name, k.prefix, u.resource_id, r.name, u.operation, u.credits
      FROM usage_records u JOIN memberships m ON m.id = u.membership_id JOIN users usr ON usr.id = m.user_id
      LEFT JOIN resources r ON r.id = u.resource_id LEFT JOIN api_keys k ON k.id = u.api_key_id
     WHERE u.organization_id = '${org}' AND u.created_at >= '${from.toISOString()}' AND u.created_at < '${to.toISOString()}'
     ORDER BY u.created_at, u.id) TO STDOUT WITH (FORMAT csv)`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('psql', ['-X', '-q', '-d', dbUrl, '-c', sql], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`psql exited ${code}`))));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function csvSection(adminUrl: string): Promise<void> {
  const dbUrl = await ensureSeed(adminUrl);
  const { org, end } = await withClient(dbUrl, async (c) => {
    const row = (await c.query(`SELECT organization_id AS org, max(created_at) AS end FROM usage_records GROUP BY 1`)).rows[0];
    return { org: row.org as string, end: new Date(row.end) };
  });
  const server = await startServer(dbUrl, { LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false', BENCH_POOL: process.env.BENCH_POOL ?? '4' });
  try {
    const login = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }`, variables: { i: S2_OWNER } }),
    });
    const token: string = ((await login.json()) as any).data.logIn.accessToken;
    const pid = server.child.pid!;
    console.log(
      `CSV export: server ${process.env.BENCH_SERVER_DIR ?? 'this checkout'}, medians of ${RUNS}; RSS at rest ${rssMb(pid).toFixed(0)} MB`,
    );
    for (const days of [7, 30]) {
      const to = new Date(end.getTime() + 1);
      const from = new Date(to.getTime() - days * DAY_MS);
      const [{ n: expected }] = (
        await withClient(dbUrl, (c) =>
          c.query(`SELECT count(*)::int AS n FROM usage_records WHERE organization_id = $1 AND created_at >= $2 AND created_at < $3`, [
            org,
            from,
            to,
          ]),
        )
      ).rows;
      const api: number[] = [];
      const copy: number[] = [];
      let peak = 0;
      let bytes = 0;
      for (let run = 0; run < RUNS; run++) {
        const [got, p] = await peakRss(pid, () => download(server.url, token, from, to));
        if (got.lines !== expected + 1) throw new Error(`CSV ${days}d: ${got.lines} lines for ${expected} records`);
        api.push(got.seconds);
        peak = Math.max(peak, p);
        bytes = got.bytes;
        copy.push(await psqlCopy(dbUrl, org, from, to));
      }
      const rate = expected / median(api);
      const copyRate = expected / median(copy);
      console.log(
        `CSV ${String(days).padStart(2)} days: ${expected.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(0)} MB in ${median(api).toFixed(2)} s = ${Math.round(rate).toLocaleString('en')} rows/s;` +
          ` psql COPY ${median(copy).toFixed(2)} s = ${Math.round(copyRate).toLocaleString('en')} rows/s; ratio ${(rate / copyRate).toFixed(2)}× (goal ≥ 0.5×); server peak RSS ${peak.toFixed(0)} MB`,
      );
    }
  } finally {
    server.child.removeAllListeners('exit');
    server.child.kill('SIGTERM');
  }
}
