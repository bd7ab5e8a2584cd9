import os from 'node:os';
import type { QueryRunner } from 'typeorm';
import { loadConfig } from '../src/config';
import { isLoopback, operationLabel } from '../src/common/metrics';
import { mailModule, type MailModule } from '../src/modules/mail/mail.module';
import { parse } from 'graphql';
import { startTestApp, type TestApp, codeOf } from './helpers/app';
import { signUp, STRONG_PASSWORD, TEMP_PASSWORD, uniqueEmail, type Session } from './helpers/fixtures';
import { BATCH, key, SPEND, topUp } from './helpers/ledger';
import { eventually, SmtpSink } from './helpers/smtp-sink';
import { graphql } from './gql';

/** GET /metrics (docs/operations.md#metrics): who may scrape, and every metric moving with its event. */

const TOKEN = 'metrics-token-for-the-tests-0123456789';

let t: TestApp;
let sink: SmtpSink;
let mail: MailModule;
let owner: Session;

beforeAll(async () => {
  sink = await new SmtpSink().start();
  // TRUST_PROXY on: a forged X-Forwarded-For must not make a caller local either
  // HOST 0.0.0.0: reachable on this machine's other addresses too, to scrape from a non-loopback one
  const env = { SMTP_URL: sink.url, MAIL_POLL_MS: '20', METRICS_TOKEN: TOKEN, TRUST_PROXY: 'true', HOST: '0.0.0.0' };
  mail = mailModule(loadConfig({ NODE_ENV: 'test', ...env }), () => undefined);
  // workers start later, by hand, so the queued email is seen waiting first
  t = await startTestApp({ env, modules: [mail], notifier: mail.notifier, billingNotifier: mail.billingNotifier, startWorkers: false });
  owner = await signUp(t);
});
afterAll(async () => {
  await t.stop();
  await sink.stop();
});

type Series = Array<{ name: string; labels: Record<string, string>; value: number }>;

async function scrape(url = t.url, headers: Record<string, string> = {}): Promise<Series> {
  const res = await fetch(`${url}/metrics`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/plain');
  const out: Series = [];
  for (const line of (await res.text()).split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2];
    out.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return out;
}

/** The value of one series (0 when absent, as a counter that never moved). */
function value(series: Series, name: string, labels: Record<string, string> = {}): number {
  const s = series.find((x) => x.name === name && Object.entries(labels).every(([k, v]) => x.labels[k] === v));
  return s?.value ?? 0;
}
const has = (series: Series, name: string) => series.some((x) => x.name === name);

function nonLoopbackAddress(): string | null {
  for (const list of Object.values(os.networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal && !isLoopback(a.address)) return a.address;
  return null;
}

const LOG_IN = graphql(`
  mutation MetricsLogIn($input: LogInInput!) {
    logIn(input: $input) {
      accessToken
    }
  }
`);
const ADD_MEMBER = graphql(`
  mutation MetricsAddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      member {
        id
      }
    }
  }
`);

describe('who may scrape', () => {
  test('loopback means 127.0.0.0/8 and ::1 (also IPv4-mapped); nothing else', () => {
    for (const a of ['127.0.0.1', '127.0.0.2', '127.255.0.9', '::1', '::ffff:127.0.0.1']) expect(isLoopback(a)).toBe(true);
    for (const a of ['192.0.2.2', '10.0.0.1', '::ffff:10.0.0.1', 'fd00::2', '128.0.0.1', '', undefined]) expect(isLoopback(a)).toBe(false);
  });

  test('from loopback without a token: served; through a proxy (X-Forwarded-For, Forwarded, X-Real-IP): 401 unless the token', async () => {
    await scrape(); // 127.0.0.1
    await scrape(t.url.replace('127.0.0.1', '127.0.0.2')); // still this machine
    const forwarded: Array<Record<string, string>> = [
      { 'x-forwarded-for': '127.0.0.1' },
      { forwarded: 'for=127.0.0.1' },
      { 'x-real-ip': '127.0.0.1' },
    ];
    for (const header of forwarded) {
      const res = await fetch(`${t.url}/metrics`, { headers: header });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await res.text()).not.toContain('orgpulse_');
    }
    await scrape(t.url, { 'x-forwarded-for': '203.0.113.7', authorization: `Bearer ${TOKEN}` });
  });

  test('a wrong token is 403, also from loopback; the right one is served', async () => {
    for (const authorization of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, 'Bearer ', `Basic ${TOKEN}`]) {
      const res = await fetch(`${t.url}/metrics`, { headers: { authorization } });
      expect(res.status).toBe(403);
    }
    await scrape(t.url, { authorization: `Bearer ${TOKEN}` });
  });

  test('from a non-loopback address of this machine: 401 without the token, served with it', async () => {
    const address = nonLoopbackAddress();
    if (!address) {
      process.stdout.write('metrics.test: no non-loopback IPv4 address on this machine; the socket check is covered by isLoopback only\n');
      return;
    }
    const url = t.url.replace('127.0.0.1', address);
    const res = await fetch(`${url}/metrics`);
    expect(res.status).toBe(401);
    expect((await fetch(`${url}/metrics`, { headers: { authorization: 'Bearer nope' } })).status).toBe(403);
    await scrape(url, { authorization: `Bearer ${TOKEN}` });
  });
});

describe('every metric moves with its event', () => {
  test('operation labels are the schema operations, bounded', () => {
    const known = new Set(['query.viewer', 'mutation.logIn']);
    const op = (src: string) => parse(src).definitions[0] as never;
    expect(operationLabel(op('mutation X { logIn(input: {}) { accessToken } }'), known)).toBe('logIn');
    expect(operationLabel(op('{ __typename viewer { id } }'), known)).toBe('viewer');
    expect(operationLabel(op('query AnyNameAtAll { viewer { id } }'), known)).toBe('viewer');
    expect(operationLabel(op('{ viewer { id } organization { id } }'), known)).toBe('other');
    expect(operationLabel(op('{ unknownField }'), known)).toBe('other');
    expect(operationLabel(op('{ __schema { types { name } } }'), known)).toBe('introspection');
    expect(operationLabel(undefined, known)).toBe('other');
  });

  test('spends accepted, refused, replayed; batch sizes; requests, latency and errors by operation', async () => {
    await topUp(t, owner.token, '10');
    const before = await scrape();
    const k = key('m');
    expect((await t.gql(SPEND, { i: { operation: 'chat', credits: '1', idempotencyKey: k } }, owner.token)).errors).toBeUndefined();
    expect((await t.gql(SPEND, { i: { operation: 'chat', credits: '1', idempotencyKey: k } }, owner.token)).errors).toBeUndefined();
    expect(codeOf(await t.gql(SPEND, { i: { operation: 'chat', credits: '100', idempotencyKey: key() } }, owner.token))).toBe(
      'INSUFFICIENT_CREDITS',
    );
    const batch = await t.ok(
      BATCH,
      {
        i: [
          { operation: 'a', credits: '0.5', idempotencyKey: key() },
          { operation: 'b', credits: '0.5', idempotencyKey: key() },
          { operation: 'c', credits: '1000', idempotencyKey: key() },
          { operation: '', credits: '1', idempotencyKey: key() },
        ],
      },
      owner.token,
    );
    expect(batch.recordUsageBatch).toMatchObject({ charged: 2, refused: 2 });
    expect(codeOf(await t.gql('{ nope }'))).toBe('GRAPHQL_VALIDATION_FAILED');
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string> = {}) => value(after, name, labels) - value(before, name, labels);

    expect(delta('orgpulse_spends_accepted_total')).toBe(3);
    expect(delta('orgpulse_spends_replayed_total')).toBe(1);
    expect(delta('orgpulse_spends_refused_total', { reason: 'INSUFFICIENT_CREDITS' })).toBe(2);
    expect(delta('orgpulse_spends_refused_total', { reason: 'BAD_USER_INPUT' })).toBe(1);
    // the single spend (1 written), then the batch's chunk (3 decided under one lock)
    expect(delta('orgpulse_spend_batch_size_count')).toBeGreaterThanOrEqual(2);
    expect(delta('orgpulse_spend_batch_size_sum')).toBeGreaterThanOrEqual(4);
    expect(delta('orgpulse_spend_batch_size_bucket', { le: '5' }) - delta('orgpulse_spend_batch_size_bucket', { le: '2' })).toBe(1);

    expect(delta('orgpulse_graphql_requests_total', { operation: 'recordUsage', type: 'mutation' })).toBe(3);
    expect(delta('orgpulse_graphql_requests_total', { operation: 'recordUsageBatch', type: 'mutation' })).toBe(1);
    expect(delta('orgpulse_graphql_requests_total', { operation: 'other', type: 'unknown' })).toBe(1);
    expect(delta('orgpulse_graphql_request_duration_seconds_count', { operation: 'recordUsage' })).toBe(3);
    expect(delta('orgpulse_graphql_request_duration_seconds_sum', { operation: 'recordUsage' })).toBeGreaterThan(0);
    expect(delta('orgpulse_graphql_errors_total', { code: 'INSUFFICIENT_CREDITS' })).toBe(1);
    expect(delta('orgpulse_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(delta('orgpulse_http_requests_total', { route: '/graphql', status: '2xx' })).toBe(4);
    expect(delta('orgpulse_http_requests_total', { route: '/graphql', status: '4xx' })).toBe(1);
    // one label value per operation the schema has, never the client's operation names
    for (const s of after.filter((x) => x.name === 'orgpulse_graphql_requests_total')) expect(s.labels.operation).not.toMatch(/^[A-Z]/);
  });

  test('a failed sign-in counts; a throttled one counts as a throttle hit', async () => {
    const email = uniqueEmail('throttled');
    await signUp(t, { email });
    const before = await scrape();
    const wrong = { input: { email, password: `${STRONG_PASSWORD}-wrong` } };
    for (let i = 0; i < 5; i++) expect(codeOf(await t.gql(LOG_IN, wrong))).toBe('UNAUTHENTICATED');
    // the 5th failure put the account on a 1 s wait: even the right password is refused now
    expect(codeOf(await t.gql(LOG_IN, { input: { email, password: STRONG_PASSWORD } }))).toBe('RATE_LIMITED');
    const after = await scrape();
    expect(value(after, 'orgpulse_login_failures_total') - value(before, 'orgpulse_login_failures_total')).toBe(5);
    expect(value(after, 'orgpulse_login_throttled_total') - value(before, 'orgpulse_login_throttled_total')).toBe(1);
    expect(value(after, 'orgpulse_graphql_errors_total', { code: 'RATE_LIMITED' })).toBeGreaterThanOrEqual(1);
  });

  test('an email queued shows in the outbox depth and age; once sent, it leaves them and counts as sent', async () => {
    // the sign-ups' verification emails are already waiting (no worker yet)
    const earlier = await scrape();
    const waiting = value(earlier, 'orgpulse_outbox_depth', { outbox: 'email' });
    expect(has(earlier, 'orgpulse_outbox_oldest_age_seconds')).toBe(true);
    const email = uniqueEmail('queued');
    await t.ok(ADD_MEMBER, { input: { name: 'Quinn Queued', email, temporaryPassword: TEMP_PASSWORD } }, owner.token);
    await new Promise((r) => setTimeout(r, 50));
    const queued = await scrape();
    expect(value(queued, 'orgpulse_outbox_depth', { outbox: 'email' })).toBe(waiting + 1);
    expect(value(queued, 'orgpulse_outbox_oldest_age_seconds', { outbox: 'email' })).toBeGreaterThan(0);

    await mail.start!(t.running.deps);
    try {
      await eventually(() => sink.to(email).length, 10_000, 'the email');
      // the row leaves the outbox when it is marked SENT; the counter moves just after that
      const sent = await eventually(async () => {
        const s = await scrape();
        const delivered =
          value(s, 'orgpulse_emails_delivered_total', { result: 'sent' }) -
          value(queued, 'orgpulse_emails_delivered_total', { result: 'sent' });
        return value(s, 'orgpulse_outbox_depth', { outbox: 'email' }) === 0 && delivered >= waiting + 1 && s;
      });
      expect(value(sent, 'orgpulse_outbox_oldest_age_seconds', { outbox: 'email' })).toBe(0);
      expect(
        value(sent, 'orgpulse_emails_delivered_total', { result: 'sent' }) -
          value(queued, 'orgpulse_emails_delivered_total', { result: 'sent' }),
      ).toBe(waiting + 1);
    } finally {
      await mail.stop!();
    }
  });

  test('the pool gauges show connections in use and callers waiting; a scrape still answers while the pool is exhausted', async () => {
    const idle = await scrape();
    const total = 10; // startTestApp's app pool (the gauges are of the app role's pool)
    expect(value(idle, 'orgpulse_db_pool_connections', { state: 'waiting' })).toBe(0);
    const held: QueryRunner[] = [];
    // the app pool, and the system role's pool (a quarter of the app's, and the spend statements' 4) that reads every organization's outbox
    for (const [ds, size] of [
      [t.appDs, total],
      [t.systemDs, Math.ceil(total / 4) + 4],
    ] as const) {
      for (let i = 0; i < size; i++) {
        const qr = ds.createQueryRunner();
        await qr.connect();
        held.push(qr);
      }
    }
    const waiting = t.appDs.query('SELECT 1');
    try {
      const busy = await scrape();
      expect(value(busy, 'orgpulse_db_pool_connections', { state: 'in_use' })).toBe(total);
      expect(value(busy, 'orgpulse_db_pool_connections', { state: 'waiting' })).toBeGreaterThanOrEqual(1);
      // the outbox could not be read in time: its series are left out rather than stale
      expect(has(busy, 'orgpulse_outbox_depth')).toBe(false);
    } finally {
      for (const qr of held) await qr.release();
    }
    await waiting;
    const after = await scrape();
    expect(value(after, 'orgpulse_db_pool_connections', { state: 'waiting' })).toBe(0);
    expect(value(after, 'orgpulse_db_pool_connections', { state: 'in_use' })).toBeLessThan(total);
    expect(has(after, 'orgpulse_outbox_depth')).toBe(true);
  });
});
