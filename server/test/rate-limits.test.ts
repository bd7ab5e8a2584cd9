import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import Redis from 'ioredis';
import { PgRateLimitStore } from '../src/common/rate-limit';
import { codeOf, startTestApp, TestApp } from './helpers/app';
import { addSignedInMember, signUp, Session, STRONG_PASSWORD } from './helpers/fixtures';
import { listen, Listener, Node, post, startNode, until } from './helpers/nodes';
import { graphql } from './gql';

/**
 * Query-cost budgets per minute (issue 12): every response reports `extensions.cost`; over
 * budget is RATE_LIMITED with HTTP 429 and Retry-After; the budgets hold across API nodes,
 * with the PostgreSQL store and with the Redis store (REDIS_URL).
 */
jest.setTimeout(60_000);

const ORG = graphql(`
  query RlOrg {
    organization {
      id
      name
    }
  }
`);
const MEMBERS_PAGE = graphql(`
  query RlMembers {
    members(first: 10) {
      nodes {
        id
        name
      }
    }
  }
`);
const LOG_IN = graphql(`
  mutation RlLogIn($input: LogInInput!) {
    logIn(input: $input) {
      accessToken
    }
  }
`);
const LOG_OUT = graphql(`
  mutation RlLogOut {
    logOut
  }
`);
const REVOKE_KEY = graphql(`
  mutation RlRevokeKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
    }
  }
`);
const CREATE_KEY = graphql(`
  mutation RlCreateKey($name: String!) {
    createApiKey(name: $name) {
      secret
      apiKey {
        id
      }
    }
  }
`);
const KEYS = graphql(`
  query RlKeys {
    apiKeys {
      id
      name
      rateLimit {
        used
        limit
        resetAt
      }
    }
  }
`);
const USAGE = graphql(`
  subscription RlUsage {
    usageRecorded {
      id
    }
  }
`);

// an hour-long window: a test never straddles two windows
const LONG_WINDOW = { RATE_LIMIT_WINDOW_MS: '3600000' };
const ORG_COST = 3; // organization (1) + id (1) + name (1)

async function newKey(t: TestApp, s: Session, name = 'k'): Promise<{ secret: string; id: string }> {
  const c = (await t.ok(CREATE_KEY, { name }, s.token)).createApiKey;
  return { secret: c.secret, id: c.apiKey.id };
}

describe('extensions.cost on every response', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: { ...LONG_WINDOW, RATE_LIMIT_PER_API_KEY: '1000', RATE_LIMIT_PER_ORGANIZATION: '5000', RATE_LIMIT_PER_ANONYMOUS: '7000' },
    });
  });
  afterAll(() => t.stop());

  test('a session: the organization budget, counting down by the measured cost', async () => {
    const owner = await signUp(t);
    const r1 = await post(t.url, ORG, {}, owner.token);
    const r2 = await post(t.url, ORG, {}, owner.token);
    expect(r1.body.extensions.cost).toMatchObject({ requested: ORG_COST, limit: 5000 });
    expect(r2.body.extensions.cost.remaining).toBe(r1.body.extensions.cost.remaining - ORG_COST);
    expect(Date.parse(r2.body.extensions.cost.resetAt)).toBeGreaterThan(Date.now());
    // a list counts `first` times what is under it: members(first: 10) { nodes { id name } } = 1 + 10 * (1 + 2)
    const page = await post(t.url, MEMBERS_PAGE, {}, owner.token);
    expect(page.body.extensions.cost.requested).toBe(31);
  });

  test('a revoked session’s token is charged as anonymous, not to the organization it names', async () => {
    const owner = await signUp(t);
    const before = (await post(t.url, ORG, {}, owner.token)).body.extensions.cost.remaining;
    const second = await post(t.url, LOG_IN, { input: { email: owner.email, password: STRONG_PASSWORD } });
    const other: string = second.body.data!.logIn.accessToken;
    const logOut = await post(t.url, LOG_OUT, {}, owner.token); // the first session ends; its token still has a valid signature
    expect(logOut.body.data!.logOut).toBe(true);
    const revoked = await post(t.url, ORG, {}, owner.token);
    expect(revoked.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(revoked.body.extensions.cost).toMatchObject({ requested: ORG_COST, limit: 7000 }); // the address's budget
    // the organization's budget counted the log-out (the log-in is anonymous) and this read, never the revoked token's request
    const after = (await post(t.url, ORG, {}, other)).body.extensions.cost.remaining;
    expect(before - after).toBe(logOut.body.extensions.cost.requested + ORG_COST);
  });

  test('an API key: the tighter of its own budget and its organization’s', async () => {
    const owner = await signUp(t);
    const k = await newKey(t, owner);
    const r = await post(t.url, ORG, {}, k.secret);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.extensions.cost).toMatchObject({ requested: ORG_COST, limit: 1000, remaining: 1000 - ORG_COST });
  });

  test('a revoked key is charged as anonymous, not to its own or its organization’s budget', async () => {
    const owner = await signUp(t);
    const k = await newKey(t, owner);
    const used = await post(t.url, ORG, {}, k.secret);
    expect(used.body.extensions.cost).toMatchObject({ limit: 1000, remaining: 1000 - ORG_COST });
    const revoke = await post(t.url, REVOKE_KEY, { id: k.id }, owner.token);
    expect(revoke.body.errors).toBeUndefined();
    const before = (await post(t.url, ORG, {}, owner.token)).body.extensions.cost.remaining;
    const refused = await post(t.url, ORG, {}, k.secret);
    expect(refused.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(refused.body.extensions.cost).toMatchObject({ requested: ORG_COST, limit: 7000 });
    // the organization's budget counted only the owner's own read after it
    expect((await post(t.url, ORG, {}, owner.token)).body.extensions.cost.remaining).toBe(before - ORG_COST);
    const [row] = await t.ds.query(`SELECT used FROM rate_limit_windows WHERE bucket = $1`, [`key:${k.id}`]);
    expect(Number(row.used)).toBe(ORG_COST); // the key's own counter: its one accepted request
  });

  test('anonymous callers, refusals and invalid documents report it too', async () => {
    const anon = await post(t.url, LOG_IN, { input: { email: `${randomUUID()}@example.com`, password: 'wrong-password-123' } });
    expect(codeOf({ ...anon, errors: anon.body.errors } as any)).toBe('UNAUTHENTICATED');
    expect(anon.body.extensions.cost).toMatchObject({ requested: 2, limit: 7000 });
    const invalid = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organization { nope } }' }),
    });
    const body = (await invalid.json()) as any;
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.extensions.cost).toMatchObject({ requested: 2, limit: 7000 });
    // a document that does not even parse: nothing counted, and the response says so
    const broken = (await (
      await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ organization {' }),
      })
    ).json()) as any;
    expect(broken.extensions.cost).toMatchObject({ requested: 0, remaining: null, limit: 7000 });
  });

  test('responses refused before GraphQL runs carry it too (nothing counted): limits, syntax, size, JSON, CSRF', async () => {
    const owner = await signUp(t);
    await post(t.url, ORG, {}, owner.token); // the token is now known to this node: its budget is the organization's
    const raw = async (body: string, headers: Record<string, string> = {}, token?: string) => {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body,
      });
      return { status: res.status, body: (await res.json()) as any };
    };
    let deep = 'id';
    for (let i = 0; i < 20; i++) deep = `owner { organization { ${deep} } }`;
    const cases: Array<[string, Promise<{ status: number; body: any }>, number, string]> = [
      // plain strings: built to be refused
      ['over the query limits', raw(JSON.stringify({ query: `{ organization { ${deep} } }` })), 400, 'QUERY_TOO_COMPLEX'],
      ['over the token limit', raw(JSON.stringify({ query: `{ ${'a '.repeat(3000)} }` })), 400, 'QUERY_TOO_COMPLEX'],
      ['a syntax error', raw(JSON.stringify({ query: '{ organization {' })), 400, 'GRAPHQL_PARSE_FAILED'],
      ['over 32 KB', raw(JSON.stringify({ query: `{ __typename ${' '.repeat(40 * 1024)} }` })), 413, 'BAD_USER_INPUT'],
      ['a body that is not JSON', raw('{"query": '), 400, 'BAD_REQUEST'],
      [
        'a simple request without a preflight header (CSRF)',
        raw('{"query":"{ __typename }"}', { 'content-type': 'text/plain' }),
        400,
        'BAD_REQUEST',
      ],
    ];
    for (const [name, pending, status, code] of cases) {
      const r = await pending;
      expect([name, r.status, r.body.errors[0].extensions.code]).toEqual([name, status, code]);
      expect([name, r.body.extensions?.cost]).toEqual([name, { requested: 0, remaining: null, limit: 7000, resetAt: expect.any(String) }]);
    }
    // a signed-in caller's refusal reports the organization's budget
    const signedIn = await raw(JSON.stringify({ query: `{ organization { ${deep} } }` }), {}, owner.token);
    expect(signedIn.status).toBe(400);
    expect(signedIn.body.extensions.cost).toMatchObject({ requested: 0, remaining: null, limit: 5000 });
  });

  test('ApiKey.rateLimit: owners see every key’s usage against its limit, a member only their own keys', async () => {
    const owner = await signUp(t);
    const member = await addSignedInMember(t, owner, 'MEMBER');
    const ownerKey = await newKey(t, owner, 'owner key');
    const memberKey = await newKey(t, member, 'member key');
    for (let i = 0; i < 3; i++) await post(t.url, ORG, {}, memberKey.secret);
    const all = (await t.ok(KEYS, {}, owner.token)).apiKeys;
    const byId = new Map(all.map((k) => [k.id, k.rateLimit]));
    expect(byId.get(memberKey.id)).toMatchObject({ used: 3 * ORG_COST, limit: 1000 });
    expect(byId.get(ownerKey.id)).toMatchObject({ used: 0, limit: 1000 });
    const own = (await t.ok(KEYS, {}, member.token)).apiKeys;
    expect(own.map((k) => k.id)).toEqual([memberKey.id]);
    expect(own[0].rateLimit.used).toBe(3 * ORG_COST);
  });
});

describe('over budget: 429 RATE_LIMITED with Retry-After', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_WINDOW_MS: '60000', RATE_LIMIT_PER_API_KEY: '10', RATE_LIMIT_PER_ORGANIZATION: '40' } });
  });
  afterAll(() => t.stop());

  test('a key that spends its budget is refused until the window ends; another key of the org is not', async () => {
    const owner = await signUp(t);
    const k = await newKey(t, owner);
    const other = await newKey(t, owner, 'other');
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await post(t.url, ORG, {}, k.secret));
    expect(results.slice(0, 3).map((r) => r.status)).toEqual([200, 200, 200]); // 3 + 3 + 3 = 9 <= 10
    const refused = results[3];
    expect(refused.status).toBe(429);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors![0].extensions.code).toBe('RATE_LIMITED');
    const retry = refused.body.errors![0].extensions.retryAfterSeconds;
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect(refused.headers.get('retry-after')).toBe(String(retry));
    expect(refused.body.extensions.cost).toMatchObject({ requested: ORG_COST, remaining: 0, limit: 10 });
    expect((await post(t.url, ORG, {}, other.secret)).status).toBe(200);
  });

  test('30 requests at once on one key with a budget of 10: exactly 3 answered (3 + 3 + 3), each with its own total, 27 refused', async () => {
    const owner = await signUp(t);
    const k = await newKey(t, owner, 'parallel');
    // the key's lookups go together (api-key.auth.ts, lookUpTogether): each still charged as if one after the other
    const results = await Promise.all(Array.from({ length: 30 }, () => post(t.url, ORG, {}, k.secret)));
    const ok = results.filter((r) => r.status === 200);
    expect(ok).toHaveLength(3); // a budget of 10 per key here: 3 + 3 + 3
    expect(ok.map((r) => r.body.extensions.cost.remaining).sort((x, y) => x - y)).toEqual([1, 4, 7]);
    const refused = results.filter((r) => r.status === 429);
    expect(refused).toHaveLength(27);
    for (const r of refused) expect(r.body.errors![0].extensions.code).toBe('RATE_LIMITED');
  });

  test('the organization budget holds for its sessions and keys together; another organization is not affected', async () => {
    const owner = await signUp(t);
    const elsewhere = await signUp(t);
    let last = 200;
    for (let i = 0; i < 14 && last === 200; i++) last = (await post(t.url, ORG, {}, owner.token)).status;
    expect(last).toBe(429); // 40 / 3: the 14th request is over
    const k = await newKey(t, owner).catch(() => null);
    expect(k).toBeNull(); // even creating a key is over the organization's budget now
    expect((await post(t.url, ORG, {}, elsewhere.token)).status).toBe(200);
  });

  test('a subscription’s cost counts against its key: over budget it is refused with RATE_LIMITED', async () => {
    const owner = await signUp(t);
    const k = await newKey(t, owner);
    for (let i = 0; i < 3; i++) await post(t.url, ORG, {}, k.secret); // 9 of 10
    const l: Listener<unknown> = listen(t.url, `Bearer ${k.secret}`, USAGE); // costs 2
    try {
      await until(() => l.errors.length > 0, 5000, 'the refusal');
      expect(JSON.stringify(l.errors)).toContain('RATE_LIMITED');
    } finally {
      await l.dispose();
    }
  });
});

describe('the PostgreSQL store under parallel charges', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  test('statements naming the same buckets in opposite orders never deadlock, and every cost is counted', async () => {
    const store = new PgRateLimitStore(t.ds);
    try {
      const id = randomUUID();
      // coalesced charges name their buckets in arrival order: here 300 keys and their organization, in opposite orders
      const buckets = [`org:${id}`, ...Array.from({ length: 300 }, (_, i) => `key:${id}:${String(i).padStart(3, '0')}`)];
      const reversed = [...buckets].reverse();
      const ones = buckets.map(() => 1);
      const windowStart = Date.now() - (Date.now() % 60_000);
      const rounds = 15;
      for (let i = 0; i < rounds; i++) {
        await Promise.all([
          store.add(buckets, ones, windowStart, 60_000),
          store.add(reversed, ones, windowStart, 60_000),
          store.add(buckets, ones, windowStart, 60_000),
          store.add(reversed, ones, windowStart, 60_000),
        ]);
      }
      const totals = await store.add(
        reversed,
        ones.map(() => 0),
        windowStart,
        60_000,
      );
      expect(totals).toEqual(reversed.map(() => 4 * rounds));
    } finally {
      await store.close();
    }
  });
});

const TYPENAME = parse('{ __typename }') as TypedDocumentNode<{ __typename: string }, Record<string, never>>;

describe('a sender that keeps sending after its 429s reaches the door', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_WINDOW_MS: '60000', RATE_LIMIT_PER_ANONYMOUS: '15', RATE_LIMIT_REFUSALS: '3' } });
  });
  afterAll(() => t.stop());

  test('past RATE_LIMIT_REFUSALS refusals over budget, its requests are answered before GraphQL runs; a signed-in caller from the same address is not', async () => {
    const owner = await signUp(t); // 12 of the address's 15, before the flood
    expect((await post(t.url, ORG, {}, owner.token)).status).toBe(200); // now this node knows the credential
    const answers = [];
    for (let i = 0; i < 9; i++) answers.push(await post(t.url, TYPENAME, {}));
    const statuses = answers.map((r) => r.status);
    const firstRefused = statuses.indexOf(429);
    expect(firstRefused).toBeGreaterThan(0);
    expect(answers.slice(0, firstRefused).every((r) => r.body.data?.__typename === 'Query')).toBe(true);
    expect(statuses.slice(firstRefused)).toEqual(statuses.slice(firstRefused).map(() => 429));
    // three refused over budget (the limiter charged and answered them)…
    for (const r of answers.slice(firstRefused, firstRefused + 3)) {
      expect(r.body.errors![0].extensions.code).toBe('RATE_LIMITED');
      expect(r.body.errors![0].message).toMatch(/^Rate limit exceeded/);
      expect(r.body.extensions.cost.requested).toBeGreaterThan(0);
    }
    // …then the door: the same code and Retry-After, nothing charged, no GraphQL
    const door = answers[firstRefused + 3];
    expect(door.body.errors![0].extensions.code).toBe('RATE_LIMITED');
    expect(door.body.errors![0].message).toMatch(/^Too many refused requests from here/);
    expect(door.body.extensions.cost).toMatchObject({ requested: 0, remaining: null });
    expect(door.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await post(t.url, ORG, {}, owner.token)).status).toBe(200);
  });
});

describe.each([
  ['PostgreSQL', {}],
  ['Redis', { REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' }],
])('two API nodes share the budgets (%s store)', (_store, storeEnv: Record<string, string>) => {
  let a: TestApp;
  let b: Node;
  const env = { ...LONG_WINDOW, RATE_LIMIT_PER_ORGANIZATION: '30', RATE_LIMIT_PER_API_KEY: '1000', ...storeEnv };
  beforeAll(async () => {
    a = await startTestApp({ env });
    b = await startNode({ ...env, DATABASE_URL: a.config.databaseUrl! });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  test('what node A counted, node B sees, and node B refuses once the total is over', async () => {
    const owner = await signUp(a);
    const onA = await post(a.url, ORG, {}, owner.token);
    const onB = await post(b.url, ORG, {}, owner.token);
    expect(onA.body.extensions.cost.remaining).toBe(30 - ORG_COST);
    expect(onB.body.extensions.cost.remaining).toBe(30 - 2 * ORG_COST);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(a.url, ORG, {}, owner.token)).status); // 18 of 30
    for (let i = 0; i < 5; i++) statuses.push((await post(b.url, ORG, {}, owner.token)).status); // 21..33
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
    const refused = await post(a.url, ORG, {}, owner.token);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    if (storeEnv.REDIS_URL) {
      // the counters are in Redis, not in the table
      const redis = new Redis(storeEnv.REDIS_URL);
      try {
        expect(await redis.keys(`orgpulse:rl:org:${owner.organizationId}:*`)).toHaveLength(1);
      } finally {
        redis.disconnect();
      }
      expect(await a.ds.query(`SELECT 1 FROM rate_limit_windows WHERE bucket = $1`, [`org:${owner.organizationId}`])).toHaveLength(0);
    } else {
      const [row] = await a.ds.query(`SELECT used FROM rate_limit_windows WHERE bucket = $1`, [`org:${owner.organizationId}`]);
      expect(Number(row.used)).toBe(12 * ORG_COST);
    }
  });

  test('parallel charges on one budget go together, and each still sees its own running total', async () => {
    const owner = await signUp(a);
    // 60 at once on one organization (and 20 more on two keys of it): the store groups them per round trip
    const key1 = await newKey(a, owner, 'k1');
    const key2 = await newKey(a, owner, 'k2');
    const big = await startNode({ ...env, RATE_LIMIT_PER_ORGANIZATION: '100000', DATABASE_URL: a.config.databaseUrl! });
    try {
      const start = (await post(big.url, ORG, {}, owner.token)).body.extensions.cost.remaining; // the keys' creation counted too
      const results = await Promise.all([
        ...Array.from({ length: 60 }, () => post(big.url, ORG, {}, owner.token)),
        ...Array.from({ length: 10 }, () => post(big.url, ORG, {}, key1.secret)),
        ...Array.from({ length: 10 }, () => post(big.url, ORG, {}, key2.secret)),
      ]);
      for (const r of results) expect(r.body.errors).toBeUndefined();
      // the organization budget is the tightest for the sessions: 60 distinct running totals… interleaved with the keys'
      const orgRemaining = results.slice(0, 60).map((r) => r.body.extensions.cost.remaining);
      expect(new Set(orgRemaining).size).toBe(60);
      for (const remaining of orgRemaining) expect((start - remaining) % ORG_COST).toBe(0);
      expect(Math.min(...orgRemaining)).toBeGreaterThanOrEqual(start - 80 * ORG_COST);
      expect(Math.max(...orgRemaining)).toBeLessThan(start);
      // the keys' own budgets (1000): each key's 10 charges are 10 distinct totals, 3 to 30
      for (const slice of [results.slice(60, 70), results.slice(70, 80)]) {
        expect(slice.map((r) => 1000 - r.body.extensions.cost.remaining).sort((x, y) => x - y)).toEqual(
          Array.from({ length: 10 }, (_, i) => (i + 1) * ORG_COST),
        );
      }
      const after = await post(big.url, ORG, {}, owner.token);
      expect(after.body.extensions.cost.remaining).toBe(start - 81 * ORG_COST);
    } finally {
      await big.stop();
    }
  });
});
