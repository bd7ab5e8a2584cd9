import { codeOf, startTestApp, TestApp } from './helpers/app';
import { orgWithRoles, Session, signUp } from './helpers/fixtures';
import { key, SPEND, TOP_UP } from './helpers/ledger';
import { listen, Listener, Node, post, sleep, startNode, until } from './helpers/nodes';
import { graphql } from './gql';

/**
 * Live subscriptions (issue 12): graphql-ws on /graphql, fanned out through PostgreSQL
 * LISTEN/NOTIFY. Node A is this process (startTestApp), node B is `src/main.ts` in a process
 * of its own over the same database: spends through one node reach subscribers on the other.
 */
jest.setTimeout(60_000);

const USAGE = graphql(`
  subscription LiveUsage {
    usageRecorded {
      id
      operation
      credits
      member {
        id
      }
    }
  }
`);
const BALANCE = graphql(`
  subscription LiveBalance {
    balanceChanged {
      balance
      isLow
    }
  }
`);
const REMOVE = graphql(`
  mutation LiveRemove($id: ID!) {
    removeMember(memberId: $id) {
      id
    }
  }
`);
const SUSPEND = graphql(`
  mutation LiveSuspend($id: ID!) {
    suspendMember(memberId: $id) {
      id
    }
  }
`);
const CREATE_KEY = graphql(`
  mutation LiveCreateKey($name: String!) {
    createApiKey(name: $name) {
      secret
      apiKey {
        id
      }
    }
  }
`);
const REVOKE_KEY = graphql(`
  mutation LiveRevokeKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
    }
  }
`);
const VIEWER = graphql(`
  query LiveViewer {
    organization {
      id
    }
  }
`);

let a: TestApp;
let b: Node;
let org: Awaited<ReturnType<typeof orgWithRoles>>;
let other: Session;
const open: Listener<unknown>[] = [];

const bearer = (s: { token: string }) => `Bearer ${s.token}`;
function sub<T>(l: Listener<T>): Listener<T> {
  open.push(l as Listener<unknown>);
  return l;
}
/** Connected and subscribed (graphql-ws does not acknowledge a subscription: give the server a moment). */
async function ready(...ls: Listener<unknown>[]) {
  await Promise.all(ls.map((l) => l.connected));
  await sleep(300);
}
const spend = (s: Session, credits = '1', operation = 'chat') =>
  a.ok(SPEND, { i: { operation, credits, idempotencyKey: key('live') } }, s.token);

beforeAll(async () => {
  a = await startTestApp();
  b = await startNode({ DATABASE_URL: a.config.databaseUrl! });
  org = await orgWithRoles(a);
  other = await signUp(a, { organizationName: 'Elsewhere' });
  await a.ok(TOP_UP, { i: { amount: '1000', idempotencyKey: key('top') } }, org.owner.token);
  await a.ok(TOP_UP, { i: { amount: '1000', idempotencyKey: key('top') } }, other.token);
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((l) => l.dispose()));
});

afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

test('a spend through node A reaches subscribers on node B; MEMBER and GUEST get only their own; another organization gets nothing', async () => {
  const owner = sub(listen(b.url, bearer(org.owner), USAGE));
  const ownerBalance = sub(listen(b.url, bearer(org.owner), BALANCE));
  const member = sub(listen(b.url, bearer(org.member), USAGE));
  const guest = sub(listen(b.url, bearer(org.guest), USAGE));
  const elsewhere = sub(listen(b.url, bearer(other), USAGE));
  const elsewhereBalance = sub(listen(b.url, bearer(other), BALANCE));
  await ready(owner, ownerBalance, member, guest, elsewhere, elsewhereBalance);

  const byAdmin = (await spend(org.admin, '2', 'admin.op')).recordUsage;
  await until(() => owner.events.length === 1, 5000, "the owner's event");
  expect(owner.events[0].usageRecorded).toMatchObject({
    id: byAdmin.id,
    operation: 'admin.op',
    credits: '2',
    member: { id: org.admin.memberId },
  });
  await until(() => ownerBalance.events.length >= 1, 5000, 'the balance event');
  expect(ownerBalance.events.at(-1)!.balanceChanged.balance).toBe('998');

  const byMember = (await spend(org.member, '3', 'member.op')).recordUsage;
  await until(() => member.events.length === 1 && owner.events.length === 2, 5000, "the member's own event");
  expect(member.events[0].usageRecorded.id).toBe(byMember.id);
  expect(owner.events[1].usageRecorded.id).toBe(byMember.id);

  await sleep(300);
  expect(member.events).toHaveLength(1); // not the admin's spend
  expect(guest.events).toHaveLength(0); // neither
  expect(elsewhere.events).toHaveLength(0);
  expect(elsewhereBalance.events).toHaveLength(0);
  for (const l of [owner, member, guest, elsewhere]) expect(l.closed).toBeNull();
});

test('node B raises, node A delivers (the fan-out works both ways), also to an API key', async () => {
  const created = await a.ok(CREATE_KEY, { name: 'live' }, org.owner.token);
  const keyListener = sub(listen(a.url, `Bearer ${created.createApiKey.secret}`, USAGE));
  await ready(keyListener);
  const res = await post(b.url, SPEND, { i: { operation: 'via.b', credits: '1', idempotencyKey: key('b') } }, org.member.token);
  expect(res.body.errors).toBeUndefined();
  await until(() => keyListener.events.length === 1, 5000, 'the event on node A');
  expect(keyListener.events[0].usageRecorded.id).toBe(res.body.data!.recordUsage.id);
});

test('a revoked API key stops receiving at once: its socket closes with 4403', async () => {
  const created = await a.ok(CREATE_KEY, { name: 'to revoke' }, org.admin.token);
  const l = sub(listen(b.url, `Bearer ${created.createApiKey.secret}`, USAGE));
  await ready(l);
  await a.ok(REVOKE_KEY, { id: created.createApiKey.apiKey.id }, org.admin.token);
  await spend(org.owner);
  await until(() => l.closed !== null, 5000, 'the close');
  expect(l.closed!.code).toBe(4403);
  expect(l.events).toHaveLength(0);
});

test('a suspended member and a removed member stop receiving at once (4403), the others go on', async () => {
  const { owner, member, guest } = await orgWithRoles(a);
  const suspended = sub(listen(b.url, bearer(member), USAGE));
  const removed = sub(listen(b.url, bearer(guest), BALANCE));
  const ownerL = sub(listen(b.url, bearer(owner), USAGE));
  await ready(suspended, removed, ownerL);
  await a.ok(SUSPEND, { id: member.memberId }, owner.token);
  await a.ok(REMOVE, { id: guest.memberId }, owner.token);
  await a.ok(TOP_UP, { i: { amount: '10', idempotencyKey: key('top') } }, owner.token);
  await spend(owner);
  await until(() => suspended.closed !== null && removed.closed !== null && ownerL.events.length === 1, 5000, 'the closes');
  expect(suspended.closed!.code).toBe(4403);
  expect(removed.closed!.code).toBe(4403);
  expect(suspended.events).toHaveLength(0);
  expect(removed.events).toHaveLength(0);
  expect(ownerL.closed).toBeNull();
});

test('the connection authenticates: no token, a bad token or a bad key is refused with 4401', async () => {
  for (const auth of [null, 'Bearer not-a-token', 'Bearer opk_nope', 'Basic abc']) {
    const l = sub(listen(b.url, auth, USAGE));
    await until(() => l.closed !== null, 5000, 'the refusal');
    expect(l.closed!.code).toBe(4401);
    expect(l.events).toHaveLength(0);
  }
});

test('at most 5 connections per member: the sixth is refused with a clear reason; closing one frees a place', async () => {
  const ls = Array.from({ length: 5 }, () => sub(listen(a.url, bearer(org.admin), USAGE)));
  await ready(...ls);
  const sixth = sub(listen(a.url, bearer(org.admin), USAGE));
  await until(() => sixth.closed !== null, 5000, 'the refusal');
  expect(sixth.closed).toEqual({ code: 4429, reason: 'Too many live connections for this member (at most 5)' });
  // another member is not affected
  const owner = sub(listen(a.url, bearer(org.owner), USAGE));
  await ready(owner);
  expect(owner.closed).toBeNull();
  await ls[0].dispose();
  await sleep(200);
  const again = sub(listen(a.url, bearer(org.admin), USAGE));
  await ready(again);
  expect(again.closed).toBeNull();
});

test('queries and mutations are refused over the WebSocket (they go through POST /graphql)', async () => {
  const l = sub(listen(a.url, bearer(org.owner), VIEWER));
  await until(() => l.errors.length > 0, 5000, 'the refusal');
  expect(JSON.stringify(l.errors)).toContain('Only subscriptions run over the WebSocket');
});

test('a subscription sent with POST /graphql is not executed over HTTP', async () => {
  const r = await a.gql(USAGE, {}, org.owner.token);
  expect(r.data).toBeFalsy();
  expect(codeOf(r)).toBeDefined();
});
