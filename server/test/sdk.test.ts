import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ErrorCode, FetchLike, OrgpulseClient, OrgpulseClientOptions, OrgpulseError, RequestOptions } from '../../packages/sdk/src';
import { sourceOf, startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { addSignedInMember, orgWithRoles, Session, signUp, STRONG_PASSWORD } from './helpers/fixtures';
import { ledgerState, topUp } from './helpers/ledger';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
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
