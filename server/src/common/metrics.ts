import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Express, RequestHandler } from 'express';
import { Kind, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { Context } from '../context';
import { withTimeout } from './timeout';

/**
 * The process's Prometheus metrics (docs/operations.md#metrics), served at GET /metrics.
 * Counters live for the process; the gauges (outbox, pool) are read from the bound data
 * source at scrape time. Every label has a bounded set of values.
 */
const registry = new Registry();
collectDefaultMetrics({ register: registry });

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const metrics = {
  httpRequests: new Counter({
    name: 'orgpulse_http_requests_total',
    help: 'HTTP requests by route (a fixed set) and status class (2xx…5xx).',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  }),
  graphqlRequests: new Counter({
    name: 'orgpulse_graphql_requests_total',
    help: 'GraphQL operations by the schema operation they run (their one root field), "introspection" or "other".',
    labelNames: ['operation', 'type'] as const,
    registers: [registry],
  }),
  graphqlDuration: new Histogram({
    name: 'orgpulse_graphql_request_duration_seconds',
    help: 'Time from the start of a GraphQL request to its response, by operation.',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  }),
  graphqlErrors: new Counter({
    name: 'orgpulse_graphql_errors_total',
    help: 'GraphQL errors returned, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  }),
  spendsAccepted: new Counter({
    name: 'orgpulse_spends_accepted_total',
    help: 'Spends charged (new ledger entries; replays of an idempotency key are counted in orgpulse_spends_replayed_total).',
    registers: [registry],
  }),
  spendsReplayed: new Counter({
    name: 'orgpulse_spends_replayed_total',
    help: 'Spends answered with the original record of their idempotency key (nothing charged).',
    registers: [registry],
  }),
  spendsRefused: new Counter({
    name: 'orgpulse_spends_refused_total',
    help: 'Spends refused, by reason (INSUFFICIENT_CREDITS, MEMBER_ALLOWANCE, NOT_FOUND, CONFLICT, BAD_USER_INPUT).',
    labelNames: ['reason'] as const,
    registers: [registry],
  }),
  spendBatchSize: new Histogram({
    name: 'orgpulse_spend_batch_size',
    help: "Spends written per ledger transaction: one organization's chunk, 1 to 500 (one statement), or 1 on the spend-by-spend path.",
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers: [registry],
  }),
  loginFailures: new Counter({
    name: 'orgpulse_login_failures_total',
    help: 'Failed attempts counted by the throttle (wrong passwords at sign-in or confirmation, wrong MFA codes…).',
    registers: [registry],
  }),
  loginThrottled: new Counter({
    name: 'orgpulse_login_throttled_total',
    help: 'Attempts refused RATE_LIMITED by the throttle before any check (sign-in, sign-up, MFA, reset: a key is waiting).',
    registers: [registry],
  }),
  webhooksDelivered: new Counter({
    name: 'orgpulse_webhooks_delivered_total',
    help: 'Webhook delivery attempts, by result: succeeded, retry (will be tried again), failed (given up).',
    labelNames: ['result'] as const,
    registers: [registry],
  }),
  emailsDelivered: new Counter({
    name: 'orgpulse_emails_delivered_total',
    help: 'Outbox emails handed to SMTP, by result: sent, retry (will be tried again), failed (given up).',
    labelNames: ['result'] as const,
    registers: [registry],
  }),
};

/** A bounded label value: known codes pass, anything else is OTHER. */
export function codeLabel(code: unknown): string {
  return typeof code === 'string' && /^[A-Z][A-Z_]{0,39}$/.test(code) ? code : 'OTHER';
}

/**
 * Outboxes whose depth and oldest row are exported, by name. A webhook outbox joins with
 * one line here once its table exists; a table that is missing is skipped at scrape time.
 */
const OUTBOXES: Array<{ name: string; table: string; pending: string }> = [
  { name: 'email', table: 'email_outbox', pending: `status = 'PENDING'` },
  { name: 'webhook', table: 'webhook_deliveries', pending: `status = 'PENDING'` },
];

/** The app's pool (pool gauges), and the pool that reads every organization's outbox (the system role: row-level security). */
interface Bound {
  ds: DataSource;
  outboxes: DataSource;
}
const sources = new Set<Bound>();

/** Exports the pool gauges of `ds` and the outbox gauges read through `outboxes`; returns the unbinding. */
export function bindDataSource(ds: DataSource, outboxes: DataSource = ds): () => void {
  const bound = { ds, outboxes };
  sources.add(bound);
  return () => sources.delete(bound);
}

/** The bound data source the gauges read (the latest; one per server process outside tests). */
function source(which: keyof Bound = 'ds'): DataSource | null {
  let last: DataSource | null = null;
  for (const b of sources) if (b[which].isInitialized) last = b[which];
  return last;
}

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

function poolOf(ds: DataSource): PgPool | null {
  const master = (ds.driver as unknown as { master?: PgPool }).master;
  return master && typeof master.totalCount === 'number' ? master : null;
}

new Gauge({
  name: 'orgpulse_db_pool_connections',
  help: 'PostgreSQL pool connections by state: total (open), in_use (checked out), idle, and waiting (requests queued for one).',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    const ds = source();
    const pool = ds && poolOf(ds);
    if (!pool) return;
    this.set({ state: 'total' }, pool.totalCount);
    this.set({ state: 'idle' }, pool.idleCount);
    this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
    this.set({ state: 'waiting' }, pool.waitingCount);
  },
});

interface OutboxReading {
  name: string;
  depth: number;
  oldestAgeSeconds: number;
}

const OUTBOX_QUERY_TIMEOUT_MS = 2000;
let outboxReading: Promise<OutboxReading[]> | null = null;

/**
 * One read of every outbox per scrape (both outbox gauges await the same one). Bounded by a
 * timeout, so a scrape answers while the pool is exhausted (the series are then absent).
 */
function readOutboxes(): Promise<OutboxReading[]> {
  const ds = source('outboxes');
  if (!ds) return Promise.resolve([]);
  outboxReading ??= withTimeout(
    (async () => {
      const out: OutboxReading[] = [];
      for (const o of OUTBOXES) {
        const [exists] = await ds.query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [o.table]);
        if (!exists?.ok) continue;
        const [row]: Array<{ n: number; age: number | null }> = await ds.query(
          `SELECT count(*)::int AS n, extract(epoch FROM now() - min(created_at))::float8 AS age FROM ${o.table} WHERE ${o.pending}`,
        );
        out.push({ name: o.name, depth: row.n, oldestAgeSeconds: Math.max(0, row.age ?? 0) });
      }
      return out;
    })(),
    OUTBOX_QUERY_TIMEOUT_MS,
  ).finally(() => (outboxReading = null));
  return outboxReading;
}

function outboxGauge(name: string, help: string, value: (r: OutboxReading) => number): void {
  new Gauge({
    name,
    help,
    labelNames: ['outbox'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      try {
        for (const r of await readOutboxes()) this.set({ outbox: r.name }, value(r));
      } catch {
        // the database did not answer in time: leave the series out of this scrape
      }
    },
  });
}
outboxGauge('orgpulse_outbox_depth', 'Rows waiting to be delivered (PENDING), by outbox.', (r) => r.depth);
outboxGauge(
  'orgpulse_outbox_oldest_age_seconds',
  'Age in seconds of the oldest row still waiting, by outbox (0 when empty).',
  (r) => r.oldestAgeSeconds,
);

const ROUTES = ['/graphql', '/healthz', '/readyz', '/metrics', '/api/usage.csv', '/api/audit.csv'];

/** Counts every HTTP request by route and status class, when its response is finished. */
export function httpMetrics(): RequestHandler {
  return (req, res, next) => {
    res.on('finish', () => {
      const path = req.originalUrl.split('?')[0];
      const route = ROUTES.includes(path) ? path : path.startsWith('/dev/') ? '/dev' : 'other';
      metrics.httpRequests.inc({ route, status: `${Math.floor(res.statusCode / 100)}xx` });
    });
    next();
  };
}

/** The schema's operation a request runs: its one root field, if the schema has it. */
export function operationLabel(operation: OperationDefinitionNode | undefined, known: Set<string>): string {
  if (!operation) return 'other';
  const fields = operation.selectionSet.selections.filter((s) => !(s.kind === Kind.FIELD && s.name.value === '__typename'));
  if (fields.length !== 1 || fields[0].kind !== Kind.FIELD) return 'other';
  const name = fields[0].name.value;
  if (name === '__schema' || name === '__type') return 'introspection';
  return known.has(`${operation.operation}.${name}`) ? name : 'other';
}

/** Counts GraphQL operations (by the schema operation run), their latency and their error codes. */
export function graphqlMetricsPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  const known = new Set<string>();
  for (const [type, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const name of Object.keys(root?.getFields() ?? {})) known.add(`${type}.${name}`);
  }
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, response }) {
          const label = operationLabel(operation ?? undefined, known);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.graphqlRequests.inc({ operation: label, type: operation?.operation ?? 'unknown' });
          metrics.graphqlDuration.observe({ operation: label }, seconds);
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          for (const e of errors ?? []) metrics.graphqlErrors.inc({ code: codeLabel(e.extensions?.code) });
        },
      };
    },
  };
}

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (::ffff:127.x.y.z): the machine itself. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

const FORWARDING_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

/**
 * Who may scrape: a caller presenting METRICS_TOKEN as a bearer token, or one connected from
 * this machine (loopback socket) that is not a proxy relaying someone else (no forwarding
 * header, whatever TRUST_PROXY says: a proxy on the same host would otherwise make every
 * visitor local). Returns the HTTP status to refuse with, or null to serve.
 */
function metricsAccess(req: IncomingMessage, token: string | null): 401 | 403 | null {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const m = /^Bearer (.+)$/.exec(header);
    if (!token || !m) return 403;
    const given = Buffer.from(m[1]);
    const expected = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected) ? null : 403;
  }
  const proxied = FORWARDING_HEADERS.some((h) => req.headers[h] !== undefined);
  if (!proxied && isLoopback(req.socket.remoteAddress)) return null;
  return 401;
}

/** GET /metrics in the Prometheus text format, for METRICS_TOKEN holders and local scrapers. */
export function metricsRoute(app: Express, token: string | null): void {
  app.get('/metrics', async (req, res) => {
    const refused = metricsAccess(req, token);
    if (refused) {
      if (refused === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res
        .status(refused)
        .type('text/plain')
        .send(refused === 401 ? 'Send Authorization: Bearer <METRICS_TOKEN>.\n' : 'Forbidden.\n');
      return;
    }
    try {
      const text = await registry.metrics();
      res.type(registry.contentType).send(text);
    } catch {
      res.status(503).type('text/plain').send('Metrics are unavailable (database?).\n');
    }
  });
}
