import { codeOf, startTestApp, TestApp } from './helpers/app';
import { countStatements } from './helpers/statements';
import { graphql } from './gql';
import { addSignedInMember, logIn, NEW_PASSWORD, orgWithRoles, signUp } from './helpers/fixtures';
import { key, SPEND, topUp } from './helpers/ledger';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const IMPACT = graphql(`
  query TeamRemovalImpact($id: ID!) {
    member(id: $id) {
      id
      removalImpact {
        resourcesCreated
        apiKeysRevoked
        activeSessions
        creditsUsedThisMonth
      }
    }
  }
`);
const PAGE = graphql(`
  query TeamRemovalImpactPage($f: Int) {
    members(first: $f) {
      nodes {
        id
        removalImpact {
          resourcesCreated
          apiKeysRevoked
          activeSessions
          creditsUsedThisMonth
        }
      }
    }
  }
`);
const CREATE_KEY = graphql(`
  mutation TeamCreateApiKey($n: String!) {
    createApiKey(name: $n) {
      secret
      apiKey {
        id
      }
    }
  }
`);
const REVOKE_KEY = graphql(`
  mutation TeamRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
    }
  }
`);
const CREATE_RESOURCE = graphql(`
  mutation TeamCreateResource($n: String!) {
    createResource(input: { kind: AGENT, name: $n }) {
      id
    }
  }
`);
const REMOVE = graphql(`
  mutation TeamRemoveMember($id: ID!) {
    removeMember(memberId: $id) {
      id
      status
      removalImpact {
        resourcesCreated
        apiKeysRevoked
        activeSessions
        creditsUsedThisMonth
      }
    }
  }
`);
const AUDIT = graphql(`
  query TeamAuditLog {
    auditLog(first: 5) {
      nodes {
        action
        targetId
        data
      }
    }
  }
`);

/** A member with 2 agents, 3 active API keys (one more revoked), 2 sessions and 3.5 credits spent. */
async function busyMember() {
  const roles = await orgWithRoles(t);
  const { owner, member } = roles;
  await topUp(t, owner.token, '100');
  for (const n of ['a', 'b']) await t.ok(CREATE_RESOURCE, { n }, member.token);
  const keys = [];
  for (const n of ['k1', 'k2', 'k3', 'k4']) keys.push((await t.ok(CREATE_KEY, { n }, member.token)).createApiKey);
  await t.ok(REVOKE_KEY, { id: keys[3].apiKey.id }, member.token);
  // a second session of the member's own
  const email = (
    await t.ds.query(`SELECT u.email FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.id = $1`, [member.memberId])
  )[0].email;
  await logIn(t, email, NEW_PASSWORD, owner.organizationId);
  await t.ok(SPEND, { i: { operation: 'chat', credits: '3', resourceId: null, idempotencyKey: key() } }, member.token);
  await t.ok(SPEND, { i: { operation: 'chat', credits: '0.5', resourceId: null, idempotencyKey: key() } }, keys[0].secret);
  return { ...roles, keys };
}

describe('Member.removalImpact', () => {
  test('OWNER and ADMIN see what removing a member does', async () => {
    const o = await busyMember();
    for (const s of [o.owner, o.admin]) {
      const r = (await t.ok(IMPACT, { id: o.member.memberId }, s.token)).member!;
      expect(r.removalImpact).toEqual({ resourcesCreated: 2, apiKeysRevoked: 3, activeSessions: 2, creditsUsedThisMonth: '3.5' });
    }
    // a member with nothing: all zero
    const g = (await t.ok(IMPACT, { id: o.guest.memberId }, o.owner.token)).member!;
    expect(g.removalImpact).toEqual({ resourcesCreated: 0, apiKeysRevoked: 0, activeSessions: 1, creditsUsedThisMonth: '0' });
  });

  test('MEMBER and GUEST read null, even for themselves', async () => {
    const o = await busyMember();
    for (const s of [o.member, o.guest]) {
      for (const id of [o.member.memberId, o.admin.memberId, s.memberId]) {
        const r = await t.gql(IMPACT, { id }, s.token);
        expect(r.errors).toBeUndefined();
        expect(r.data!.member!.removalImpact).toBeNull();
      }
    }
    // through an API key too
    expect((await t.ok(IMPACT, { id: o.member.memberId }, o.keys[0].secret)).member!.removalImpact).toBeNull();
  });

  test("another organization's member is NOT_FOUND", async () => {
    const o = await busyMember();
    const other = await signUp(t);
    expect(codeOf(await t.gql(IMPACT, { id: o.member.memberId }, other.token))).toBe('NOT_FOUND');
  });

  test('a page costs the same number of statements whatever the number of members', async () => {
    const o = await busyMember();
    for (let i = 0; i < 6; i++) await addSignedInMember(t, o.owner, 'MEMBER', `Extra ${i}`);
    // the app's own pool (row-level security applies): the test's owner connection runs none of these
    const count = async (first: number) => {
      await t.ok(PAGE, { f: 1 }, o.owner.token); // the once-a-minute activity write happens here, not below
      const { statements } = await countStatements(t, async () => {
        const nodes = (await t.ok(PAGE, { f: first }, o.owner.token)).members.nodes;
        expect(nodes.every((x) => x.removalImpact)).toBe(true);
      });
      return statements;
    };
    const small = await count(1);
    const large = await count(10);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  test('removing says what ended: the mutation, the audit event; keys and sessions stop', async () => {
    const o = await busyMember();
    const removed = (await t.ok(REMOVE, { id: o.member.memberId }, o.admin.token)).removeMember;
    expect(removed.status).toBe('REMOVED');
    expect(removed.removalImpact).toEqual({ resourcesCreated: 2, apiKeysRevoked: 3, activeSessions: 2, creditsUsedThisMonth: '3.5' });
    const event = (await t.ok(AUDIT, {}, o.owner.token)).auditLog.nodes.find((e) => e.action === 'member.removed')!;
    expect(event.targetId).toBe(o.member.memberId);
    expect(JSON.parse(event.data!).after).toMatchObject({
      status: 'REMOVED',
      apiKeysRevoked: 3,
      sessionsEnded: 2,
      resourcesKept: 2,
      creditsUsedThisMonth: '3.5',
    });
    // the keys stop working, the sessions ended; the resources stay
    const [row] = await t.ds.query(
      `SELECT (SELECT count(*) FROM sessions WHERE membership_id = $1 AND revoked_at IS NULL)::int AS sessions,
              (SELECT count(*) FROM resources WHERE created_by_id = $1 AND deleted_at IS NULL)::int AS resources`,
      [o.member.memberId],
    );
    expect(row).toEqual({ sessions: 0, resources: 2 });
    expect(codeOf(await t.gql(IMPACT, { id: o.owner.memberId }, o.keys[0].secret))).toBe('UNAUTHENTICATED');
    // read afterwards, nothing is left to end
    const after = (await t.ok(IMPACT, { id: o.member.memberId }, o.owner.token)).member!.removalImpact;
    expect(after).toMatchObject({ apiKeysRevoked: 0, activeSessions: 0, resourcesCreated: 2 });
  });
});
