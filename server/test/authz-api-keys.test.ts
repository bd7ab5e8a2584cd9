import { API_KEY_PERMISSIONS, Permission } from '@orgpulse/shared';
import { codeOf, type DocumentWith, type GqlResult, sourceOf, startTestApp, type TestApp } from './helpers/app';
import { graphql } from './gql';
import { logIn, orgWithRoles, TEMP_PASSWORD, uniqueEmail } from './helpers/fixtures';
import { key, SPEND, topUp } from './helpers/ledger';
import { buildAppSchema } from '../src/schema';
import type { GuardExtension } from '../src/common/auth/guard';

/**
 * Issue 9: a leaked ADMIN key must not become a lasting account. What an API key may do is
 * the table API_KEY_PERMISSIONS in shared/src/permissions.ts (deny by default), enforced
 * by assertAllowed; managing members, roles, ownership, allowances, keys and the
 * organization needs a signed-in session.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const CREATE_KEY = graphql(`
  mutation AuthzKeysCreateApiKey($name: String!) {
    createApiKey(name: $name) {
      secret
      apiKey {
        id
      }
    }
  }
`);

/** Everything a refused call could have changed, for one organization. */
async function snapshot(orgId: string) {
  const q = async (sql: string) => t.ds.query(sql, [orgId]);
  return {
    members: await q(
      `SELECT id, role, status, monthly_allowance::text, email_status FROM memberships WHERE organization_id = $1 ORDER BY id`,
    ),
    users: await q(
      `SELECT u.id, u.password_hash, u.must_change_password FROM users u JOIN memberships m ON m.user_id = u.id
        WHERE m.organization_id = $1 ORDER BY u.id`,
    ),
    keys: await q(`SELECT id, revoked_at FROM api_keys WHERE organization_id = $1 ORDER BY id`),
    org: await q(`SELECT name FROM organizations WHERE id = $1`),
    balance: await q(
      `SELECT balance::text, low_balance_threshold::text, allowance_member_ids::text FROM credit_balances WHERE organization_id = $1`,
    ),
    ledger: await q(`SELECT count(*)::int AS n FROM credit_transactions WHERE organization_id = $1`),
    audit: await q(`SELECT count(*)::int AS n FROM audit_events WHERE organization_id = $1`),
    sessions: await q(`SELECT count(*)::int AS n FROM sessions WHERE organization_id = $1`),
  };
}

test('with an ADMIN API key, every member, role, ownership, allowance, key and organization mutation is FORBIDDEN and changes nothing', async () => {
  const { owner, admin, member, guest } = await orgWithRoles(t);
  await topUp(t, owner.token, '50');
  const { secret } = (await t.ok(CREATE_KEY, { name: 'ci' }, admin.token)).createApiKey;
  const ownerKey = (await t.ok(CREATE_KEY, { name: 'owner ci' }, owner.token)).createApiKey;
  const before = await snapshot(owner.organizationId);

  const refused: Array<[DocumentWith<any>, Record<string, unknown>, string]> = [
    [
      graphql(`
        mutation AuthzKeysAddMember($i: AddMemberInput!) {
          addMember(input: $i) {
            temporaryPassword
          }
        }
      `),
      { i: { name: 'Eve', email: uniqueEmail('eve'), temporaryPassword: TEMP_PASSWORD, role: 'ADMIN', sendEmail: false } },
      secret,
    ],
    [
      graphql(`
        mutation AuthzKeysUpdateRole($id: ID!) {
          updateMemberRole(input: { memberId: $id, role: ADMIN }) {
            role
          }
        }
      `),
      { id: member.memberId },
      secret,
    ],
    [
      graphql(`
        mutation AuthzKeysRemove($id: ID!) {
          removeMember(memberId: $id) {
            status
          }
        }
      `),
      { id: member.memberId },
      secret,
    ],
    [
      graphql(`
        mutation AuthzKeysSuspend($id: ID!) {
          suspendMember(memberId: $id) {
            status
          }
        }
      `),
      { id: member.memberId },
      secret,
    ],
    [
      graphql(`
        mutation AuthzKeysReactivate($id: ID!) {
          reactivateMember(memberId: $id) {
            status
          }
        }
      `),
      { id: guest.memberId },
      secret,
    ],
    [
      graphql(`
        mutation AuthzKeysResend($id: ID!) {
          resendCredentials(memberId: $id) {
            id
          }
        }
      `),
      { id: member.memberId },
      secret,
    ],
    [
      graphql(`
        mutation AuthzKeysTransfer($id: ID!, $p: String!) {
          transferOwnership(memberId: $id, currentPassword: $p) {
            id
          }
        }
      `),
      { id: admin.memberId, p: 'violet-harbor-lantern-92' },
      ownerKey.secret,
    ],
    [
      graphql(`
        mutation AuthzKeysAllowance($id: ID!, $l: Credits) {
          setMemberAllowance(memberId: $id, monthlyLimit: $l) {
            id
          }
        }
      `),
      { id: member.memberId, l: '0.000001' },
      secret,
    ],
    [
      graphql(`
        mutation AuthzKeysCreateKey {
          createApiKey(name: "child") {
            secret
          }
        }
      `),
      {},
      secret,
    ],
    [
      graphql(`
        mutation AuthzKeysRename {
          renameOrganization(name: "Pwned") {
            name
          }
        }
      `),
      {},
      secret,
    ],
    [
      graphql(`
        mutation AuthzKeysRevokeOthersKey($id: ID!) {
          revokeApiKey(id: $id) {
            id
          }
        }
      `),
      { id: ownerKey.apiKey.id },
      secret,
    ],
  ];
  const answers: Array<[string, unknown, string]> = [];
  for (const [doc, vars, token] of refused) {
    const res: GqlResult = await t.gql(doc, vars as never, token);
    answers.push([sourceOf(doc).split('(')[0], codeOf(res), res.errors?.[0]?.message ?? '']);
  }
  for (const [op, code, message] of answers) {
    // someone else's key is invisible to a key that cannot manage keys: the same answer as a missing one
    if (op.includes('RevokeOthersKey')) expect([op, code]).toEqual([op, 'NOT_FOUND']);
    else {
      expect([op, code]).toEqual([op, 'FORBIDDEN']);
      expect([op, message]).toEqual([op, expect.stringMatching(/needs a signed-in session, not an API key/)]);
    }
  }
  expect(await snapshot(owner.organizationId)).toEqual(before);

  // the attack of the report: no new admin was made, so there is nobody to sign in as
  const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM users WHERE name = 'Eve'`);
  expect(n).toBe(0);
});

test('the same mutations with the ADMIN session still work (the refusal is about the key, not the role)', async () => {
  const { owner, admin, member } = await orgWithRoles(t);
  const added = await t.ok(
    graphql(`
      mutation AuthzKeysSessionAddMember($i: AddMemberInput!) {
        addMember(input: $i) {
          temporaryPassword
          member {
            id
          }
        }
      }
    `),
    { i: { name: 'Ann', email: uniqueEmail('ann'), temporaryPassword: TEMP_PASSWORD, role: 'ADMIN', sendEmail: false } },
    admin.token,
  );
  expect(added.addMember.temporaryPassword).toBe(TEMP_PASSWORD);
  await t.ok(
    graphql(`
      mutation AuthzKeysSessionAllowance($id: ID!) {
        setMemberAllowance(memberId: $id, monthlyLimit: "10") {
          id
        }
      }
    `),
    { id: member.memberId },
    admin.token,
  );
  await t.ok(
    graphql(`
      mutation AuthzKeysSessionRename {
        renameOrganization(name: "Acme Labs") {
          name
        }
      }
    `),
    {},
    admin.token,
  );
  expect(owner.organizationId).toBe(admin.organizationId);
});

test('what a key is for still works with an ADMIN key: reads, spends, resources, billing top-ups; revoking itself', async () => {
  const { owner, admin, member } = await orgWithRoles(t);
  await topUp(t, owner.token, '50');
  const k = (await t.ok(CREATE_KEY, { name: 'automation' }, admin.token)).createApiKey;
  const mk = (await t.ok(CREATE_KEY, { name: 'member bot' }, member.token)).createApiKey;
  const reads = await t.ok(
    graphql(`
      query AuthzKeysReads {
        viewer {
          member {
            id
          }
        }
        organization {
          name
          creditBalance {
            balance
          }
        }
        members {
          nodes {
            id
            email
          }
        }
        auditLog {
          totalCount
        }
        creditTransactions {
          totalCount
        }
        apiKeys {
          id
        }
        resources {
          id
        }
      }
    `),
    {},
    k.secret,
  );
  expect(reads.viewer.member.id).toBe(admin.memberId);
  expect(reads.organization.creditBalance.balance).toBe('50');
  expect(reads.members.nodes.map((m) => m.email).every(Boolean)).toBe(true);
  // a key sees its own member's keys (managing everyone's needs a session)
  expect(reads.apiKeys.map((x) => x.id)).toEqual([k.apiKey.id]);

  expect((await t.gql(SPEND, { i: { operation: 'chat', credits: '1', idempotencyKey: key() } }, k.secret)).errors).toBeUndefined();
  const res = await t.ok(
    graphql(`
      mutation AuthzKeysResource {
        createResource(input: { kind: AGENT, name: "bot" }) {
          id
        }
      }
    `),
    {},
    k.secret,
  );
  expect(res.createResource.id).toBeTruthy();
  const topped = await t.ok(
    graphql(`
      mutation AuthzKeysTopUp($k: String!) {
        addCredits(input: { amount: "5", idempotencyKey: $k }) {
          balanceAfter
        }
      }
    `),
    { k: key('top') },
    k.secret,
  );
  expect(topped.addCredits.balanceAfter).toBe('54');
  expect(
    (
      await t.ok(
        graphql(`
          mutation AuthzKeysThreshold {
            setLowBalanceThreshold(threshold: "10") {
              lowBalanceThreshold
            }
          }
        `),
        {},
        k.secret,
      )
    ).setLowBalanceThreshold.lowBalanceThreshold,
  ).toBe('10');
  // a member's key spends too, and a key may revoke itself (the one thing to do with a leaked key)
  expect((await t.gql(SPEND, { i: { operation: 'chat', credits: '1', idempotencyKey: key() } }, mk.secret)).errors).toBeUndefined();
  await t.ok(
    graphql(`
      mutation AuthzKeysRevokeSelf($id: ID!) {
        revokeApiKey(id: $id) {
          revokedAt
        }
      }
    `),
    { id: k.apiKey.id },
    k.secret,
  );
  expect(codeOf(await t.gql(SPEND, { i: { operation: 'chat', credits: '1', idempotencyKey: key() } }, k.secret))).toBe('UNAUTHENTICATED');
});

test('a member with a temporary password made by an admin session cannot be used through a key either', async () => {
  // the credential a key could have minted is gone, and a key of a stuck member is stuck too
  const { owner } = await orgWithRoles(t);
  const email = uniqueEmail('tmp');
  await t.ok(
    graphql(`
      mutation AuthzKeysAddTmp($i: AddMemberInput!) {
        addMember(input: $i) {
          member {
            id
          }
        }
      }
    `),
    { i: { name: 'Tim', email, temporaryPassword: TEMP_PASSWORD, role: 'MEMBER', sendEmail: false } },
    owner.token,
  );
  const first = await logIn(t, email, TEMP_PASSWORD, owner.organizationId);
  expect(codeOf(await t.gql(CREATE_KEY, { name: 'x' }, first.token))).toBe('PASSWORD_CHANGE_REQUIRED');
});

test('every operation an API key may call, decided one by one (a new operation must be added here on purpose)', () => {
  const schema = buildAppSchema();
  const allowed: string[] = [];
  for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
    for (const field of Object.values(root.getFields())) {
      const ext = field.extensions as Partial<GuardExtension>;
      if (!ext.guard || ext.guard === 'public' || ext.sessionOnly) continue;
      if (API_KEY_PERMISSIONS.has(ext.guard)) allowed.push(field.name);
    }
  }
  expect(allowed.sort()).toEqual(
    [
      // reads
      'apiKeys',
      'auditLog',
      'auditActions', // the audit log filter's choices: the same permission as auditLog
      'creditTransactions',
      'member',
      'members',
      'organization',
      'resources',
      'usageRecords',
      'usageSummary',
      'viewer',
      // the platform: spends and resources
      'recordUsage',
      'recordUsageBatch',
      'createResource',
      'renameResource',
      'deleteResource',
      // billing automation: top-ups, corrections, the warning threshold (money, never access)
      'addCredits',
      'adjustCredits',
      'setLowBalanceThreshold',
      // ending credentials is fine: a key may revoke itself (or its member's other keys)
      'revokeApiKey',
      'logOut',
    ].sort(),
  );
  expect(API_KEY_PERMISSIONS.has(Permission.MembersManage)).toBe(false);
});
