import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { codeOf, startTestApp, type TestApp } from './helpers/app';
import { graphql } from './gql';
import { addSignedInMember, orgWithRoles, signUp, STRONG_PASSWORD, TEMP_PASSWORD, uniqueEmail, type Session } from './helpers/fixtures';
import { key, SPEND, topUp } from './helpers/ledger';
import { silentNotifier } from '../src/modules/members/member.notifier';
import { OutboxWebhookNotifier } from '../src/modules/mail/mail.notifier';
import { WebhookWorker } from '../src/modules/webhooks/webhook.worker';
import { encryptSecret, newWebhookSecret } from '../src/modules/webhooks/webhook.secret';

/**
 * Issue 12: signed webhooks (Standard Webhooks), delivered from an outbox written in the
 * change's transaction, against a real HTTP receiver on 127.0.0.1.
 */

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A real receiver; `answer` decides each response (default 200 "ok"). */
class Receiver {
  received: Received[] = [];
  answer: (req: http.IncomingMessage, res: http.ServerResponse) => void = (_req, res) => res.end('ok');
  private server: http.Server | null = null;
  port = 0;

  async start(port = 0): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        this.answer(req, res);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  url(path = '/hook') {
    return `http://127.0.0.1:${this.port}${path}`;
  }
}

const CREATE = graphql(`
  mutation WhCreate($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        url
        events
        enabled
        createdAt
      }
    }
  }
`);
const ENDPOINTS = graphql(`
  query WhEndpoints {
    webhookEndpoints {
      id
      url
      enabled
      events
    }
  }
`);
const DELIVERIES = graphql(`
  query WhDeliveries($endpointId: ID!) {
    webhookDeliveries(endpointId: $endpointId) {
      totalCount
      nodes {
        id
        eventType
        status
        attempts
        responseStatus
        createdAt
        deliveredAt
      }
    }
  }
`);
const DELETE = graphql(`
  mutation WhDelete($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);
const ROTATE = graphql(`
  mutation WhRotate($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      endpoint {
        id
      }
    }
  }
`);
const SEND_TEST = graphql(`
  mutation WhSendTest($endpointId: ID!) {
    sendTestWebhook(endpointId: $endpointId) {
      id
      eventType
      status
      attempts
    }
  }
`);
const REDELIVER = graphql(`
  mutation WhRedeliver($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      id
      status
      attempts
    }
  }
`);
const CREATE_KEY = graphql(`
  mutation WhCreateKey($name: String!) {
    createApiKey(name: $name) {
      secret
      apiKey {
        id
      }
    }
  }
`);
const REVOKE_KEY = graphql(`
  mutation WhRevokeKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
    }
  }
`);
const ADD_MEMBER = graphql(`
  mutation WhAddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      member {
        id
      }
    }
  }
`);
const MEMBER_ACTIONS = {
  role: graphql(`
    mutation WhRole($input: UpdateMemberRoleInput!) {
      updateMemberRole(input: $input) {
        id
      }
    }
  `),
  suspend: graphql(`
    mutation WhSuspend($id: ID!) {
      suspendMember(memberId: $id) {
        id
      }
    }
  `),
  reactivate: graphql(`
    mutation WhReactivate($id: ID!) {
      reactivateMember(memberId: $id) {
        id
      }
    }
  `),
  remove: graphql(`
    mutation WhRemove($id: ID!) {
      removeMember(memberId: $id) {
        id
      }
    }
  `),
  transfer: graphql(`
    mutation WhTransfer($id: ID!, $password: String!) {
      transferOwnership(memberId: $id, currentPassword: $password) {
        id
      }
    }
  `),
  threshold: graphql(`
    mutation WhThreshold($threshold: Credits) {
      setLowBalanceThreshold(threshold: $threshold) {
        balance
      }
    }
  `),
};

let t: TestApp;
let worker: WebhookWorker;
let failMemberAdded = false;
const receivers: Receiver[] = [];

beforeAll(async () => {
  t = await startTestApp({
    env: {
      WEBHOOK_ALLOW_PRIVATE: '1',
      WEBHOOK_RETRY_BASE_MS: '10',
      WEBHOOK_TIMEOUT_MS: '500',
      WEBHOOK_DISABLE_AFTER_FAILURES: '3',
      WEBHOOK_DISABLE_AFTER_MS: '0',
    },
    // the notifier runs after the audit and webhook rows in addMember's transaction: failing it rolls them back
    notifier: {
      ...silentNotifier,
      memberAdded: async () => {
        if (failMemberAdded) throw new Error('the mail outbox is unavailable');
      },
    },
    startWorkers: false,
  });
  worker = new WebhookWorker(t.systemDs, { config: t.config, notifier: new OutboxWebhookNotifier(t.config.appUrl), log: () => undefined });
});
afterEach(async () => {
  // each test counts only its own deliveries: give up what an earlier one left pending
  await t.ds.query(`UPDATE webhook_deliveries SET status = 'FAILED' WHERE status = 'PENDING'`);
});
afterAll(async () => {
  for (const r of receivers) await r.stop();
  await t.stop();
});

async function receiver(): Promise<Receiver> {
  const r = await new Receiver().start();
  receivers.push(r);
  return r;
}

/** Makes every pending delivery due (skipping the back-off), then runs one worker pass. */
async function deliverDue(w = worker, ds = t.ds): Promise<number> {
  await ds.query(`UPDATE webhook_deliveries SET next_attempt_at = now() WHERE status = 'PENDING' AND claim_token IS NULL`);
  return w.runOnce();
}

async function createEndpoint(owner: Session, url: string, events: string[] = ['MEMBER_ADDED', 'API_KEY_CREATED', 'API_KEY_REVOKED']) {
  const r = await t.gql(CREATE, { input: { url, events: events as never } }, owner.token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.createWebhookEndpoint;
}

const deliveryRows = (endpointId: string) =>
  t.ds.query(
    `SELECT id, status, attempts, response_status, response_excerpt, last_error FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY created_at`,
    [endpointId],
  );

test('a delivery is signed the Standard Webhooks way: standardwebhooks verifies it, and so does the spec by hand', async () => {
  const owner = await signUp(t);
  const r = await receiver();
  const { secret, endpoint } = await createEndpoint(owner, r.url());
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
  expect(endpoint).toMatchObject({ url: r.url(), enabled: true, events: ['MEMBER_ADDED', 'API_KEY_CREATED', 'API_KEY_REVOKED'] });
  const email = uniqueEmail('new');
  const added = await t.ok(
    ADD_MEMBER,
    { input: { name: 'Nia New', email, temporaryPassword: TEMP_PASSWORD, role: 'MEMBER', sendEmail: false } },
    owner.token,
  );

  expect(await worker.runOnce()).toBe(1);
  expect(r.received).toHaveLength(1);
  const { headers, body } = r.received[0];
  const payload = new Webhook(secret).verify(body, headers as Record<string, string>) as { type: string; data: Record<string, unknown> };
  expect(payload).toMatchObject({
    type: 'member.added',
    data: { memberId: added.addMember.member.id, email, role: 'MEMBER', organizationId: owner.organizationId },
  });
  expect(new Date((payload as unknown as { timestamp: string }).timestamp).getTime()).toBeGreaterThan(Date.now() - 60_000);

  // the spec alone: v1,base64(HMAC-SHA256(base64-decoded key, "<id>.<timestamp>.<body>"))
  const keyBytes = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', keyBytes)
    .update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`)
    .digest('base64');
  expect(headers['webhook-signature']).toBe(`v1,${expected}`);
  expect(Math.abs(Number(headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
  expect(headers['content-type']).toBe('application/json');
  // a wrong secret does not verify
  expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(body, headers as Record<string, string>)).toThrow();

  const log = (await t.ok(DELIVERIES, { endpointId: endpoint.id }, owner.token)).webhookDeliveries;
  expect(log.totalCount).toBe(1);
  expect(log.nodes[0]).toMatchObject({
    id: headers['webhook-id'],
    eventType: 'MEMBER_ADDED',
    status: 'SUCCEEDED',
    attempts: 1,
    responseStatus: 200,
  });
  expect(log.nodes[0].deliveredAt).not.toBeNull();
  // the management action is audited
  const audit = await t.ds.query(`SELECT action FROM audit_events WHERE organization_id = $1 AND target_id = $2`, [
    owner.organizationId,
    endpoint.id,
  ]);
  expect(audit.map((a: { action: string }) => a.action)).toEqual(['webhook.endpoint_created']);
});

test('every event type is queued in its change: roles, suspension, reactivation, removal, ownership, credits, low balance, keys', async () => {
  const { owner, admin, member } = await orgWithRoles(t);
  const r = await receiver();
  const all = [
    'MEMBER_ADDED',
    'MEMBER_ROLE_CHANGED',
    'MEMBER_REMOVED',
    'MEMBER_SUSPENDED',
    'MEMBER_REACTIVATED',
    'OWNERSHIP_TRANSFERRED',
    'CREDITS_ADDED',
    'CREDITS_LOW_BALANCE',
    'API_KEY_CREATED',
    'API_KEY_REVOKED',
  ];
  const { secret } = await createEndpoint(owner, r.url(), all);
  await t.ok(MEMBER_ACTIONS.role, { input: { memberId: member.memberId, role: 'GUEST' } }, owner.token);
  await t.ok(MEMBER_ACTIONS.suspend, { id: member.memberId }, owner.token);
  await t.ok(MEMBER_ACTIONS.reactivate, { id: member.memberId }, owner.token);
  await t.ok(MEMBER_ACTIONS.remove, { id: member.memberId }, owner.token);
  await topUp(t, owner.token, '10');
  await t.ok(MEMBER_ACTIONS.threshold, { threshold: '5' }, owner.token);
  await t.ok(SPEND, { i: { operation: 'chat', credits: '6', idempotencyKey: key() } }, owner.token);
  const k = (await t.ok(CREATE_KEY, { name: 'ci' }, owner.token)).createApiKey;
  await t.ok(REVOKE_KEY, { id: k.apiKey.id }, owner.token);
  await t.ok(MEMBER_ACTIONS.transfer, { id: admin.memberId, password: STRONG_PASSWORD }, owner.token);
  while ((await worker.runOnce()) > 0);
  const types = r.received.map((x) => (new Webhook(secret).verify(x.body, x.headers as Record<string, string>) as { type: string }).type);
  expect(types.sort()).toEqual(
    [
      'member.role_changed',
      'member.suspended',
      'member.reactivated',
      'member.removed',
      'credits.added',
      'credits.low_balance',
      'api_key.created',
      'api_key.revoked',
      'ownership.transferred',
    ].sort(),
  );
  const low = r.received.map((x) => JSON.parse(x.body)).find((b) => b.type === 'credits.low_balance');
  expect(low.data).toMatchObject({ balance: '4', threshold: '5' });
});

test('a receiver that is down, then up, gets each delivery exactly once, with the same webhook-id; redelivery keeps the id', async () => {
  const owner = await signUp(t);
  const r = await receiver();
  const port = r.port;
  await r.stop(); // down: connection refused
  const { endpoint } = await createEndpoint(owner, `http://127.0.0.1:${port}/hook`);
  await t.ok(CREATE_KEY, { name: 'one' }, owner.token);

  expect(await worker.runOnce()).toBe(1);
  let [row] = await deliveryRows(endpoint.id);
  expect(row).toMatchObject({ status: 'PENDING', attempts: 1, response_status: null });
  expect(row.last_error).toMatch(/ECONNREFUSED/);

  await r.start(port); // up again
  expect(await deliverDue()).toBe(1);
  expect(await deliverDue()).toBe(0);
  expect(await worker.runOnce()).toBe(0);
  expect(r.received).toHaveLength(1);
  [row] = await deliveryRows(endpoint.id);
  expect(row).toMatchObject({ status: 'SUCCEEDED', attempts: 2, response_status: 200 });
  expect(r.received[0].headers['webhook-id']).toBe(row.id);

  const again = (await t.ok(REDELIVER, { deliveryId: row.id }, owner.token)).redeliverWebhook;
  expect(again).toMatchObject({ id: row.id, status: 'PENDING' });
  expect(await worker.runOnce()).toBe(1);
  expect(r.received).toHaveLength(2);
  expect(r.received[1].headers['webhook-id']).toBe(row.id);
  expect(r.received[1].body).toBe(r.received[0].body);
});

test('a rolled-back change sends nothing: no delivery row, nothing at the receiver', async () => {
  const owner = await signUp(t);
  const r = await receiver();
  const { endpoint } = await createEndpoint(owner, r.url());
  failMemberAdded = true;
  try {
    const res = await t.gql(
      ADD_MEMBER,
      { input: { name: 'Roll Back', email: uniqueEmail('rb'), temporaryPassword: TEMP_PASSWORD, sendEmail: true } },
      owner.token,
    );
    expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
  } finally {
    failMemberAdded = false;
  }
  expect(await deliveryRows(endpoint.id)).toEqual([]);
  expect(await deliverDue()).toBe(0);
  expect(r.received).toEqual([]);
  const members = await t.ds.query(`SELECT count(*)::int AS n FROM memberships WHERE organization_id = $1`, [owner.organizationId]);
  expect(members[0].n).toBe(1);
});

test('a redirect is not followed: the 302 is a failed attempt and the Location is never requested', async () => {
  const owner = await signUp(t);
  const r = await receiver();
  r.answer = (req, res) => {
    if (req.url === '/hook') res.writeHead(302, { location: '/elsewhere' }).end();
    else res.end('followed');
  };
  const { endpoint } = await createEndpoint(owner, r.url());
  await t.ok(CREATE_KEY, { name: 'redirect' }, owner.token);
  await worker.runOnce();
  expect(r.received.map((x) => x.path)).toEqual(['/hook']);
  const [row] = await deliveryRows(endpoint.id);
  expect(row).toMatchObject({ status: 'PENDING', response_status: 302 });
  expect(row.last_error).toMatch(/redirects are not followed/);
});

test('a receiver that does not answer in time is a failed attempt after the timeout; long answers keep only a short excerpt', async () => {
  const owner = await signUp(t);
  const slow = await receiver();
  slow.answer = (_req, res) => setTimeout(() => res.end('late'), 3000).unref();
  const { endpoint } = await createEndpoint(owner, slow.url());
  await t.ok(CREATE_KEY, { name: 'slow' }, owner.token);
  const started = Date.now();
  await worker.runOnce();
  expect(Date.now() - started).toBeLessThan(2000);
  const [row] = await deliveryRows(endpoint.id);
  expect(row).toMatchObject({ status: 'PENDING', response_status: null });
  expect(row.last_error).toMatch(/No answer within 500 ms/);

  slow.answer = (_req, res) => res.writeHead(200).end('x'.repeat(100_000));
  await deliverDue();
  const [done] = await deliveryRows(endpoint.id);
  expect(done.status).toBe('SUCCEEDED');
  expect(done.response_excerpt.length).toBeLessThanOrEqual(256);
});

test('retries stop after the retry window: the delivery is FAILED', async () => {
  const owner = await signUp(t);
  const r = await receiver();
  r.answer = (_req, res) => res.writeHead(503).end('busy');
  const { endpoint } = await createEndpoint(owner, r.url());
  await t.ok(CREATE_KEY, { name: 'window' }, owner.token);
  await worker.runOnce();
  expect((await deliveryRows(endpoint.id))[0]).toMatchObject({ status: 'PENDING', response_status: 503, response_excerpt: 'busy' });
  // the delivery was queued 25 hours ago: this attempt is the last
  await t.ds.query(`UPDATE webhook_deliveries SET window_started_at = now() - interval '25 hours' WHERE endpoint_id = $1`, [endpoint.id]);
  await deliverDue();
  expect((await deliveryRows(endpoint.id))[0]).toMatchObject({ status: 'FAILED', attempts: 2 });
  expect(await deliverDue()).toBe(0);
});

test('an endpoint that keeps failing is disabled, its owners and admins are emailed, and a successful test enables it again', async () => {
  const { owner, admin } = await orgWithRoles(t);
  const r = await receiver();
  r.answer = (_req, res) => res.writeHead(500).end('boom');
  const { endpoint } = await createEndpoint(owner, r.url());
  for (const name of ['a', 'b', 'c', 'd']) await t.ok(CREATE_KEY, { name }, owner.token);
  await worker.runOnce(); // 4 attempts fail; the third disables the endpoint
  const [state] = await t.ds.query(`SELECT enabled, disabled_at FROM webhook_endpoints WHERE id = $1`, [endpoint.id]);
  expect(state.enabled).toBe(false);
  expect((await t.ok(ENDPOINTS, {}, owner.token)).webhookEndpoints[0]).toMatchObject({ id: endpoint.id, enabled: false });
  const rows = await deliveryRows(endpoint.id);
  expect(rows.map((x: { status: string }) => x.status)).toEqual(['FAILED', 'FAILED', 'FAILED', 'FAILED']);
  const mails = await t.ds.query(
    `SELECT "to", subject, text FROM email_outbox WHERE organization_id = $1 AND kind = 'webhook.endpoint_disabled' ORDER BY "to"`,
    [owner.organizationId],
  );
  expect(mails.map((m: { to: string }) => m.to).sort()).toEqual([owner.email, admin.email].sort());
  expect(mails[0].text).toContain(r.url());
  const audit = await t.ds.query(
    `SELECT actor_membership_id FROM audit_events WHERE action = 'webhook.endpoint_disabled' AND target_id = $1`,
    [endpoint.id],
  );
  expect(audit).toEqual([{ actor_membership_id: null }]);

  // disabled: new events are not queued for it
  await t.ok(CREATE_KEY, { name: 'e' }, owner.token);
  expect(await deliveryRows(endpoint.id)).toHaveLength(4);

  // a test delivery is still sent on request; its success enables the endpoint again
  r.answer = (_req, res) => res.end('ok');
  const test1 = (await t.ok(SEND_TEST, { endpointId: endpoint.id }, admin.token)).sendTestWebhook;
  expect(test1).toMatchObject({ eventType: 'WEBHOOK_TEST', status: 'PENDING', attempts: 0 });
  await worker.runOnce();
  expect(JSON.parse(r.received.at(-1)!.body)).toMatchObject({ type: 'webhook.test', data: { test: true } });
  expect((await t.ok(ENDPOINTS, {}, owner.token)).webhookEndpoints[0].enabled).toBe(true);
});

test('the webhook outbox depth and the delivery results are exported on /metrics', async () => {
  const owner = await signUp(t);
  const r = await receiver();
  await createEndpoint(owner, r.url());
  const scrape = async () => (await (await fetch(`${t.url}/metrics`)).text()).split('\n');
  const read = (lines: string[], series: string) => Number(lines.find((l) => l.startsWith(`${series} `))?.split(' ')[1] ?? 0);
  const before = await scrape();
  await t.ok(CREATE_KEY, { name: 'metrics' }, owner.token);
  const queued = await scrape();
  expect(read(queued, 'orgpulse_outbox_depth{outbox="webhook"}')).toBe(read(before, 'orgpulse_outbox_depth{outbox="webhook"}') + 1);
  await worker.runOnce();
  const after = await scrape();
  expect(read(after, 'orgpulse_outbox_depth{outbox="webhook"}')).toBe(0);
  expect(read(after, 'orgpulse_webhooks_delivered_total{result="succeeded"}')).toBe(
    read(before, 'orgpulse_webhooks_delivered_total{result="succeeded"}') + 1,
  );
});

test('rotating the secret: later deliveries verify with the new secret only', async () => {
  const owner = await signUp(t);
  const r = await receiver();
  const { secret: old, endpoint } = await createEndpoint(owner, r.url());
  const { secret } = (await t.ok(ROTATE, { id: endpoint.id }, owner.token)).rotateWebhookSecret;
  expect(secret).not.toBe(old);
  await t.ok(SEND_TEST, { endpointId: endpoint.id }, owner.token);
  await worker.runOnce();
  const { body, headers } = r.received[0];
  expect(() => new Webhook(secret).verify(body, headers as Record<string, string>)).not.toThrow();
  expect(() => new Webhook(old).verify(body, headers as Record<string, string>)).toThrow();
  const [stored] = await t.ds.query(`SELECT secret_encrypted FROM webhook_endpoints WHERE id = $1`, [endpoint.id]);
  expect(stored.secret_encrypted).not.toContain(secret.slice(6, 20));
});

test('the URL is checked at creation: scheme, credentials, length, events', async () => {
  const owner = await signUp(t);
  for (const url of [
    'ftp://example.com/x',
    'http://user:pw@127.0.0.1/x',
    'not a url',
    `http://127.0.0.1/${'a'.repeat(2100)}`,
    'javascript:alert(1)',
  ]) {
    const res = await t.gql(CREATE, { input: { url, events: ['MEMBER_ADDED'] } }, owner.token);
    expect([url, codeOf(res)]).toEqual([url, 'BAD_USER_INPUT']);
  }
  for (const events of [[], ['WEBHOOK_TEST']]) {
    const res = await t.gql(CREATE, { input: { url: 'http://127.0.0.1:9/x', events: events as never } }, owner.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  }
  expect((await t.ok(ENDPOINTS, {}, owner.token)).webhookEndpoints).toEqual([]);
});

describe('authorization', () => {
  const ops = (endpointId: string, deliveryId: string) =>
    [
      [ENDPOINTS, {}],
      [DELIVERIES, { endpointId }],
      [CREATE, { input: { url: 'http://127.0.0.1:9/x', events: ['MEMBER_ADDED'] } }],
      [DELETE, { id: endpointId }],
      [ROTATE, { id: endpointId }],
      [SEND_TEST, { endpointId }],
      [REDELIVER, { deliveryId }],
    ] as const;

  async function setup() {
    const roles = await orgWithRoles(t);
    const r = await receiver();
    const { endpoint } = await createEndpoint(roles.owner, r.url());
    const d = (await t.ok(SEND_TEST, { endpointId: endpoint.id }, roles.owner.token)).sendTestWebhook;
    return { ...roles, endpointId: endpoint.id, deliveryId: d.id };
  }

  const snapshot = async (orgId: string) => ({
    endpoints: await t.ds.query(`SELECT id, url, secret_encrypted, enabled FROM webhook_endpoints WHERE organization_id = $1 ORDER BY id`, [
      orgId,
    ]),
    deliveries: await t.ds.query(`SELECT id, status, next_attempt_at FROM webhook_deliveries WHERE organization_id = $1 ORDER BY id`, [
      orgId,
    ]),
  });

  test('MEMBER, GUEST and an OWNER API key are FORBIDDEN for every webhook operation, and nothing changes', async () => {
    const { owner, member, guest, endpointId, deliveryId } = await setup();
    const apiKey = (await t.ok(CREATE_KEY, { name: 'owner key' }, owner.token)).createApiKey.secret;
    const before = await snapshot(owner.organizationId);
    for (const [who, token] of [
      ['MEMBER', member.token],
      ['GUEST', guest.token],
      ['API key', apiKey],
    ]) {
      for (const [doc, vars] of ops(endpointId, deliveryId)) {
        const res = await t.gql(doc as never, vars as never, token);
        expect([who, Object.keys(vars), codeOf(res)]).toEqual([who, Object.keys(vars), 'FORBIDDEN']);
      }
    }
    expect(await snapshot(owner.organizationId)).toEqual(before);
  });

  test("ADMIN may manage; another organization's endpoint and delivery ids are NOT_FOUND and change nothing", async () => {
    const { owner, admin, endpointId, deliveryId } = await setup();
    const other = await signUp(t);
    const before = await snapshot(owner.organizationId);
    for (const [doc, vars] of ops(endpointId, deliveryId).slice(1)) {
      if (doc === CREATE) continue;
      const res = await t.gql(doc as never, vars as never, other.token);
      expect([Object.keys(vars), codeOf(res)]).toEqual([Object.keys(vars), 'NOT_FOUND']);
    }
    for (const id of ['', 'not-a-uuid', '00000000-0000-0000-0000-000000000000']) {
      expect(codeOf(await t.gql(DELETE, { id }, owner.token))).toBe('NOT_FOUND');
    }
    expect(await snapshot(owner.organizationId)).toEqual(before);
    expect((await t.ok(ENDPOINTS, {}, other.token)).webhookEndpoints).toEqual([]);

    // the admin of the organization can do all of it
    expect((await t.ok(DELIVERIES, { endpointId }, admin.token)).webhookDeliveries.totalCount).toBe(1);
    await t.ok(REDELIVER, { deliveryId }, admin.token);
    await t.ok(ROTATE, { id: endpointId }, admin.token);
    expect((await t.ok(DELETE, { id: endpointId }, admin.token)).deleteWebhookEndpoint).toBe(true);
    expect(await t.ds.query(`SELECT id FROM webhook_deliveries WHERE id = $1`, [deliveryId])).toEqual([]);
    const actions = await t.ds.query(
      `SELECT action FROM audit_events WHERE organization_id = $1 AND action LIKE 'webhook.%' ORDER BY created_at`,
      [owner.organizationId],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'webhook.endpoint_created',
      'webhook.test_sent',
      'webhook.redelivered',
      'webhook.secret_rotated',
      'webhook.endpoint_deleted',
    ]);
  });

  test('a removed admin can no longer manage webhooks', async () => {
    const { owner, endpointId } = await setup();
    const admin2 = await addSignedInMember(t, owner, 'ADMIN', 'Removed Admin');
    await t.ok(MEMBER_ACTIONS.remove, { id: admin2.memberId }, owner.token);
    const before = await snapshot(owner.organizationId);
    for (const [doc, vars] of ops(endpointId, '00000000-0000-0000-0000-000000000000')) {
      const res = await t.gql(doc as never, vars as never, admin2.token);
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(codeOf(res));
    }
    expect(await snapshot(owner.organizationId)).toEqual(before);
  });
});

describe('production mode (WEBHOOK_ALLOW_PRIVATE unset)', () => {
  let prod: TestApp;
  let prodWorker: WebhookWorker;
  beforeAll(async () => {
    prod = await startTestApp({
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: 'a-test-only-jwt-secret-of-enough-length-0123456789',
        BCRYPT_COST: '10',
        WEBHOOK_TIMEOUT_MS: '500',
      },
      startWorkers: false,
    });
    expect(prod.config.production).toBe(true);
    expect(prod.config.webhooks.allowPrivate).toBe(false);
    prodWorker = new WebhookWorker(prod.systemDs, {
      config: prod.config,
      notifier: new OutboxWebhookNotifier(prod.config.appUrl),
      log: () => undefined,
    });
  });
  afterAll(async () => {
    await prod.stop();
  });

  test('creation refuses http, and private, loopback, link-local and metadata addresses, also behind a host name', async () => {
    const owner = await signUp(prod);
    const refused = [
      'http://example.com/hook',
      'https://127.0.0.1/hook',
      'https://localhost/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://10.0.0.8/hook',
      'https://192.168.1.1/hook',
      'https://172.16.0.1/hook',
      'https://100.100.100.200/hook',
      'https://[::1]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://[fd00:ec2::254]/hook',
      'https://0.0.0.0/hook',
      'https://2130706433/hook',
    ];
    for (const url of refused) {
      const res = await prod.gql(CREATE, { input: { url, events: ['MEMBER_ADDED'] } }, owner.token);
      expect([url, codeOf(res)]).toEqual([url, 'BAD_USER_INPUT']);
    }
    expect(await prod.ds.query(`SELECT id FROM webhook_endpoints WHERE organization_id = $1`, [owner.organizationId])).toEqual([]);
  });

  test('at send time too: a host name that now resolves to 127.0.0.1 (DNS rebinding) is refused and never connected to', async () => {
    const owner = await signUp(prod);
    const r = await receiver();
    let connections = 0;
    const raw = http.createServer().on('connection', (s) => {
      connections++;
      s.destroy();
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    const port = (raw.address() as AddressInfo).port;
    try {
      // as if the name resolved to a public address when the endpoint was created
      const [{ id }] = await prod.ds.query(
        `INSERT INTO webhook_endpoints (organization_id, url, events, secret_encrypted)
         SELECT $1, $2, ARRAY['API_KEY_CREATED']::varchar[], secret_encrypted FROM (SELECT $3::text AS secret_encrypted) s RETURNING id`,
        [owner.organizationId, `https://localhost:${port}/hook`, encryptedSecret(prod)],
      );
      const [{ id: literal }] = await prod.ds.query(
        `INSERT INTO webhook_endpoints (organization_id, url, events, secret_encrypted) VALUES ($1, $2, ARRAY['API_KEY_CREATED']::varchar[], $3) RETURNING id`,
        [owner.organizationId, `https://127.0.0.1:${port}/hook`, encryptedSecret(prod)],
      );
      await prod.ok(CREATE_KEY, { name: 'rebind' }, owner.token);
      expect(await prodWorker.runOnce()).toBe(2);
      for (const endpointId of [id, literal]) {
        const [row] = await prod.ds.query(`SELECT status, last_error FROM webhook_deliveries WHERE endpoint_id = $1`, [endpointId]);
        expect(row.status).toBe('FAILED');
        expect(row.last_error).toMatch(/private, loopback or link-local/);
      }
      expect(connections).toBe(0);
      expect(r.received).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => raw.close(() => resolve()));
    }
  });
});

function encryptedSecret(app: TestApp): string {
  return encryptSecret(newWebhookSecret(), app.config.webhooks.secretKey);
}
