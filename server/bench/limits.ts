/**
 * Query-limits benchmark (issue 9), a section of `pnpm bench`:
 *   refusals: each attack document sent LIMITS_REQUESTS times (200; 40 with BENCH_QUICK=1)
 *             one after the other; refusal latency p50/p99 (goal: p99 under 10 ms). Each request
 *             is cut at 5 s (so a server without the limits can be measured too).
 *   members:  the SPA's members-page query, CLIENTS loops, alone and then while the attacks and
 *             a wrong-password logIn flood run beside it; the ratio of the two (goal ≥ 70%).
 * Figures are printed, never asserted.
 */
import { BODY_LIMIT, deepQuery, exponentialFragments, manyAliases, repeatedFields } from './attacks';

const QUICK = process.env.BENCH_QUICK === '1';
const REQUESTS = Number(process.env.LIMITS_REQUESTS || (QUICK ? 40 : 200));
const CAP_MS = 5000;

export const MEMBERS_QUERY = `query Members($first: Int!, $after: String, $search: String, $role: Role, $status: MemberStatus) {
  members(first: $first, after: $after, search: $search, role: $role, status: $status) {
    nodes { ...MemberRow }
    pageInfo { endCursor hasNextPage }
    totalCount
  }
}
fragment MemberAllowanceFields on MemberAllowance { monthlyLimit usedThisMonth remaining }
fragment MemberRow on Member {
  id name email role status joinedAt lastActiveAt emailStatus emailError
  invitedBy { id name }
  allowance { ...MemberAllowanceFields }
}`;

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
const unique = (query: string, i: number) => `${query}\n#${i}`;

interface Sent {
  ms: number;
  status: number | 'timeout' | 'error';
  code?: string;
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Sent> {
  const started = performance.now();
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(CAP_MS),
    });
    const body = (await res.json().catch(() => ({}))) as { errors?: Array<{ extensions?: { code?: string } }> };
    return { ms: performance.now() - started, status: res.status, code: body.errors?.[0]?.extensions?.code };
  } catch (err) {
    return { ms: performance.now() - started, status: (err as Error).name === 'TimeoutError' ? 'timeout' : 'error' };
  }
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
export async function refusalSection(url: string): Promise<boolean> {
  console.log(`\nquery limits: refusal time of each attack document, ${REQUESTS} requests one after the other (cut at ${CAP_MS} ms)`);
  for (const [name, query] of attackDocuments()) {
    const results: Sent[] = [];
    let timeouts = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const r = await post(url, unique(query, i));
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
    const ms = results.map((r) => r.ms).sort((a, b) => a - b);
    const outcomes = new Map<string, number>();
    for (const r of results)
      outcomes.set(`${r.status}${r.code ? ` ${r.code}` : ''}`, (outcomes.get(`${r.status}${r.code ? ` ${r.code}` : ''}`) ?? 0) + 1);
    console.log(
      `  ${name.padEnd(24)} ${String(Buffer.byteLength(query)).padStart(6)} B  n=${String(results.length).padStart(3)}` +
        `  p50=${pct(ms, 50).toFixed(1).padStart(7)} ms  p99=${pct(ms, 99).toFixed(1).padStart(7)} ms  ` +
        [...outcomes].map(([k, n]) => `${k} ×${n}`).join(', '),
    );
  }
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

export async function membersUnderAttackSection(url: string, token: string, victimEmail: string, clients: number): Promise<void> {
  const seconds = QUICK ? 3 : Number(process.env.BENCH_SECONDS || 8);
  const members = async () => {
    const r = await post(url, MEMBERS_QUERY, { first: 50 }, token);
    return r.status === 200 && !r.code;
  };
  await loop(clients, 1, members); // warm-up
  const alone = await loop(clients, seconds, members);

  const stop = { done: false };
  const docs = attackDocuments();
  let attacks = 0;
  let logIns = 0;
  const attackers = loop(
    4,
    seconds,
    async () => {
      const n = attacks++;
      await post(url, unique(docs[n % docs.length][1], n));
      return true;
    },
    stop,
  );
  const flood = loop(
    2,
    seconds,
    async () => {
      logIns++;
      await post(url, `mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }`, {
        i: { email: victimEmail, password: `wrong-password-${logIns}` },
      });
      return true;
    },
    stop,
  );
  const beside = await loop(clients, seconds, members);
  stop.done = true;
  await Promise.all([attackers, flood]);

  const f = (r: { perSecond: number; latencies: number[]; bad: number }) =>
    `${r.perSecond.toFixed(0).padStart(6)}/s  p50=${pct(r.latencies, 50).toFixed(1).padStart(6)} ms  p99=${pct(r.latencies, 99).toFixed(1).padStart(7)} ms  failed=${r.bad}`;
  console.log(`\nmembers page (first: 50), ${clients} clients, ${seconds}s each`);
  console.log(`  alone                     ${f(alone)}`);
  console.log(`  beside attacks + logIn    ${f(beside)}   (${attacks} attack documents, ${logIns} wrong-password logIns sent)`);
  console.log(`  ratio                     ${((100 * beside.perSecond) / alone.perSecond).toFixed(0)}%  (goal ≥ 70%)`);
}
