import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import WebSocket from 'ws';
import {
  ErrorCode,
  FetchLike,
  isOrgpulseError,
  LiveSubscription,
  OrgpulseClient,
  OrgpulseClientOptions,
  OrgpulseError,
  RequestOptions,
  SessionRequiredError,
  verifyWebhook,
  WebhookVerificationError,
} from '../../packages/sdk/src';
import { sourceOf, startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { addSignedInMember, orgWithRoles, Session, signUp, STRONG_PASSWORD } from './helpers/fixtures';
import { ledgerState, topUp } from './helpers/ledger';
import { sleep, until } from './helpers/nodes';
import { silentWebhookNotifier } from '../src/modules/webhooks/webhook.notifier';
import { WebhookWorker } from '../src/modules/webhooks/webhook.worker';

let t: TestApp;
/** The delivery worker, run a pass at a time by the webhook tests. */
let worker: WebhookWorker;
beforeAll(async () => {
  // webhooks to the test's receiver on 127.0.0.1
  t = await startTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: '1' } });
  worker = new WebhookWorker(t.systemDs, { config: t.config, notifier: silentWebhookNotifier, log: () => undefined });
});
afterAll(async () => {
  await t.stop();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CREATE_KEY = graphql(`
  mutation SdkCreateApiKey($name: String!) {
    createApiKey(name: $name) {
      secret
      apiKey {
        id
      }
    }
  }
`);
const REVOKE_KEY = graphql(`
  mutation SdkRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

/**
 * The real global fetch, recording every request body. `handle` sees each call with its
 * index and a `send` that performs it, so a test can answer instead of the server, or let
 * the server act and then lose its answer.
 */
function spyFetch(handle: (call: number, send: () => Promise<Response>) => Promise<Response> = (_c, send) => send()) {
  const bodies: any[] = [];
  const spy: FetchLike = (url, init) => {
    const call = bodies.length;
    bodies.push(JSON.parse(init.body));
    return handle(call, () => fetch(url, init));
  };
  return { fetch: spy, bodies };
}

/** The server charges, then the connection drops before the answer arrives (first call only). */
const dropFirstAnswer = async (call: number, send: () => Promise<Response>) => {
  const res = await send();
  if (call > 0) return res;
  await res.text(); // the server has answered: whatever it did is done
  throw new TypeError('fetch failed: socket hang up');
};

const client = (options: Partial<OrgpulseClientOptions>) => new OrgpulseClient({ url: `${t.url}/graphql`, retryDelayMs: 5, ...options });

/** The SDK's `request()` takes a string (its public API for partner apps): send a typed document's text, typed by it. */
const request = <TResult, TVariables>(
  sdk: OrgpulseClient,
  query: TypedDocumentNode<TResult, TVariables>,
  variables?: NoInfer<TVariables>,
  options?: RequestOptions,
) => sdk.request<TResult>(sourceOf(query), variables as Record<string, unknown> | undefined, options);

async function createKey(owner: Session, name = 'partner app') {
  const session = client({ accessToken: owner.token });
  const { createApiKey } = await request(session, CREATE_KEY, { name });
  return { secret: createApiKey.secret, id: createApiKey.apiKey.id, session };
}

/** Runs `fn`, expecting an OrgpulseError; returns it. */
async function refusal(fn: () => Promise<unknown>): Promise<OrgpulseError> {
  try {
    await fn();
  } catch (err) {
    expect(err).toBeInstanceOf(OrgpulseError);
    return err as OrgpulseError;
  }
  throw new Error('expected an OrgpulseError');
}

test('an API key created through the API spends through the SDK; credits stay exact decimal strings', async () => {
  const owner = await signUp(t);
  const member = await addSignedInMember(t, owner, 'MEMBER', 'Mia Mobile');
  const ownerSdk = client({ accessToken: owner.token });
  await request(
    ownerSdk,
    graphql(`
      mutation SdkAddCredits($i: AddCreditsInput!) {
        addCredits(input: $i) {
          id
        }
      }
    `),
    {
      i: { amount: '10', idempotencyKey: randomUUID() },
    },
  );
  const key = await createKey(member);
  const { resources } = await request(
    ownerSdk,
    graphql(`
      query SdkResources {
        resources {
          id
        }
      }
    `),
  );
  expect(resources).toEqual([]);
  const { createResource } = await request(
    ownerSdk,
    graphql(`
      mutation SdkCreateResource {
        createResource(input: { kind: AGENT, name: "support bot" }) {
          id
        }
      }
    `),
  );

  const sdk = client({ apiKey: key.secret });
  const viewer = await sdk.viewer();
  expect(viewer.member).toMatchObject({ id: member.memberId, role: 'MEMBER', status: 'ACTIVE', name: 'Mia Mobile' });
  expect(viewer.organization.id).toBe(owner.organizationId);
  expect(viewer.permissions).toContain('credits:spend');

  const first = await sdk.recordUsage({ operation: 'chat.completion', credits: '0.000001', resourceId: createResource.id });
  expect(first).toMatchObject({
    operation: 'chat.completion',
    credits: '0.000001',
    member: { id: member.memberId, name: 'Mia Mobile' },
    resource: { id: createResource.id, name: 'support bot', kind: 'AGENT', deletedAt: null },
  });
  const second = await sdk.recordUsage({ operation: 'embeddings', credits: '2.5' });
  expect(second.resource).toBeNull();

  const balance = await sdk.creditBalance();
  expect(balance).toMatchObject({ balance: '7.499999', isLow: false, lowBalanceThreshold: null });
  expect(typeof balance.balance).toBe('string');

  const day = 86_400_000;
  const byOperation = await sdk.usageSummary({ from: new Date(Date.now() - day), to: new Date(Date.now() + day), groupBy: 'OPERATION' });
  expect(byOperation.map((b) => [b.key, b.count, b.credits]).sort()).toEqual([
    ['chat.completion', 1, '0.000001'],
    ['embeddings', 1, '2.5'],
  ]);
  const byDay = await sdk.usageSummary({
    from: new Date(Date.now() - day).toISOString(),
    to: new Date(Date.now() + day).toISOString(),
    groupBy: 'DAY',
  });
  expect(byDay).toEqual([{ key: new Date().toISOString().slice(0, 10), label: expect.any(String), count: 2, credits: '2.500001' }]);

  // the key is on the records: the spend went through it, as its member
  const rows = await t.ds.query(`SELECT api_key_id, membership_id FROM usage_records WHERE organization_id = $1`, [owner.organizationId]);
  expect(rows).toEqual([
    { api_key_id: key.id, membership_id: member.memberId },
    { api_key_id: key.id, membership_id: member.memberId },
  ]);

  // a number instead of a decimal string is refused before anything is sent
  const spy = spyFetch();
  const numeric = client({ apiKey: key.secret, fetch: spy.fetch });
  const err = await refusal(() => numeric.recordUsage({ operation: 'chat', credits: 0.1 as unknown as string }));
  expect(err).toMatchObject({ code: ErrorCode.BadUserInput, field: 'credits' });
  expect(spy.bodies).toHaveLength(0);
});

test('an answer lost after the server charged: the SDK resends the same idempotency key and the call is charged once', async () => {
  const owner = await signUp(t);
  await topUp(t, owner.token, '10');
  const { secret } = await createKey(owner);

  const spy = spyFetch(dropFirstAnswer);
  const record = await client({ apiKey: secret, fetch: spy.fetch }).recordUsage({ operation: 'chat.completion', credits: '3' });
  expect(spy.bodies).toHaveLength(2);
  const [sent, resent] = spy.bodies.map((b) => b.variables.input.idempotencyKey);
  expect(sent).toMatch(UUID);
  expect(resent).toBe(sent);
  expect(record.credits).toBe('3');
  let state = await ledgerState(t, owner.organizationId);
  expect(state).toMatchObject({ records: 1, entries: 2, balance: '7000000', ledger_sum: '7000000' });
  const [row] = await t.ds.query(`SELECT id FROM usage_records WHERE organization_id = $1`, [owner.organizationId]);
  expect(record.id).toBe(row.id);

  // a 502 from a proxy after the server acted: the same, with a caller-chosen key
  const proxied = spyFetch(async (call, send) => {
    const res = await send();
    if (call > 0) return res;
    await res.text();
    return new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } });
  });
  const idempotencyKey = `order-42-${randomUUID()}`;
  const sdk = client({ apiKey: secret, fetch: proxied.fetch });
  const again = await sdk.recordUsage({ operation: 'agent.run', credits: '1.25', idempotencyKey });
  expect(proxied.bodies.map((b) => b.variables.input.idempotencyKey)).toEqual([idempotencyKey, idempotencyKey]);
  // sending the caller's key once more (an app restart) returns the original record, no charge
  expect((await sdk.recordUsage({ operation: 'agent.run', credits: '1.25', idempotencyKey })).id).toBe(again.id);
  state = await ledgerState(t, owner.organizationId);
  expect(state).toMatchObject({ records: 2, entries: 3, balance: '5750000', ledger_sum: '5750000' });
  expect((await sdk.creditBalance()).balance).toBe('5.75');

  // every retry used up: NETWORK_ERROR, and still one key for every attempt
  const down = spyFetch(async () => {
    throw new TypeError('fetch failed: connect ECONNREFUSED');
  });
  const err = await refusal(() => client({ apiKey: secret, fetch: down.fetch, retries: 2 }).recordUsage({ operation: 'x', credits: '1' }));
  expect(err.code).toBe('NETWORK_ERROR');
  expect(err.message).toMatch(/ECONNREFUSED/);
  expect(down.bodies).toHaveLength(3);
  expect(new Set(down.bodies.map((b) => b.variables.input.idempotencyKey)).size).toBe(1);
});

test('a batch whose answer was lost is charged once, and reports the items as charged by this call', async () => {
  const owner = await signUp(t);
  await topUp(t, owner.token, '10');
  const { secret } = await createKey(owner);
  const spy = spyFetch(dropFirstAnswer);
  const sdk = client({ apiKey: secret, fetch: spy.fetch });
  const items = [
    { operation: 'chat', credits: '1' },
    { operation: 'chat', credits: '0.5' },
    { operation: 'embed', credits: '0.25', idempotencyKey: `mine-${randomUUID()}` },
  ];
  const result = await sdk.recordUsageBatch(items);
  expect(spy.bodies).toHaveLength(2);
  expect(spy.bodies[1]).toEqual(spy.bodies[0]);
  // the SDK's own keys can only have been recorded by this call's lost attempt; the caller's key may be older
  expect(result.items.map((i) => [i.index, i.ok, i.replayed])).toEqual([
    [0, true, false],
    [1, true, false],
    [2, true, true],
  ]);
  expect(result).toMatchObject({ charged: 2, refused: 0 });
  expect(result.items.map((i) => i.idempotencyKey)).toEqual(spy.bodies[0].variables.inputs.map((i: any) => i.idempotencyKey));
  expect(result.items[2].idempotencyKey).toBe(items[2].idempotencyKey);
  expect(result.items[0].idempotencyKey).toMatch(UUID);
  expect(await ledgerState(t, owner.organizationId)).toMatchObject({ records: 3, balance: '8250000', ledger_sum: '8250000' });

  // the same keys sent again (an app restart): all replays, nothing charged
  const replay = await sdk.recordUsageBatch(result.items.map((i, n) => ({ ...items[n], idempotencyKey: i.idempotencyKey })));
  expect(replay).toMatchObject({ charged: 0, refused: 0 });
  expect(replay.items.every((i) => i.ok && i.replayed)).toBe(true);
  expect(replay.items.map((i) => i.record!.id)).toEqual(result.items.map((i) => i.record!.id));
  expect((await sdk.creditBalance()).balance).toBe('8.25');
});

test('batch: each item charged or refused in order, with its code; a malformed amount refuses the whole batch', async () => {
  const owner = await signUp(t);
  await topUp(t, owner.token, '5');
  const { secret } = await createKey(owner);
  const sdk = client({ apiKey: secret });
  const result = await sdk.recordUsageBatch([
    { operation: 'chat', credits: '2' },
    { operation: 'chat', credits: '4' },
    { operation: 'chat', credits: '1' },
    { operation: 'chat', credits: '1', resourceId: randomUUID() },
    { operation: 'chat', credits: '0' },
    { operation: '', credits: '1' },
  ]);
  expect(result).toMatchObject({ charged: 2, refused: 4 });
  expect(result.items.map((i) => [i.index, i.ok, i.error?.code ?? null, i.record?.credits ?? null])).toEqual([
    [0, true, null, '2'],
    [1, false, 'INSUFFICIENT_CREDITS', null],
    [2, true, null, '1'],
    [3, false, 'NOT_FOUND', null],
    [4, false, 'BAD_USER_INPUT', null],
    [5, false, 'BAD_USER_INPUT', null],
  ]);
  expect(new Set(result.items.map((i) => i.idempotencyKey)).size).toBe(6);
  expect((await sdk.creditBalance()).balance).toBe('2');

  const before = await ledgerState(t, owner.organizationId);
  const err = await refusal(() =>
    sdk.recordUsageBatch([
      { operation: 'chat', credits: '1' },
      { operation: 'chat', credits: '1.0000001' },
    ]),
  );
  expect(err.code).toBe(ErrorCode.BadUserInput);
  expect(await refusal(() => sdk.recordUsageBatch([]))).toMatchObject({ code: ErrorCode.BadUserInput, field: 'inputs' });
  expect(await ledgerState(t, owner.organizationId)).toEqual(before);
});

test('refusals surface as OrgpulseError codes and are not retried: INSUFFICIENT_CREDITS, FORBIDDEN, UNAUTHENTICATED, BAD_USER_INPUT', async () => {
  const { owner, member, guest } = await orgWithRoles(t);
  await topUp(t, owner.token, '1');
  const key = await createKey(member);

  const spy = spyFetch();
  const sdk = client({ apiKey: key.secret, fetch: spy.fetch });
  const before = await ledgerState(t, owner.organizationId);
  const poor = await refusal(() => sdk.recordUsage({ operation: 'chat', credits: '1.5' }));
  expect(poor).toMatchObject({ code: 'INSUFFICIENT_CREDITS', status: 200 });
  expect(poor.message).toMatch(/\S/);
  expect(spy.bodies).toHaveLength(1);
  expect(await ledgerState(t, owner.organizationId)).toEqual(before);

  const bad = await refusal(() => sdk.recordUsage({ operation: 'x'.repeat(101), credits: '0.1' }));
  expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'operation' });
  expect(spy.bodies).toHaveLength(2);

  // a guest may read but not spend, nor make keys
  const guestSdk = client({ accessToken: guest.token });
  expect((await guestSdk.creditBalance()).balance).toBe('1');
  expect((await refusal(() => guestSdk.recordUsage({ operation: 'chat', credits: '0.1' }))).code).toBe('FORBIDDEN');
  expect((await refusal(() => request(guestSdk, CREATE_KEY, { name: 'guest key' }))).code).toBe('FORBIDDEN');

  // revoked: the very next call is refused
  expect((await sdk.recordUsage({ operation: 'chat', credits: '0.5' })).credits).toBe('0.5');
  await request(key.session, REVOKE_KEY, { id: key.id });
  const revoked = await refusal(() => sdk.viewer());
  expect(revoked.code).toBe('UNAUTHENTICATED');
  expect(revoked.message).toMatch(/API key/);
  expect((await refusal(() => sdk.recordUsage({ operation: 'chat', credits: '0.1' }))).code).toBe('UNAUTHENTICATED');
  expect(spy.bodies).toHaveLength(5);
  expect(await ledgerState(t, owner.organizationId)).toMatchObject({ records: 1, balance: '500000' });

  // no credentials at all, and a document the schema does not know
  expect((await refusal(() => client({}).creditBalance())).code).toBe('UNAUTHENTICATED');
  // (a plain string: a typed document could not name an unknown field)
  expect((await refusal(() => sdk.request('{ nope }'))).code).toBe('GRAPHQL_VALIDATION_FAILED');
});

test('request(): reads are retried after a lost answer, mutations are not (unless the caller says they are idempotent)', async () => {
  const owner = await signUp(t);
  const read = spyFetch(dropFirstAnswer);
  const data = await request(
    client({ accessToken: owner.token, fetch: read.fetch }),
    graphql(`
      query SdkOrganizationId {
        organization {
          id
        }
      }
    `),
  );
  expect(data.organization.id).toBe(owner.organizationId);
  expect(read.bodies).toHaveLength(2);

  const write = spyFetch(dropFirstAnswer);
  // a plain string: the SDK must tell a mutation from the text as written, comment and all
  const rename = `# a comment may say query\nmutation($n: String!) { renameOrganization(name: $n) { name } }`;
  const err = await refusal(() => client({ accessToken: owner.token, fetch: write.fetch }).request(rename, { n: 'Renamed once' }));
  expect(err.code).toBe('NETWORK_ERROR');
  expect(write.bodies).toHaveLength(1);
  // the server did act: that is why it was not sent again
  expect(
    (
      await request(
        client({ accessToken: owner.token }),
        graphql(`
          query SdkOrganizationName {
            organization {
              name
            }
          }
        `),
      )
    ).organization.name,
  ).toBe('Renamed once');

  const optedIn = spyFetch(dropFirstAnswer);
  const idem = graphql(`
    mutation SdkAddCreditsIdempotent($i: AddCreditsInput!) {
      addCredits(input: $i) {
        id
        amount
      }
    }
  `);
  await request(
    client({ accessToken: owner.token, fetch: optedIn.fetch }),
    idem,
    { i: { amount: '4', idempotencyKey: randomUUID() } },
    { retry: true },
  );
  expect(optedIn.bodies).toHaveLength(2);
  expect((await client({ accessToken: owner.token }).creditBalance()).balance).toBe('4');
});

test('RATE_LIMITED: retried after retryAfterSeconds (from the real sign-in throttle), thrown with it when the wait is too long', async () => {
  const owner = await signUp(t);
  const LOG_IN = graphql(`
    mutation SdkLogIn($i: LogInInput!) {
      logIn(input: $i) {
        accessToken
      }
    }
  `);
  const anonymous = client({ retries: 0 });
  for (let i = 0; i < 5; i++) {
    const err = await refusal(() => request(anonymous, LOG_IN, { i: { email: owner.email, password: 'not-the-password-at-all' } }));
    expect(err.code).toBe('UNAUTHENTICATED');
  }
  // the fifth attempt (the last free one) starts a one-second wait; stretch it so the timing below does not depend on test speed
  await t.ds.query(`UPDATE login_throttle SET locked_until = now() + interval '2 seconds' WHERE locked_until IS NOT NULL`);
  const limited = await refusal(() => request(anonymous, LOG_IN, { i: { email: owner.email, password: STRONG_PASSWORD } }));
  expect(limited.code).toBe('RATE_LIMITED');
  expect(limited.retryAfterSeconds).toBe(2);

  const impatient = spyFetch();
  const tooLong = await refusal(() =>
    request(client({ fetch: impatient.fetch, maxRetryAfterSeconds: 0 }), LOG_IN, { i: { email: owner.email, password: STRONG_PASSWORD } }),
  );
  expect(tooLong.code).toBe('RATE_LIMITED');
  expect(impatient.bodies).toHaveLength(1);

  // a mutation, yet retried: the server refused it before doing anything
  const patient = spyFetch();
  const started = Date.now();
  const session = await request(client({ fetch: patient.fetch }), LOG_IN, {
    i: { email: owner.email, password: STRONG_PASSWORD },
  });
  expect(session.logIn.accessToken).toEqual(expect.any(String));
  expect(patient.bodies).toHaveLength(2);
  expect(Date.now() - started).toBeGreaterThanOrEqual(1000);

  // and a spend told to wait is sent again with the same key, charged once
  await topUp(t, owner.token, '2');
  const { secret } = await createKey(owner);
  const throttled = spyFetch(async (call, send) =>
    call === 0
      ? new Response(
          JSON.stringify({ errors: [{ message: 'Too many requests.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 } }] }),
          {
            status: 200,
            headers: { 'content-type': 'application/json' },
          },
        )
      : send(),
  );
  const t0 = Date.now();
  await client({ apiKey: secret, fetch: throttled.fetch }).recordUsage({ operation: 'chat', credits: '1' });
  expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
  expect(throttled.bodies).toHaveLength(2);
  expect(throttled.bodies[1]).toEqual(throttled.bodies[0]);
  expect(await ledgerState(t, owner.organizationId)).toMatchObject({ records: 1, balance: '1000000' });
});

describe('the partner surface (typed from the generated operation types)', () => {
  test('viewer, organization, members (read-only, every page) and one member', async () => {
    const { owner, admin, member, guest } = await orgWithRoles(t);
    const { secret } = await createKey(member);
    const sdk = client({ apiKey: secret });

    const viewer = await sdk.viewer();
    expect(viewer.member).toMatchObject({ id: member.memberId, role: 'MEMBER', status: 'ACTIVE' });
    expect(viewer.organization.id).toBe(owner.organizationId);
    expect(viewer.permissions.length).toBeGreaterThan(0);

    const organization = await sdk.organization();
    expect(organization).toMatchObject({ id: owner.organizationId, memberCount: 4, owner: { id: owner.memberId } });

    const pages = [];
    for await (const page of sdk.memberPages({ first: 3 })) pages.push(page);
    expect(pages.map((p) => p.nodes.length)).toEqual([3, 1]);
    expect(pages[0].totalCount).toBe(4);
    expect(pages.flatMap((p) => p.nodes.map((n) => n.id))).toEqual([owner.memberId, admin.memberId, member.memberId, guest.memberId]);
    expect(await sdk.members({ role: 'GUEST' })).toMatchObject({ totalCount: 1, nodes: [{ id: guest.memberId, name: 'Gus Guest' }] });

    expect(await sdk.member(admin.memberId)).toMatchObject({ id: admin.memberId, role: 'ADMIN' });
    expect((await refusal(() => sdk.member(randomUUID()))).code).toBe(ErrorCode.NotFound);
  });

  test("batch: a refused item's reason tells the member's allowance from an empty balance", async () => {
    const { owner, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '10');
    await request(
      client({ accessToken: owner.token }),
      graphql(`
        mutation SdkSetAllowance($m: ID!, $l: Credits) {
          setMemberAllowance(memberId: $m, monthlyLimit: $l) {
            id
          }
        }
      `),
      { m: member.memberId, l: '3' },
    );
    const memberSdk = client({ apiKey: (await createKey(member)).secret });
    const limited = await memberSdk.recordUsageBatch([
      { operation: 'chat', credits: '2' },
      { operation: 'chat', credits: '2' },
    ]);
    expect(limited).toMatchObject({ charged: 1, refused: 1 });
    expect(limited.items[1].error).toMatchObject({ code: ErrorCode.InsufficientCredits, reason: 'MEMBER_ALLOWANCE' });

    const ownerSdk = client({ apiKey: (await createKey(owner)).secret });
    const empty = await ownerSdk.recordUsageBatch([
      { operation: 'chat', credits: '6' },
      { operation: 'chat', credits: '5' },
    ]);
    expect(empty).toMatchObject({ charged: 1, refused: 1 });
    expect(empty.items[1].error).toMatchObject({ code: ErrorCode.InsufficientCredits, reason: null });
    expect((await ownerSdk.creditBalance()).balance).toBe('2');
  });

  test('usage records: usageRecordPages walks every page once, newest first', async () => {
    const owner = await signUp(t);
    await topUp(t, owner.token, '10');
    const sdk = client({ apiKey: (await createKey(owner)).secret });
    const sent = [];
    for (let i = 0; i < 5; i++) sent.push((await sdk.recordUsage({ operation: `op.${i}`, credits: '0.5' })).id);

    const pages = [];
    for await (const page of sdk.usageRecordPages({ first: 2, from: new Date(Date.now() - 3600_000) })) pages.push(page);
    expect(pages.map((p) => p.nodes.length)).toEqual([2, 2, 1]);
    expect(pages.every((p) => p.totalCount === 5)).toBe(true);
    expect(pages.flatMap((p) => p.nodes.map((r) => r.id))).toEqual([...sent].reverse());
    expect(pages[2].pageInfo.hasNextPage).toBe(false);

    // stopping early sends no further request
    const { fetch: spy, bodies } = spyFetch();
    const counted = client({ apiKey: (await createKey(owner)).secret, fetch: spy });
    for await (const page of counted.usageRecordPages({ first: 2 })) {
      expect(page.nodes).toHaveLength(2);
      break;
    }
    expect(bodies).toHaveLength(1);
  });

  test('API keys: a member lists only their own, revokes one, and the revoked key stops working', async () => {
    const { owner, member } = await orgWithRoles(t);
    await createKey(owner, 'owner key');
    const first = await createKey(member, 'mobile');
    const second = await createKey(member, 'backend');
    const sdk = client({ apiKey: first.secret });

    expect((await sdk.apiKeys()).map((k) => k.name)).toEqual(['backend', 'mobile']);
    const revoked = await sdk.revokeApiKey(second.id);
    expect(revoked).toMatchObject({ id: second.id, name: 'backend', member: { id: member.memberId } });
    expect(revoked.revokedAt).not.toBeNull();
    expect((await sdk.apiKeys()).map((k) => k.id)).toEqual([first.id]);
    expect((await sdk.apiKeys({ includeRevoked: true })).map((k) => k.id)).toEqual([second.id, first.id]);
    expect((await refusal(() => client({ apiKey: second.secret }).viewer())).code).toBe(ErrorCode.Unauthenticated);
  });
});

/** The `ws` WebSocket, remembering every socket the SDK opens (to see them closed). */
function recordingWebSocket() {
  const sockets: WebSocket[] = [];
  class Recording extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols);
      sockets.push(this);
    }
  }
  return {
    webSocketImpl: Recording,
    sockets,
    allClosed: () => sockets.length > 0 && sockets.every((s) => s.readyState === WebSocket.CLOSED),
  };
}

/**
 * The next event, or null when none came within `ms`. The pending `next()` is kept across
 * calls (an iterator's next() must not be asked twice for one event).
 */
function eventsOf<T>(it: LiveSubscription<T>) {
  let pending: Promise<IteratorResult<T, undefined>> | null = null;
  return async (ms = 5000): Promise<IteratorResult<T, undefined> | null> => {
    pending ??= it.next();
    const result = await Promise.race([pending, sleep(ms).then(() => null)]);
    if (result) pending = null;
    return result;
  };
}

/**
 * graphql-ws does not acknowledge a subscription: act (a spend) until the first event
 * proves it is live, however long the server took to subscribe.
 */
async function firstEvent<T>(next: (ms?: number) => Promise<IteratorResult<T, undefined> | null>, act: () => Promise<unknown>) {
  for (let i = 0; i < 60; i++) {
    await act();
    const result = await next(250);
    if (result) return result;
  }
  throw new Error('no event after 60 spends');
}

/** Events until one matches (failing the test when none does within 10 s). */
async function eventWhere<T>(
  next: (ms?: number) => Promise<IteratorResult<T, undefined> | null>,
  match: (e: T) => boolean,
  seen: T[] = [],
) {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    const result = await next(Math.max(1, end - Date.now()));
    if (!result || result.done) break;
    seen.push(result.value);
    if (match(result.value)) return result.value;
  }
  throw new Error(`no matching event; seen ${JSON.stringify(seen)}`);
}

describe('subscriptions over graphql-ws, as async iterators', () => {
  test('balanceChanged: an event after each spend; return() ends it and closes the socket', async () => {
    const owner = await signUp(t);
    await topUp(t, owner.token, '100');
    const { secret } = await createKey(owner);
    const ws = recordingWebSocket();
    const sdk = client({ apiKey: secret, webSocketImpl: ws.webSocketImpl });
    const balances = sdk.subscribe.balanceChanged();
    const next = eventsOf(balances);

    const first = await firstEvent(next, () => sdk.recordUsage({ operation: 'chat', credits: '1' }));
    expect(first.done).toBe(false);
    expect(first.value).toMatchObject({ balance: expect.stringMatching(/^\d+(\.\d+)?$/), isLow: false, lowBalanceThreshold: null });

    // a spend of a known amount: its event carries the balance after it, exactly
    await sdk.recordUsage({ operation: 'chat', credits: '0.000001' });
    const { balance } = await sdk.creditBalance();
    expect(balance).toMatch(/\.999999$/);
    expect((await eventWhere(next, (b) => b.balance === balance)).balance).toBe(balance);

    // a top-up by the owner's session (not the key) reaches the key's subscription too
    await topUp(t, owner.token, '5');
    const after = (await sdk.creditBalance()).balance;
    await eventWhere(next, (b) => b.balance === after);

    expect(ws.sockets).toHaveLength(1);
    expect(await balances.return()).toEqual({ value: undefined, done: true });
    expect(await balances.next()).toEqual({ value: undefined, done: true });
    await until(ws.allClosed, 10_000, 'the socket to close once nothing is subscribed');
    // a later spend opens no new socket: nothing is subscribed any more
    await sdk.recordUsage({ operation: 'chat', credits: '1' });
    expect(ws.sockets).toHaveLength(1);
  });

  test('usageRecorded with for await: a MEMBER gets only their own records; an AbortSignal ends a pending next()', async () => {
    const { owner, member } = await orgWithRoles(t);
    await topUp(t, owner.token, '100');
    const ownerSdk = client({ apiKey: (await createKey(owner)).secret });
    const ws = recordingWebSocket();
    const memberSdk = client({ apiKey: (await createKey(member)).secret, webSocketImpl: ws.webSocketImpl });

    const controller = new AbortController();
    const records = memberSdk.subscribe.usageRecorded({ signal: controller.signal });
    const next = eventsOf(records);
    const live = await firstEvent(next, () => memberSdk.recordUsage({ operation: 'warm-up', credits: '0.1' }));
    expect(live.value).toMatchObject({ operation: 'warm-up', member: { id: member.memberId } });

    const ownerRecord = await ownerSdk.recordUsage({ operation: 'owner.secret', credits: '1' });
    const own = await memberSdk.recordUsage({ operation: 'mine', credits: '0.25' });
    const seen: Array<{ id: string; member: { id: string } }> = [];
    const mine = await eventWhere(next, (r) => r.id === own.id, seen);
    expect(mine).toMatchObject({ id: own.id, operation: 'mine', credits: '0.25', member: { id: member.memberId } });
    expect(seen.map((r) => r.id)).not.toContain(ownerRecord.id);
    expect(seen.every((r) => r.member.id === member.memberId)).toBe(true);

    // abort while a next() waits: it resolves done, and the socket closes
    const waiting = records.next();
    controller.abort();
    expect(await waiting).toEqual({ value: undefined, done: true });
    await until(ws.allClosed, 10_000, 'the socket to close after the abort');

    // the for await form, ended by break
    const again = memberSdk.subscribe.usageRecorded();
    const spending = (async () => {
      const got: string[] = [];
      for await (const record of again) {
        got.push(record.operation);
        if (record.operation === 'stop') break;
      }
      return got;
    })();
    let stopped = false;
    void spending.then(() => (stopped = true));
    for (let i = 0; i < 100 && !stopped; i++) {
      await memberSdk.recordUsage({ operation: 'stop', credits: '0.01' });
      await sleep(100);
    }
    expect((await spending).at(-1)).toBe('stop');
    await until(ws.allClosed, 10_000, 'the socket to close after break');
    expect(ws.sockets).toHaveLength(2);
  });

  test('refusals end the iterator with an OrgpulseError: a bad key UNAUTHENTICATED, a key revoked mid-stream FORBIDDEN', async () => {
    const owner = await signUp(t);
    await topUp(t, owner.token, '100');
    const bad = client({ apiKey: 'opk_not-a-real-key', webSocketImpl: WebSocket });
    const refused = await refusal(() => bad.subscribe.balanceChanged().next());
    expect(refused).toMatchObject({ code: ErrorCode.Unauthenticated, extensions: { closeCode: 4401 } });

    const key = await createKey(owner);
    const sdk = client({ apiKey: key.secret, webSocketImpl: WebSocket });
    const balances = sdk.subscribe.balanceChanged();
    const next = eventsOf(balances);
    await firstEvent(next, () => sdk.recordUsage({ operation: 'chat', credits: '1' }));
    await request(key.session, REVOKE_KEY, { id: key.id });
    await topUp(t, owner.token, '1'); // an event: the server re-checks the key before sending it
    const closed = await refusal(async () => {
      for (;;) {
        const r = await next();
        if (!r || r.done) return r;
      }
    });
    expect(closed).toMatchObject({ code: ErrorCode.Forbidden, extensions: { closeCode: 4403 } });
    expect(await balances.next()).toEqual({ value: undefined, done: true });
  });
});

interface Delivery {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A real HTTP receiver on 127.0.0.1, keeping each request's raw body. */
async function receiver() {
  const received: Delivery[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/orgpulse/webhooks`;
  return {
    url,
    received,
    stop: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('webhook management (session only)', () => {
  test('create → sendTestWebhook reaches a real receiver, verifyWebhook accepts it; rotate, redeliver, deliveries, delete', async () => {
    const owner = await signUp(t);
    const r = await receiver();
    try {
      const sdk = client({ accessToken: owner.token });
      const created = await sdk.createWebhookEndpoint({ url: r.url, events: ['CREDITS_ADDED', 'API_KEY_CREATED'] });
      expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
      expect(created.endpoint).toMatchObject({ url: r.url, events: ['CREDITS_ADDED', 'API_KEY_CREATED'], enabled: true });
      expect((await sdk.webhookEndpoints()).map((e) => e.id)).toEqual([created.endpoint.id]);
      // the secret is not readable afterwards: only the endpoint's fields are
      expect(JSON.stringify(await sdk.webhookEndpoints())).not.toContain(created.secret);

      const test = await sdk.sendTestWebhook(created.endpoint.id);
      expect(test).toMatchObject({ eventType: 'WEBHOOK_TEST', status: 'PENDING', attempts: 0 });
      await worker.runOnce();
      await until(() => r.received.length === 1, 10_000, 'the test delivery');
      const [delivery] = r.received;
      expect(delivery.headers['webhook-id']).toBe(test.id);
      const event = await verifyWebhook(created.secret, delivery.headers, delivery.body);
      expect(event).toMatchObject({ type: 'webhook.test', data: { endpointId: created.endpoint.id, test: true } });

      const succeeded = await sdk.webhookDeliveries({ endpointId: created.endpoint.id });
      expect(succeeded.totalCount).toBe(1);
      expect(succeeded.nodes[0]).toMatchObject({ id: test.id, attempts: 1, responseStatus: 200, deliveredAt: expect.any(String) });
      const pages = [];
      for await (const page of sdk.webhookDeliveryPages({ endpointId: created.endpoint.id, first: 1 })) pages.push(page);
      expect(pages.flatMap((p) => p.nodes.map((d) => d.id))).toEqual([test.id]);

      // rotate: the old secret no longer verifies what is sent next; redelivery keeps the webhook-id
      const rotated = await sdk.rotateWebhookSecret(created.endpoint.id);
      expect(rotated.secret).toMatch(/^whsec_/);
      expect(rotated.secret).not.toBe(created.secret);
      const again = await sdk.redeliverWebhook(test.id);
      expect(again.id).toBe(test.id);
      await worker.runOnce();
      await until(() => r.received.length === 2, 10_000, 'the redelivery');
      const redelivered = r.received[1];
      expect(redelivered.headers['webhook-id']).toBe(test.id);
      expect((await verifyWebhook(rotated.secret, redelivered.headers, redelivered.body)).type).toBe('webhook.test');
      const stale = await verifyWebhook(created.secret, redelivered.headers, redelivered.body).catch((e: unknown) => e);
      expect(stale).toBeInstanceOf(WebhookVerificationError);

      // a real event: a top-up is delivered as credits.added
      await topUp(t, owner.token, '3');
      await worker.runOnce();
      await until(() => r.received.length === 3, 10_000, 'the credits.added delivery');
      const added = await verifyWebhook<{ amount: string }>(rotated.secret, r.received[2].headers, r.received[2].body);
      expect(added.type).toBe('credits.added');

      const delivered = await sdk.webhookDeliveries({ endpointId: created.endpoint.id });
      expect(delivered.nodes.map((d) => d.eventType).sort()).toEqual(['CREDITS_ADDED', 'WEBHOOK_TEST']);

      expect(await sdk.deleteWebhookEndpoint(created.endpoint.id)).toBe(true);
      expect(await sdk.webhookEndpoints()).toEqual([]);
      expect((await refusal(() => sdk.sendTestWebhook(created.endpoint.id))).code).toBe(ErrorCode.NotFound);
    } finally {
      await r.stop();
    }
  });

  test('an API key gets SessionRequiredError (FORBIDDEN) for every webhook operation, and nothing changes', async () => {
    const { owner, member } = await orgWithRoles(t);
    const sdk = client({ accessToken: owner.token });
    const endpoint = (await sdk.createWebhookEndpoint({ url: 'http://127.0.0.1:9/hook', events: ['MEMBER_ADDED'] })).endpoint;
    const keyed = client({ apiKey: (await createKey(owner)).secret });
    const before = await t.ds.query(`SELECT id, url, secret_encrypted FROM webhook_endpoints WHERE organization_id = $1`, [
      owner.organizationId,
    ]);

    const calls: Array<[string, () => Promise<unknown>]> = [
      ['webhookEndpoints', () => keyed.webhookEndpoints()],
      ['createWebhookEndpoint', () => keyed.createWebhookEndpoint({ url: 'http://127.0.0.1:9/other', events: ['MEMBER_ADDED'] })],
      ['deleteWebhookEndpoint', () => keyed.deleteWebhookEndpoint(endpoint.id)],
      ['rotateWebhookSecret', () => keyed.rotateWebhookSecret(endpoint.id)],
      ['sendTestWebhook', () => keyed.sendTestWebhook(endpoint.id)],
      ['webhookDeliveries', () => keyed.webhookDeliveries({ endpointId: endpoint.id })],
      ['redeliverWebhook', () => keyed.redeliverWebhook(randomUUID())],
    ];
    for (const [operation, call] of calls) {
      const err = await refusal(call);
      expect(err).toBeInstanceOf(SessionRequiredError);
      expect(err).toMatchObject({ code: ErrorCode.Forbidden, operation, name: 'SessionRequiredError' });
      expect(isOrgpulseError(err, ErrorCode.Forbidden)).toBe(true);
      expect(err.message).toMatch(/needs a signed-in session .* not an API key/);
      // the server's own refusal is kept
      expect((err.cause as OrgpulseError).message).toMatch(/signed-in session, not an API key/);
    }
    expect(
      await t.ds.query(`SELECT id, url, secret_encrypted FROM webhook_endpoints WHERE organization_id = $1`, [owner.organizationId]),
    ).toEqual(before);
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1`, [endpoint.id])).toEqual([{ n: 0 }]);

    // a MEMBER's session: FORBIDDEN by role, a plain OrgpulseError (a session would not help)
    const byRole = await refusal(() => client({ accessToken: member.token }).webhookEndpoints());
    expect(byRole.code).toBe(ErrorCode.Forbidden);
    expect(byRole).not.toBeInstanceOf(SessionRequiredError);
    // another organization's owner: NOT_FOUND for this endpoint, and it still exists
    const other = await signUp(t);
    expect((await refusal(() => client({ accessToken: other.token }).deleteWebhookEndpoint(endpoint.id))).code).toBe(ErrorCode.NotFound);
    expect((await sdk.webhookEndpoints()).map((e) => e.id)).toEqual([endpoint.id]);
  });
});

const run = promisify(execFile);
const repo = path.join(__dirname, '..', '..');
const sdkDir = path.join(repo, 'packages', 'sdk');
/** The folder of a package as installed for `from` (to pack it for an offline install). */
const installed = (name: string, from: string) => path.dirname(require.resolve(`${name}/package.json`, { paths: [from] }));

describe('the published package', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'orgpulse-sdk-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  test('pnpm pack makes a tarball that npm installs offline in an empty folder, and that works (ESM, CommonJS, types) against the server', async () => {
    const version = JSON.parse(await readFile(path.join(sdkDir, 'package.json'), 'utf8')).version as string;
    await run('pnpm', ['--filter', '@orgpulse/sdk', 'pack', '--pack-destination', tmp], { cwd: repo });
    const tarball = path.join(tmp, `orgpulse-sdk-${version}.tgz`);

    // what a partner gets: no workspace package, one real dependency, entries that import only it
    await run('tar', ['-xzf', tarball, '-C', tmp]);
    const manifestText = await readFile(path.join(tmp, 'package', 'package.json'), 'utf8');
    const manifest = JSON.parse(manifestText);
    expect(manifestText).not.toMatch(/workspace:|@orgpulse\/shared/);
    expect(manifest.dependencies).toEqual({ 'graphql-ws': '6.4.2' });
    expect(manifest.peerDependencies).toBeUndefined();
    expect(manifest.exports['.']).toEqual({
      import: { types: './dist/index.d.mts', default: './dist/index.mjs' },
      require: { types: './dist/index.d.ts', default: './dist/index.js' },
    });
    expect((await readdir(path.join(tmp, 'package', 'dist'))).sort()).toEqual(['index.d.mts', 'index.d.ts', 'index.js', 'index.mjs']);
    const esm = await readFile(path.join(tmp, 'package', 'dist', 'index.mjs'), 'utf8');
    const cjs = await readFile(path.join(tmp, 'package', 'dist', 'index.js'), 'utf8');
    const dts = await readFile(path.join(tmp, 'package', 'dist', 'index.d.ts'), 'utf8');
    expect([...esm.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1])).toEqual(['graphql-ws/client']);
    expect([...cjs.matchAll(/require\('([^']+)'\)/g)].map((m) => m[1])).toEqual(['graphql-ws/client']);
    expect(dts).not.toMatch(/^(import|export)[^\n]*\bfrom\s*['"]/m); // self-contained declarations
    for (const text of [esm, cjs, dts]) expect(text).not.toContain('@orgpulse/shared');

    // its dependency (and graphql-ws's peer graphql, and ws for Node 20) as local tarballs: no registry, an empty cache
    for (const dir of [installed('graphql-ws', sdkDir), installed('graphql', sdkDir), installed('ws', __dirname)]) {
      await run('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', tmp, dir]);
    }
    const tarballs = (await readdir(tmp)).filter((f) => f.endsWith('.tgz')).map((f) => path.join(tmp, f));
    expect(tarballs).toHaveLength(4);
    const app = path.join(tmp, 'partner-app');
    await run('mkdir', [app]);
    await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'partner-app', private: true }));
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--cache', path.join(tmp, 'npm-cache'), ...tarballs], {
      cwd: app,
    });

    const owner = await signUp(t);
    await topUp(t, owner.token, '10');
    const { secret } = await createKey(owner);
    const env = { ...process.env, ORGPULSE_URL: `${t.url}/graphql`, ORGPULSE_KEY: secret };

    await writeFile(
      path.join(app, 'check.mjs'),
      `import { OrgpulseClient, addCredits } from '@orgpulse/sdk';
import WebSocket from 'ws';
const orgpulse = new OrgpulseClient({ url: process.env.ORGPULSE_URL, apiKey: process.env.ORGPULSE_KEY, webSocketImpl: WebSocket });
const viewer = await orgpulse.viewer();
const balances = orgpulse.subscribe.balanceChanged();
const pending = balances.next();
let event = null;
// graphql-ws does not acknowledge a subscription: spend until the first event shows it is live
for (let i = 0; i < 40 && !event; i++) {
  await orgpulse.recordUsage({ operation: 'from.the.tarball', credits: '0.1' });
  event = await Promise.race([pending, new Promise((r) => setTimeout(() => r(null), 250))]);
}
await balances.return();
await orgpulse.close();
console.log(JSON.stringify({ organization: viewer.organization.id, event: event && event.value, sum: addCredits('0.1', '0.2') }));
`,
    );
    await writeFile(
      path.join(app, 'check.cjs'),
      `const { createHmac, randomBytes } = require('node:crypto');
const { OrgpulseClient, OrgpulseError, ErrorCode, verifyWebhook } = require('@orgpulse/sdk');
(async () => {
  const secret = 'whsec_' + randomBytes(24).toString('base64');
  const body = JSON.stringify({ type: 'webhook.test', timestamp: new Date().toISOString(), data: { test: true } });
  const ts = String(Math.floor(Date.now() / 1000));
  const signature = 'v1,' + createHmac('sha256', Buffer.from(secret.slice(6), 'base64')).update('msg_1.' + ts + '.' + body).digest('base64');
  const event = await verifyWebhook(secret, { 'webhook-id': 'msg_1', 'webhook-timestamp': ts, 'webhook-signature': signature }, body);
  const orgpulse = new OrgpulseClient({ url: process.env.ORGPULSE_URL, apiKey: process.env.ORGPULSE_KEY });
  const { balance } = await orgpulse.creditBalance();
  let refused = null;
  try {
    await orgpulse.webhookEndpoints();
  } catch (err) {
    refused = { isOrgpulseError: err instanceof OrgpulseError, name: err.name, code: err.code, forbidden: err.code === ErrorCode.Forbidden };
  }
  console.log(JSON.stringify({ type: event.type, balance, refused }));
})();
`,
    );
    await writeFile(
      path.join(app, 'check-types.ts'),
      `import { OrgpulseClient, type BalanceChange, type CreatedWebhookEndpoint, type OrgpulseErrorCode } from '@orgpulse/sdk';
const orgpulse = new OrgpulseClient({ url: 'https://orgpulse.example.com', accessToken: 'token' });
export async function partner(): Promise<string[]> {
  const created: CreatedWebhookEndpoint = await orgpulse.createWebhookEndpoint({ url: 'https://partner.example.com/hooks', events: ['CREDITS_LOW_BALANCE'] });
  const seen: string[] = [created.secret];
  for await (const change of orgpulse.subscribe.balanceChanged()) {
    const b: BalanceChange = change;
    seen.push(b.balance);
    break;
  }
  const code: OrgpulseErrorCode = 'FORBIDDEN';
  return [...seen, code];
}
`,
    );
    await writeFile(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', types: [] },
        files: ['check-types.ts'],
      }),
    );

    const fromEsm = JSON.parse((await run('node', ['check.mjs'], { cwd: app, env })).stdout);
    expect(fromEsm.organization).toBe(owner.organizationId);
    expect(fromEsm.sum).toBe('0.3');
    const fromCjs = JSON.parse((await run('node', ['check.cjs'], { cwd: app, env })).stdout);
    expect(fromCjs).toEqual({
      type: 'webhook.test',
      balance: expect.stringMatching(/^\d/),
      refused: { isOrgpulseError: true, name: 'SessionRequiredError', code: 'FORBIDDEN', forbidden: true },
    });
    await run(path.join(repo, 'node_modules', '.bin', 'tsc'), ['-p', app]);
    // the ESM script's subscription saw a spend made through the installed package
    expect(fromEsm.event).toMatchObject({ balance: expect.stringMatching(/^\d/), isLow: false });
  }, 180_000);
});
