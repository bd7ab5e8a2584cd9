import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@orgpulse/shared';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import Redis from 'ioredis';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { GroupCommit } from './group-commit';
import type { Caller } from './auth/caller';
import { operationCost } from './graphql-limits';

/**
 * Query-cost budgets per minute (docs/api/rate-limits.md): every API key, every organization
 * and, for anonymous callers, every client address has a budget of query cost (the cost the
 * query limits measure, common/graphql-limits.ts) per fixed window. The counters live in a
 * store shared by every API node: PostgreSQL by default, Redis when REDIS_URL is set.
 */
export interface RateLimitConfig {
  enabled: boolean;
  windowMs: number;
  perApiKey: number;
  perOrganization: number;
  perAnonymous: number;
  /** null: the PostgreSQL store. */
  redisUrl: string | null;
  /** Requests refused before GraphQL runs that a sender may have per window before the door closes (common/refusals.ts). */
  refusalsPerWindow: number;
  /** The longest an answer at that door is held (ms; 0: at once; common/refusals.ts). */
  doorDelayMaxMs: number;
}

/** Adds each cost to its bucket's counter of the window starting at `windowStart`; returns the new totals, in order (buckets are distinct). */
interface RateLimitStore {
  add(buckets: string[], costs: number[], windowStart: number, windowMs: number): Promise<number[]>;
  /** A window was charged outside the store (RateLimiter.settle): the PostgreSQL store sweeps old ones. */
  charged?(windowStart: number, windowMs: number): void;
  close(): Promise<void>;
}

/**
 * A charge of an organization's budget made in the session check's own statement (app role,
 * the app's pool, modules/auth/session.auth.ts) rather than in a round trip of its own to the
 * store: the same UPSERT on the same table, in the message the request sends anyway (issue 11).
 * Only with the PostgreSQL store (RateLimiter.preCharge). `used` is the bucket's total after it,
 * set when the session was valid (an unknown session charges nothing there: its request is
 * then charged as anonymous, as before).
 */
export interface PreCharge {
  cost: number;
  windowStart: number;
  windowMs: number;
  /** The totals after it, by bucket (set by the authenticator from its row's `rate_used`, see checkAndChargeSql). */
  used?: Record<string, number>;
}

const ORG_PREFIX = 'org:';
const KEY_PREFIX = 'key:';
/** The bucket of an organization's budget (RateLimiter.budgetsFor; checkAndChargeSql writes the same). */
export const orgBucket = (organizationId: string) => `${ORG_PREFIX}${organizationId}`;
const keyBucket = (apiKeyId: string) => `${KEY_PREFIX}${apiKeyId}`;

/**
 * A session check (one SELECT of the caller's row, with `organization_id`) that also charges a
 * PreCharge to its organization's budget: the store's UPSERT in a CTE over the checked row, so it
 * writes only for a valid session. `windowStart` and `cost` are the statement's parameters (`$n`)
 * for PreCharge.windowStart and .cost. The row comes back with `rate_used`: the total after it by
 * bucket (PreCharge.used). API keys are charged by checkAndChargeManySql.
 */
export function checkAndChargeSql(check: string, opts: { windowStart: string; cost: string }): string {
  return `WITH c AS (${check}),
     charged AS (
       INSERT INTO rate_limit_windows AS w (bucket, window_start, used)
       SELECT '${ORG_PREFIX}' || c.organization_id, to_timestamp(${opts.windowStart}::double precision / 1000), ${opts.cost}::bigint FROM c
       ON CONFLICT (bucket, window_start) DO UPDATE SET used = w.used + EXCLUDED.used
       RETURNING w.bucket, w.used)
     SELECT c.*, (SELECT json_object_agg(bucket, used) FROM charged) AS rate_used FROM c`;
}

/**
 * checkAndChargeSql for the credential checks of several requests in ONE statement (the API key
 * lookups of concurrent requests, modules/api-keys/api-key.auth.ts): `check` returns a row per
 * valid credential, with its request's `cost` and `n` (its place among the requests) besides
 * `organization_id` and `api_key_id`. Each bucket is charged once, with the sum of its requests'
 * costs, the rows taken in bucket order as everywhere (the store, the session check), so two such
 * statements never wait for each other's rows in opposite orders. The first row (least `n`) comes
 * back with `rate_used`, every bucket's total after the whole statement; the caller works out each
 * request's own total as if they had been charged one after the other in `n` order (chargedInOrder).
 */
export function checkAndChargeManySql(check: string, opts: { windowStart: string }): string {
  return `WITH c AS MATERIALIZED (${check}),
     charged AS (
       INSERT INTO rate_limit_windows AS w (bucket, window_start, used)
       SELECT b.bucket, to_timestamp(${opts.windowStart}::double precision / 1000), sum(c.cost)::bigint
         FROM c CROSS JOIN LATERAL (VALUES ('${ORG_PREFIX}' || c.organization_id), ('${KEY_PREFIX}' || c.api_key_id)) AS b(bucket)
        GROUP BY b.bucket
        ORDER BY b.bucket
       ON CONFLICT (bucket, window_start) DO UPDATE SET used = w.used + EXCLUDED.used
       RETURNING w.bucket, w.used)
     SELECT c.*, CASE WHEN c.n = (SELECT min(n) FROM c) THEN (SELECT json_object_agg(bucket, used) FROM charged) END AS rate_used
       FROM c ORDER BY c.n`;
}

/**
 * Each charge's totals after it, from its buckets' totals after all of them, as if the charges
 * had been made one after the other in the order given: walking back from the last, a bucket's
 * total before a charge is its total after minus the charge's cost (a charge counts its cost in
 * each of its buckets). For the store's batches (CoalescingStore) and the key lookups' statements
 * (chargedInOrder).
 */
function totalsInOrder(charges: ReadonlyArray<{ buckets: readonly string[]; cost: number }>, after: Map<string, number>): number[][] {
  const results: number[][] = new Array(charges.length);
  for (let i = charges.length - 1; i >= 0; i--) {
    const c = charges[i];
    results[i] = c.buckets.map((b) => after.get(b)!);
    for (const b of c.buckets) after.set(b, after.get(b)! - c.cost);
  }
  return results;
}

/**
 * Each request's totals after its own charge (its organization's and its key's buckets), from
 * the buckets' totals after all of them (checkAndChargeManySql's `rate_used`), in the order given.
 */
export function chargedInOrder(
  charges: ReadonlyArray<{ organizationId: string; apiKeyId: string; cost: number }>,
  totals: Record<string, number>,
): Array<Record<string, number>> {
  const withBuckets = charges.map((c) => ({ buckets: [orgBucket(c.organizationId), keyBucket(c.apiKeyId)], cost: c.cost }));
  const used = totalsInOrder(withBuckets, new Map(Object.entries(totals).map(([b, n]) => [b, Number(n)])));
  return withBuckets.map((c, i) => Object.fromEntries(c.buckets.map((b, k) => [b, used[i][k]])));
}

/**
 * An UPSERT … RETURNING on an unlogged table: atomic per bucket, one statement for every
 * bucket of a request. On a small pool of its own: a request is charged (or refused) even
 * while the app's pool is saturated by slow transactions, and never takes one of its slots.
 */
export class PgRateLimitStore implements RateLimitStore {
  private lastSweep = 0;
  private readonly pool: Pool;
  constructor(ds: DataSource) {
    const url = (ds.options as { url?: string }).url;
    if (!url) throw new Error('The PostgreSQL rate-limit store needs a DataSource made from a URL (db/data-source.ts).');
    this.pool = new Pool({
      connectionString: url,
      max: 4,
      connectionTimeoutMillis: 5000,
      statement_timeout: 5000,
      application_name: 'orgpulse-rate-limit',
    });
    this.pool.on('error', () => undefined); // an idle client that died is replaced on the next query
  }

  async add(buckets: string[], costs: number[], windowStart: number, windowMs: number): Promise<number[]> {
    // the rows in one order in every statement: two statements taking an organization's and two keys'
    // rows in opposite orders deadlocked (40P01 after deadlock_timeout, a 500 after 1 s)
    const order = buckets.map((_, i) => i).sort((a, b) => (buckets[a] < buckets[b] ? -1 : 1)); // the buckets are distinct
    const { rows } = await this.pool.query<{ bucket: string; used: string }>(
      `INSERT INTO rate_limit_windows AS w (bucket, window_start, used)
       SELECT b, to_timestamp($2::double precision / 1000), c FROM unnest($1::text[], $3::bigint[]) WITH ORDINALITY AS u(b, c, n)
        ORDER BY n
       ON CONFLICT (bucket, window_start) DO UPDATE SET used = w.used + EXCLUDED.used
       RETURNING bucket, used`,
      [order.map((i) => buckets[i]), windowStart, order.map((i) => costs[i])],
    );
    this.charged(windowStart, windowMs);
    const used = new Map(rows.map((r) => [r.bucket, Number(r.used)]));
    return buckets.map((b) => used.get(b) ?? 0);
  }

  /** Old windows, at most once a window per node, never awaited. */
  charged(windowStart: number, windowMs: number): void {
    if (windowStart <= this.lastSweep) return;
    this.lastSweep = windowStart;
    this.pool
      .query(`DELETE FROM rate_limit_windows WHERE window_start < to_timestamp($1::double precision / 1000)`, [windowStart - windowMs])
      .catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}

/** INCRBY + PEXPIRE in one MULTI per request (every bucket at once); the keys expire with their window. */
class RedisRateLimitStore implements RateLimitStore {
  private readonly redis: Redis;
  constructor(url: string) {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
    this.redis.on('error', () => undefined); // a request that needs it fails with the error instead
  }

  async add(buckets: string[], costs: number[], windowStart: number, windowMs: number): Promise<number[]> {
    const multi = this.redis.multi();
    for (const [i, b] of buckets.entries()) {
      const key = `orgpulse:rl:${b}:${windowStart}`;
      multi.incrby(key, costs[i]);
      multi.pexpire(key, windowMs + 5000);
    }
    const results = (await multi.exec()) ?? [];
    return buckets.map((_b, i) => {
      const [err, value] = results[i * 2] ?? [new Error('no reply'), null];
      if (err) throw err;
      return Number(value);
    });
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}

interface PendingCharge {
  buckets: string[];
  cost: number;
  windowStart: number;
  windowMs: number;
}

/**
 * Group commit in front of a store (GroupCommit): at most 2 statements run at once, and the
 * charges that arrive meanwhile go together in the next one (of one window: a new window starts a
 * new batch), their costs summed per bucket. Each charge still learns the total as if the charges
 * had run one after the other, in arrival order (totalsInOrder). A flood on one bucket (one
 * address, one key) is then a statement per round trip, not a queue of statements on one row that
 * every other caller's charge waits behind.
 */
class CoalescingStore implements RateLimitStore {
  private readonly charges: GroupCommit<PendingCharge, number[]>;
  constructor(private readonly store: RateLimitStore) {
    this.charges = new GroupCommit((batch) => this.run(batch), {
      maxInFlight: 2,
      maxBatch: 1000,
      together: (first, next) => next.windowStart === first.windowStart,
    });
  }

  add(buckets: string[], costs: number[], windowStart: number, windowMs: number): Promise<number[]> {
    if (buckets.length === 0) return Promise.resolve([]);
    // a charge counts the same cost in each of its buckets (RateLimiter.charge)
    return this.charges.add({ buckets, cost: costs[0], windowStart, windowMs });
  }

  private async run(batch: PendingCharge[]): Promise<number[][]> {
    const sums = new Map<string, number>();
    for (const c of batch) for (const b of c.buckets) sums.set(b, (sums.get(b) ?? 0) + c.cost);
    const buckets = [...sums.keys()];
    const totals = await this.store.add(buckets, [...sums.values()], batch[0].windowStart, batch[0].windowMs);
    return totalsInOrder(batch, new Map(buckets.map((b, i) => [b, totals[i]])));
  }

  charged(windowStart: number, windowMs: number): void {
    this.store.charged?.(windowStart, windowMs);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** What `extensions.cost` reports: the tightest of the caller's budgets. */
interface CostReport {
  requested: number;
  remaining: number;
  limit: number;
  resetAt: string;
}

/** A request whose document could not be read: nothing was counted, so what is left is not known here. */
export interface NotCounted {
  requested: 0;
  remaining: null;
  limit: number;
  resetAt: string;
}

export interface Charge {
  report: CostReport;
  allowed: boolean;
  retryAfterSeconds: number;
}

interface Budget {
  bucket: string;
  limit: number;
}

export class RateLimiter {
  constructor(
    readonly config: RateLimitConfig,
    private readonly store: RateLimitStore,
    private readonly now: () => number = Date.now,
    /** The counters are the app database's own table (the PostgreSQL store): a session check may charge them (preCharge). */
    private readonly inAppDatabase = false,
  ) {}

  static create(config: RateLimitConfig, ds: DataSource): RateLimiter {
    return new RateLimiter(
      config,
      new CoalescingStore(config.redisUrl ? new RedisRateLimitStore(config.redisUrl) : new PgRateLimitStore(ds)),
      Date.now,
      !config.redisUrl,
    );
  }

  /**
   * A charge of `cost` for the session check to make in its own statement (PreCharge), or null:
   * limits off, or the counters in Redis (then the plugin charges the store as for every caller).
   */
  preCharge(cost: number): PreCharge | null {
    if (!this.config.enabled || !this.inAppDatabase) return null;
    return { cost: Math.max(0, Math.trunc(cost)), windowStart: this.window().start, windowMs: this.config.windowMs };
  }

  /**
   * The Charge of a PreCharge the authenticator made, as charge() decides it from the totals of
   * the caller's budgets (a session: its organization's; an API key: the key's and its organization's).
   */
  settle(caller: Pick<Caller, 'organizationId' | 'apiKeyId'>, pre: PreCharge & { used: Record<string, number> }): Charge {
    this.store.charged?.(pre.windowStart, pre.windowMs);
    const budgets = this.budgetsFor(caller, '');
    return this.decide(
      budgets,
      budgets.map((b) => pre.used[b.bucket]),
      pre.cost,
      pre.windowStart + this.config.windowMs,
    );
  }

  /** Whether every budget fitted its total, and the tightest one's report. */
  private decide(budgets: Budget[], used: number[], requested: number, resetAt: number): Charge {
    let tightest = 0;
    budgets.forEach((b, i) => {
      if (b.limit - used[i] < budgets[tightest].limit - used[tightest]) tightest = i;
    });
    const allowed = budgets.every((b, i) => used[i] <= b.limit);
    const limit = budgets[tightest].limit;
    return {
      allowed,
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((resetAt - this.now()) / 1000)),
      report: { requested, remaining: Math.max(0, limit - used[tightest]), limit, resetAt: new Date(resetAt).toISOString() },
    };
  }

  budgetsFor(caller: Pick<Caller, 'organizationId' | 'apiKeyId'> | null, ip: string): Budget[] {
    if (!caller) return [{ bucket: `ip:${ip}`, limit: this.config.perAnonymous }];
    const org = { bucket: orgBucket(caller.organizationId), limit: this.config.perOrganization };
    return caller.apiKeyId ? [{ bucket: keyBucket(caller.apiKeyId), limit: this.config.perApiKey }, org] : [org];
  }

  private window(): { start: number; resetAt: number } {
    const t = this.now();
    const start = t - (t % this.config.windowMs);
    return { start, resetAt: start + this.config.windowMs };
  }

  /**
   * Counts `cost` against every budget of the caller (the cost is spent even when refused,
   * as a hammering client should not get its budget back) and says whether it fitted.
   */
  async charge(caller: Caller | null, ip: string, cost: number): Promise<Charge> {
    const { start, resetAt } = this.window();
    const budgets = this.budgetsFor(caller, ip);
    const requested = Math.max(0, Math.trunc(cost));
    if (!this.config.enabled) {
      const limit = Math.min(...budgets.map((b) => b.limit));
      return {
        allowed: true,
        retryAfterSeconds: 0,
        report: { requested, remaining: limit, limit, resetAt: new Date(resetAt).toISOString() },
      };
    }
    const used = await this.store.add(
      budgets.map((b) => b.bucket),
      budgets.map(() => requested),
      start,
      this.config.windowMs,
    );
    return this.decide(budgets, used, requested, resetAt);
  }

  notCounted(caller: Pick<Caller, 'organizationId' | 'apiKeyId'> | null, ip: string): NotCounted {
    const limit = Math.min(...this.budgetsFor(caller, ip).map((b) => b.limit));
    return { requested: 0, remaining: null, limit, resetAt: new Date(this.window().resetAt).toISOString() };
  }

  /** How much of each API key's budget this window has used (nothing is counted), in order. */
  async keysUsage(apiKeyIds: string[]): Promise<Array<{ used: number; limit: number; resetAt: Date }>> {
    const { start, resetAt } = this.window();
    const used = this.config.enabled
      ? await this.store.add(
          apiKeyIds.map((id) => `key:${id}`),
          apiKeyIds.map(() => 0),
          start,
          this.config.windowMs,
        )
      : apiKeyIds.map(() => 0);
    return used.map((u) => ({ used: u, limit: this.config.perApiKey, resetAt: new Date(resetAt) }));
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** RATE_LIMITED, HTTP 429 with Retry-After. */
export function rateLimited(charge: Charge): GraphQLError {
  return new GraphQLError(
    `Rate limit exceeded: this request costs ${charge.report.requested} and ${charge.report.remaining} of ${charge.report.limit} is left until ${charge.report.resetAt}. Retry after ${charge.retryAfterSeconds} s.`,
    {
      extensions: {
        code: ErrorCode.RateLimited,
        retryAfterSeconds: charge.retryAfterSeconds,
        http: { status: 429, headers: new Map([['retry-after', String(charge.retryAfterSeconds)]]) },
      },
    },
  );
}

interface RateLimitedContext {
  caller: Caller | null;
  ip: string;
  req: Request;
  res: Response;
  /** Charged already by the session check (PreCharge.used set): the request's charge, not charged again. */
  preCharged?: PreCharge | null;
}

/**
 * Charges each GraphQL request's cost (measured once by the query-limits middleware,
 * `res.locals.queryCost`) to the caller's budgets once the operation is known, refuses it
 * over budget (RATE_LIMITED, 429, Retry-After) and reports `extensions.cost` on every response.
 */
export function rateLimitPlugin(
  limiter: RateLimiter,
  /** Told of each request refused over budget (app.ts: the refusals door counts it against its sender). */
  onRefused: (req: Request) => void = () => {},
): ApolloServerPlugin<RateLimitedContext> {
  return {
    async requestDidStart({ contextValue }) {
      let charge: Charge | null = null;
      const chargeOnce = async (operationName: string | null | undefined) => {
        const pre = contextValue.preCharged;
        // the session check charged the cost the query limits measured for this request's operation (context.ts)
        if (!charge && pre?.used && contextValue.caller) charge = limiter.settle(contextValue.caller, { ...pre, used: pre.used });
        charge ??= await limiter.charge(
          contextValue.caller,
          contextValue.ip,
          operationCost(contextValue.res.locals.queryCost, operationName),
        );
        return charge;
      };
      return {
        async didResolveOperation({ operationName }) {
          const c = await chargeOnce(operationName);
          if (!c.allowed) {
            onRefused(contextValue.req);
            throw rateLimited(c);
          }
        },
        async willSendResponse({ response, request }) {
          if (response.body.kind !== 'single') return;
          let report: CostReport | NotCounted | null;
          if (charge) report = charge.report;
          else if (contextValue.res.locals.queryCost) {
            // measured but refused before the operation was resolved (validation): counted too
            report = (await chargeOnce(request.operationName).catch(() => null))?.report ?? null;
          } else {
            // a document that did not parse: nothing to count, and no round trip to the store
            report = limiter.notCounted(contextValue.caller, contextValue.ip);
          }
          if (!report) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: report };
        },
      };
    },
  };
}
