import 'reflect-metadata';
import type { PreCharge } from '../src/common/rate-limit';
import { authenticateApiKey } from '../src/modules/api-keys/api-key.auth';
import { startTestApp, TestApp } from './helpers/app';
import { signUp, Session } from './helpers/fixtures';

/**
 * The charged API key lookups of concurrent requests go together (api-key.auth.ts, lookUpTogether through common/group-commit.ts:
 * issue 11, S3): one statement for many requests. What each request learns must be what it
 * would learn alone: its own caller (or none), and its own running totals, as if the charges had
 * been made one after the other in arrival order; a key that is not valid charges nothing.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

async function newKey(s: Session, name: string): Promise<{ secret: string; id: string }> {
  const r = await t.ok(`mutation($n: String!) { createApiKey(name: $n) { secret apiKey { id } } }`, { n: name }, s.token);
  return { secret: r.createApiKey.secret, id: r.createApiKey.apiKey.id };
}

const WINDOW_MS = 3_600_000;
const charge = (cost: number, windowStart: number): PreCharge => ({ cost, windowStart, windowMs: WINDOW_MS });

async function usedOf(bucket: string, windowStart: number): Promise<number> {
  const rows = await t.ds.query(
    `SELECT used FROM rate_limit_windows WHERE bucket = $1 AND window_start = to_timestamp($2::double precision / 1000)`,
    [bucket, windowStart],
  );
  return rows.length ? Number(rows[0].used) : 0;
}

describe('API key lookups made together', () => {
  test('40 lookups in one turn over two organizations, a revoked key and a made-up one: each its own caller and running totals', async () => {
    const a = await signUp(t);
    const b = await signUp(t);
    const [a1, a2, b1, gone] = [await newKey(a, 'a1'), await newKey(a, 'a2'), await newKey(b, 'b1'), await newKey(a, 'gone')];
    await t.ok(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: gone.id }, a.token);
    // a window of its own: nothing else counted in it
    const windowStart = Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS + 7 * WINDOW_MS;
    const dbs = { app: t.appDs, system: t.systemDs };
    const plan = Array.from({ length: 40 }, (_, i) => {
      const key = [a1, a2, b1, gone][i % 4];
      const secret = i === 39 ? `${a1.secret.slice(0, -4)}zzzz` : key.secret;
      return { key, secret, cost: 1 + (i % 3), pre: charge(1 + (i % 3), windowStart) };
    });
    // all asked for in the same turn of the event loop: the first go at once, the rest together
    const callers = await Promise.all(plan.map((p) => authenticateApiKey(dbs, p.secret, p.pre)));

    plan.forEach((p, i) => {
      if (p.key === gone || i === 39) {
        expect(callers[i]).toBeNull();
        expect(p.pre.used).toBeUndefined();
        return;
      }
      const org = p.key === b1 ? b : a;
      expect(callers[i]).toMatchObject({ apiKeyId: p.key.id, organizationId: org.organizationId, membershipId: org.memberId });
    });
    // each valid request's totals are those of one charge after the other: per bucket, in the order of the totals seen,
    // each total is the one before it plus the request's own cost (statements in flight at once commit in either order;
    // within one statement, in arrival order)
    const seen = new Map<string, Array<{ total: number; cost: number }>>();
    plan.forEach((p, i) => {
      if (p.key === gone || i === 39) return;
      const buckets = [`org:${(p.key === b1 ? b : a).organizationId}`, `key:${p.key.id}`];
      expect(Object.keys(p.pre.used!).sort()).toEqual([...buckets].sort());
      for (const bucket of buckets) seen.set(bucket, [...(seen.get(bucket) ?? []), { total: p.pre.used![bucket], cost: p.cost }]);
    });
    const sums = new Map<string, number>();
    for (const [bucket, list] of seen) {
      list.sort((x, y) => x.total - y.total);
      let before = 0;
      for (const { total, cost } of list) {
        expect(total).toBe(before + cost);
        before = total;
      }
      sums.set(bucket, before);
    }
    expect(seen.size).toBe(5); // two organizations, three live keys
    // and the store holds exactly those sums; the revoked key and the made-up one charged nothing
    for (const [bucket, sum] of sums) expect(await usedOf(bucket, windowStart)).toBe(sum);
    expect(await usedOf(`key:${gone.id}`, windowStart)).toBe(0);
    expect(sums.get(`org:${a.organizationId}`)).toBeGreaterThan(0);
  });
});
