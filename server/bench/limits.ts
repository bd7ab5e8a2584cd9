/**
 * Query-limits benchmark (issue 9), a section of `pnpm bench`:
 *   refusals: each attack document sent LIMITS_REQUESTS times (200; 40 with BENCH_QUICK=1)
 *             one after the other; refusal latency p50/p99 (goal: p99 under 10 ms). Each request
 *             is cut at 5 s (so a server without the limits can be measured too).
 *   members:  the SPA's members-page query, CLIENTS loops, alone and then while the attacks and
 *             a wrong-password logIn flood run beside it; the ratio of the two (goal ≥ 70%).
 * Figures are printed, never asserted.
 */
import { ChildProcess, fork } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { BODY_LIMIT, deepQuery, exponentialFragments, manyAliases, repeatedFields } from './attacks';
import { SPA_MEMBERS_QUERY } from './members-sql';

const QUICK = process.env.BENCH_QUICK === '1';
const REQUESTS = Number(process.env.LIMITS_REQUESTS || (QUICK ? 40 : 200));
const CAP_MS = 5000;

/** The attack documents, small and at the largest size under the body and token limits. */
export function attackDocuments(): Array<[string, string]> {
  const docs: Array<[string, string]> = [
    ['exp. fragments n=24', exponentialFragments(24)],
    ['repeated fields 3,000', repeatedFields(3000)],
    ['repeated fields 5,900', repeatedFields(5900)],
    ['repeated fields 10,000', repeatedFields(10000)],
    ['aliases 1,000', manyAliases(1000)],
    ['aliases 1,900', manyAliases(1900)],
    ['depth 100', deepQuery(100)],
    ['depth 1,900', deepQuery(1900)],
    // last: without the limits, these never end (2^40 fields)
    ['exp. fragments n=40', exponentialFragments(40)],
    ['exp. fragments n=600', exponentialFragments(600)],
  ];
  for (const [name, q] of docs) if (Buffer.byteLength(q) > BODY_LIMIT) throw new Error(`${name} is over the body limit`);
  return docs;
}

/**
 * A comment makes each copy a new document: Apollo caches validated documents by hash, and an
 * attacker would vary them (a cached copy skips validation and would hide its cost).
 */
export const unique = (query: string, i: number) => `${query}\n#${i}`;

export interface Sent {
  ms: number;
  status: number | 'timeout' | 'error';
  code?: string;
}

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: Infinity });
/** One sender past its refusals, on one kept-alive connection. */
const DOOR_ADDRESS = '127.0.0.2';
const doorAgent = new http.Agent({ keepAlive: true, maxSockets: 64, localAddress: DOOR_ADDRESS } as http.AgentOptions);
/** The door's answers are held longer each time (common/refusals.ts, up to RATE_LIMIT_DOOR_DELAY_MS): the sender meets it this many times one after the other… */
const DOOR_SEQUENTIAL = 20;
/** …and then this many at once (each answer then held the longest), to measure what an answer at the door costs the server. */
const DOOR_PARALLEL = 64;

/**
 * POST /graphql over node:http, kept alive; with `from`, on a connection of its own from that
 * loopback address (127.x.y.z all reach the server), so a sender's refusal count (common/refusals.ts)
 * does not close the door on the measurement of the limits themselves.
 */
export function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string, from?: string): Promise<Sent> {
  const started = performance.now();
  const body = JSON.stringify({ query, variables });
  return new Promise<Sent>((resolve) => {
    const done = (status: Sent['status'], code?: string) => resolve({ ms: performance.now() - started, status, code });
    const req = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: from === DOOR_ADDRESS ? doorAgent : from ? false : keepAlive,
        ...(from && from !== DOOR_ADDRESS ? { localAddress: from } : {}),
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        timeout: CAP_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          let code: string | undefined;
          try {
            code = (JSON.parse(Buffer.concat(chunks).toString()) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]
              ?.extensions?.code;
          } catch {
            code = undefined;
          }
          done(res.statusCode ?? 'error', code);
        });
        res.on('error', () => done('error'));
      },
    );
    req.on('timeout', () => {
      req.destroy();
      done('timeout');
    });
    req.on('error', () => done('error'));
    req.end(body);
  });
}

let nextAddress = 0;
/** A loopback address no request came from yet (127.1.0.1, 127.1.0.2, …). */
function freshAddress(): string {
  const n = nextAddress++;
  return `127.${1 + ((n >> 16) & 0x7f)}.${(n >> 8) & 0xff}.${n & 0xff || 1}`;
}

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** After a timed-out attack the server may still be busy: waits (up to a minute) until it answers again. */
async function waitHealthy(url: string): Promise<boolean> {
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) })).ok) return true;
    } catch {
      /* still blocked */
    }
  }
  return false;
}

/** Returns false when an attack left the server blocked (a server without the limits). */
/** The server's CPU time so far (ms), through bench/stats.ts. */
export function serverCpuMs(server: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    server.once('message', (m: { cpu: NodeJS.CpuUsage }) => resolve((m.cpu.user + m.cpu.system) / 1000));
    server.send('stats');
  });
}

export async function refusalSection(url: string, server: ChildProcess): Promise<boolean> {
  console.log(
    `\nquery limits: refusal time of each attack document, ${REQUESTS} requests one after the other, each unique and from` +
      ` an address of its own (cut at ${CAP_MS} ms)`,
  );
  const line = (name: string, bytes: number | string, results: Sent[], cpuMs: number) => {
    const ms = results.map((r) => r.ms).sort((a, b) => a - b);
    const outcomes = new Map<string, number>();
    for (const r of results) {
      const k = `${r.status}${r.code ? ` ${r.code}` : ''}`;
      outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
    }
    console.log(
      `  ${name.padEnd(24)} ${String(bytes).padStart(6)} B  n=${String(results.length).padStart(3)}` +
        `  p50=${pct(ms, 50).toFixed(1).padStart(7)} ms  p99=${pct(ms, 99).toFixed(1).padStart(7)} ms` +
        `  server CPU ${(cpuMs / results.length).toFixed(2).padStart(5)} ms each  ` +
        [...outcomes].map(([k, n]) => `${k} ×${n}`).join(', '),
    );
    return pct(ms, 99);
  };
  // the floor of this machine right now: the same request path with nothing to refuse
  const floor: Sent[] = [];
  let cpu = await serverCpuMs(server);
  const cpuSince = async () => -cpu + (cpu = await serverCpuMs(server));
  for (let i = 0; i < REQUESTS; i++) floor.push(await post(url, `{ __typename }\n#${i}`, {}, undefined, freshAddress()));
  line('a trivial query (floor)', 15, floor, await cpuSince());
  let worst = 0;
  for (const [name, query] of attackDocuments()) {
    await cpuSince();
    const results: Sent[] = [];
    let timeouts = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const r = await post(url, unique(query, i), {}, undefined, freshAddress());
      results.push(r);
      if (r.status === 'timeout') {
        timeouts++;
        if (!(await waitHealthy(url))) {
          console.log(`  ${name.padEnd(24)} the server is still blocked a minute after the first ${CAP_MS} ms request: stopping here`);
          return false;
        }
        if (timeouts >= 3) break; // enough to know: seconds per request
      }
    }
    worst = Math.max(worst, line(name, Buffer.byteLength(query), results, await cpuSince()));
  }
  // one address sending them all: past its refusals (RATE_LIMIT_REFUSALS), the door answers (common/refusals.ts)
  const docs = attackDocuments();
  const door: Sent[] = [];
  await cpuSince();
  for (let i = 0, atDoor = 0; atDoor < DOOR_SEQUENTIAL && i < REQUESTS * 10; i++) {
    const r = await post(url, unique(docs[i % docs.length][1], i), {}, undefined, DOOR_ADDRESS);
    door.push(r);
    if (r.status === 429) atDoor++;
  }
  line('all, from one address', 'mixed', door, await cpuSince());
  // …and once the door is closed, what each further request costs: REQUESTS of them, DOOR_PARALLEL at a time, each held
  // the longest (their latency is the hold; the server's CPU per request is the cost)
  const closed: Sent[] = [];
  let sent = 0;
  await Promise.all(
    Array.from({ length: DOOR_PARALLEL }, async () => {
      while (sent < REQUESTS) {
        const i = sent++;
        closed.push(await post(url, unique(docs[i % docs.length][1], i), {}, undefined, DOOR_ADDRESS));
      }
    }),
  );
  line(`door closed, ${DOOR_PARALLEL} at once`, 'mixed', closed, await cpuSince());
  console.log(`  worst p99 of the attack documents: ${worst.toFixed(1)} ms (goal < 10 ms)`);
  return true;
}

/** `clients` loops of `call` for `seconds`; returns completed calls per second (good ones) and latencies. */
async function loop(clients: number, seconds: number, call: () => Promise<boolean>, stop?: { done: boolean }) {
  const end = Date.now() + seconds * 1000;
  let ok = 0;
  let bad = 0;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (stop ? !stop.done : Date.now() < end) {
        const t = performance.now();
        if (await call().catch(() => false)) ok++;
        else bad++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { perSecond: ok / seconds, ok, bad, latencies: latencies.sort((a, b) => a - b) };
}

/** The documents of the attack beside the members page: issue 11's S4 (depth 30, 1,000 aliases) and issue 9's list. */
export function besideDocuments(): string[] {
  return [deepQuery(30), manyAliases(1000), ...attackDocuments().map(([, q]) => q)];
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * Issue 11's S4: the members page (32 clients) alone, then beside 8 clients sending the attack
 * documents (each one unique, so no cache can answer it) and 32 clients flooding logIn with wrong
 * passwords for one account, from the same address. Alone and beside alternate, RUNS times
 * (3; medians), in one run of the same server.
 */
export async function membersUnderAttackSection(url: string, token: string, victimEmail: string, server: ChildProcess): Promise<void> {
  const seconds = QUICK ? 3 : Number(process.env.BENCH_SECONDS || 8);
  const runs = Number(process.env.BENCH_RUNS || 3);
  const clients = Number(process.env.BENCH_MEMBERS_CLIENTS || 32);
  const attackClients = Number(process.env.BENCH_ATTACK_CLIENTS || 8);
  const floodClients = Number(process.env.BENCH_FLOOD_CLIENTS || 32);
  const members = async () => {
    const r = await post(url, SPA_MEMBERS_QUERY, { first: 50 }, token);
    return r.status === 200 && !r.code;
  };
  await loop(clients, 1, members); // warm-up

  const underAttack = async () => {
    const attacker = fork(path.join(__dirname, 'attacker.ts'), [], {
      execArgv: ['-r', '@swc-node/register'],
      env: {
        ...process.env,
        ATTACK_URL: url,
        ATTACK_VICTIM: victimEmail,
        ATTACK_CLIENTS: String(attackClients),
        FLOOD_CLIENTS: String(floodClients),
      },
    });
    const started = performance.now();
    const report = new Promise<{ outcomes: Map<string, number>; cpuMs: number }>((resolve, reject) => {
      attacker.on('message', (m: { outcomes?: Array<[string, number]>; cpuMs: number }) => {
        if (m && typeof m === 'object' && m.outcomes) resolve({ outcomes: new Map(m.outcomes), cpuMs: m.cpuMs });
      });
      attacker.on('exit', (code) => reject(new Error(`the attacker exited (${code})`)));
    });
    await new Promise<void>((resolve) => attacker.once('message', () => resolve())); // 'started'
    await new Promise((r) => setTimeout(r, 300)); // under way
    const beside = await loop(clients, seconds, members);
    attacker.send('stop');
    const { outcomes, cpuMs } = await report;
    return { ...beside, outcomes, attackerCpu: cpuMs / (performance.now() - started) };
  };

  const f = (r: { perSecond: number; latencies: number[]; bad: number }) =>
    `${r.perSecond.toFixed(0).padStart(6)}/s  p50=${pct(r.latencies, 50).toFixed(1).padStart(6)} ms  p99=${pct(r.latencies, 99).toFixed(1).padStart(7)} ms  failed=${r.bad}`;
  console.log(
    `\nmembers page under attack (issue 11 S4): members page (first: 50) ${clients} clients; beside it ${attackClients} clients of attack documents` +
      ` and ${floodClients} clients of wrong-password logIns for one account; ${seconds}s each, alone and beside alternating, ${runs} runs`,
  );
  const alone: number[] = [];
  const beside: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const cpu0 = await serverCpuMs(server);
    const a = await loop(clients, seconds, members);
    const cpu1 = await serverCpuMs(server);
    const b = await underAttack();
    const besideCpu = (await serverCpuMs(server)) - cpu1;
    const aloneCpu = cpu1 - cpu0;
    const attackRequests = [...b.outcomes.values()].reduce((x, y) => x + y, 0);
    alone.push(a.perSecond);
    beside.push(b.perSecond);
    console.log(`  run ${run} alone                ${f(a)}  server CPU ${(aloneCpu / (seconds * 1000)).toFixed(2)} s/s`);
    console.log(
      `  run ${run} beside attacks       ${f(b)}  server CPU ${(besideCpu / (seconds * 1000)).toFixed(2)} s/s` +
        `, the attacker's own ${b.attackerCpu.toFixed(2)} s/s` +
        ` (${attackRequests} attack requests)  ${[...b.outcomes].map(([k, n]) => `${k} ×${n}`).join(', ')}`,
    );
  }
  const ratio = median(beside) / median(alone);
  console.log(
    `  median alone ${median(alone).toFixed(0)}/s, beside ${median(beside).toFixed(0)}/s: ratio ${(100 * ratio).toFixed(0)}%  (goal ≥ 70%)`,
  );
}
