import { codeOf, startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { addSignedInMember, orgWithRoles, Session, signUp, TEMP_PASSWORD, uniqueEmail } from './helpers/fixtures';
import { countStatements } from './helpers/statements';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: '1' } });
});
afterAll(async () => {
  await t.stop();
});

const REVIEW = graphql(`
  query TeamAccessReview($days: Int) {
    accessReview(inactiveDays: $days) {
      inactiveDays
      inactiveSince
      inactiveMembers {
        id
        name
        lastActiveAt
      }
      temporaryPasswordNotChanged {
        id
      }
      adminsWithoutMfa {
        id
        role
      }
      unusedApiKeys {
        id
        name
        member {
          id
        }
      }
    }
  }
`);
const SUSPEND_MANY = graphql(`
  mutation TeamSuspendMembers($ids: [ID!]!) {
    suspendMembers(memberIds: $ids) {
      id
      status
    }
  }
`);
const REVOKE_MANY = graphql(`
  mutation TeamRevokeApiKeys($ids: [ID!]!) {
    revokeApiKeys(ids: $ids) {
      id
      revokedAt
    }
  }
`);
const CREATE_KEY = graphql(`
  mutation TeamReviewCreateKey($n: String!) {
    createApiKey(name: $n) {
      secret
      apiKey {
        id
      }
    }
  }
`);
const ADD = graphql(`
  mutation TeamReviewAdd($input: AddMemberInput!) {
    addMember(input: $input) {
      member {
        id
      }
    }
  }
`);
const SET_WEEKLY = graphql(`
  mutation TeamSetWeeklyReview($on: Boolean!) {
    setWeeklyAccessReviewEmail(enabled: $on) {
      id
      weeklyAccessReviewEmail
    }
  }
`);
const ORG = graphql(`
  query TeamReviewOrg {
    organization {
      weeklyAccessReviewEmail
    }
  }
`);
const WEBHOOK = graphql(`
  mutation TeamReviewWebhook($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      endpoint {
        id
      }
    }
  }
`);

const DAY = 86_400_000;
/** Sets a member's last activity `days` ago, in the database (as the test's owner connection). */
const inactiveFor = (memberId: string, days: number) =>
  t.ds.query(
    `UPDATE memberships SET last_active_at = now() - make_interval(days => $2), created_at = now() - make_interval(days => $2 + 10) WHERE id = $1`,
    [memberId, days],
  );
const statusOf = async (id: string) => (await t.ds.query(`SELECT status FROM memberships WHERE id = $1`, [id]))[0].status as string;
const auditCount = async (org: string, action: string) =>
  Number((await t.ds.query(`SELECT count(*) AS n FROM audit_events WHERE organization_id = $1 AND action = $2`, [org, action]))[0].n);
const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();

describe('accessReview', () => {
  let org: Awaited<ReturnType<typeof orgWithRoles>>;
  let staleKey: string;
  let freshKey: string;
  let pendingId: string;
  beforeAll(async () => {
    org = await orgWithRoles(t);
    staleKey = (await t.ok(CREATE_KEY, { n: 'old ci key' }, org.member.token)).createApiKey.apiKey.id;
    freshKey = (await t.ok(CREATE_KEY, { n: 'fresh key' }, org.member.token)).createApiKey.apiKey.id;
    await t.ds.query(`UPDATE api_keys SET created_at = now() - interval '40 days' WHERE id = $1`, [staleKey]);
    // added, never signed in: the temporary password is still the one the admin set
    const added = await t.ok(
      ADD,
      { input: { name: 'Pat Pending', email: uniqueEmail('pat'), temporaryPassword: TEMP_PASSWORD, sendEmail: false } },
      org.owner.token,
    );
    pendingId = added.addMember.member.id;
    await inactiveFor(org.member.memberId, 45);
    await inactiveFor(org.guest.memberId, 75);
  });

  test('lists inactive members (30/60/90), unchanged temporary passwords, admins without a second factor, unused keys', async () => {
    const r30 = (await t.ok(REVIEW, { days: 30 }, org.owner.token)).accessReview;
    expect(r30.inactiveDays).toBe(30);
    expect(Math.abs(Date.parse(r30.inactiveSince) - (Date.now() - 30 * DAY))).toBeLessThan(60_000);
    // least recent first: the guest (75 days), then the member (45 days)
    expect(r30.inactiveMembers.map((m) => m.id)).toEqual([org.guest.memberId, org.member.memberId]);
    expect(r30.inactiveMembers[0].lastActiveAt).not.toBeNull();
    expect(ids(r30.temporaryPasswordNotChanged)).toEqual([pendingId]);
    expect(ids(r30.adminsWithoutMfa)).toEqual([org.owner.memberId, org.admin.memberId].sort());
    expect(r30.unusedApiKeys.map((k) => [k.id, k.member.id])).toEqual([[staleKey, org.member.memberId]]);
    expect(r30.unusedApiKeys.map((k) => k.id)).not.toContain(freshKey);

    const r60 = (await t.ok(REVIEW, { days: 60 }, org.admin.token)).accessReview;
    expect(r60.inactiveMembers.map((m) => m.id)).toEqual([org.guest.memberId]);
    expect(r60.unusedApiKeys).toEqual([]);
    const r90 = (await t.ok(REVIEW, { days: 90 }, org.admin.token)).accessReview;
    expect(r90.inactiveMembers).toEqual([]);
    // the default window is 30 days
    expect((await t.ok(REVIEW, {}, org.owner.token)).accessReview.inactiveDays).toBe(30);
  });

  test('bad windows are refused with BAD_USER_INPUT', async () => {
    for (const days of [0, -30, 366]) {
      const r = await t.gql(REVIEW, { days }, org.owner.token);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(/1 to 365/);
    }
  });

  test('MEMBER, GUEST and API keys (even the owner’s) get FORBIDDEN; anonymous UNAUTHENTICATED', async () => {
    for (const s of [org.member, org.guest]) expect(codeOf(await t.gql(REVIEW, {}, s.token))).toBe('FORBIDDEN');
    const key = (await t.ok(CREATE_KEY, { n: 'owner key' }, org.owner.token)).createApiKey.secret;
    expect(codeOf(await t.gql(REVIEW, {}, key))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(SUSPEND_MANY, { ids: [org.guest.memberId] }, key))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(REVOKE_MANY, { ids: [staleKey] }, key))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(REVIEW, {}, null))).toBe('UNAUTHENTICATED');
    expect(await statusOf(org.guest.memberId)).toBe('ACTIVE');
  });

  test('another organization never shows up', async () => {
    const other = await signUp(t, { organizationName: 'Other Org' });
    const r = (await t.ok(REVIEW, { days: 30 }, other.token)).accessReview;
    expect(r.inactiveMembers).toEqual([]);
    expect(r.unusedApiKeys).toEqual([]);
    expect(ids(r.adminsWithoutMfa)).toEqual([other.memberId]);
  });

  test('a review reads the same number of statements whatever the organization holds', async () => {
    const count = async (s: Session) => {
      await t.ok(ORG, {}, s.token); // the once-a-minute activity write happens here, not below
      // a hot read's PREPARE (once per pooled connection) is not counted: it is not part of the request
      return (await countStatements(t, () => t.ok(REVIEW, { days: 30 }, s.token))).statements;
    };
    const a = await count(org.owner);
    for (let i = 0; i < 3; i++) {
      const extra = await addSignedInMember(t, org.owner, 'MEMBER', `Idle ${i}`);
      await t.ok(CREATE_KEY, { n: `idle key ${i}` }, extra.token);
      await inactiveFor(extra.memberId, 40 + i);
    }
    await t.ds.query(`UPDATE api_keys SET created_at = now() - interval '40 days' WHERE organization_id = $1`, [org.owner.organizationId]);
    const b = await count(org.owner);
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a);
  });
});

describe('suspendMembers', () => {
  test('suspends several members in one request: sessions end, one audit and webhook event each', async () => {
    const { owner, member, guest } = await orgWithRoles(t);
    await t.ok(WEBHOOK, { input: { url: 'http://127.0.0.1:9/hook', events: ['MEMBER_SUSPENDED'] } }, owner.token);
    const r = await t.ok(SUSPEND_MANY, { ids: [member.memberId, guest.memberId, member.memberId] }, owner.token);
    expect(r.suspendMembers.map((m) => [m.id, m.status])).toEqual([
      [member.memberId, 'SUSPENDED'],
      [guest.memberId, 'SUSPENDED'],
    ]);
    expect(await statusOf(member.memberId)).toBe('SUSPENDED');
    expect(await statusOf(guest.memberId)).toBe('SUSPENDED');
    expect(await auditCount(owner.organizationId, 'member.suspended')).toBe(2);
    const events = await t.ds.query(
      `SELECT body FROM webhook_deliveries WHERE organization_id = $1 AND event_type = 'MEMBER_SUSPENDED' ORDER BY created_at`,
      [owner.organizationId],
    );
    expect(events.map((e: { body: string }) => JSON.parse(e.body).data.memberId).sort()).toEqual([member.memberId, guest.memberId].sort());
    // their access ends at once
    expect(codeOf(await t.gql(ORG, {}, member.token))).toBe('UNAUTHENTICATED');
  });

  test('all or nothing: one refused target (the owner, oneself, already suspended) changes nobody', async () => {
    const { owner, admin, member, guest } = await orgWithRoles(t);
    const before = await auditCount(owner.organizationId, 'member.suspended');
    // an admin may not suspend the owner (the single suspend's policy)
    let r = await t.gql(SUSPEND_MANY, { ids: [member.memberId, owner.memberId] }, admin.token);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors![0].extensions!.memberId).toBe(owner.memberId);
    r = await t.gql(SUSPEND_MANY, { ids: [member.memberId, admin.memberId] }, admin.token);
    expect(codeOf(r)).toBe('FORBIDDEN');
    await t.ok(SUSPEND_MANY, { ids: [guest.memberId] }, owner.token);
    r = await t.gql(SUSPEND_MANY, { ids: [member.memberId, guest.memberId] }, owner.token);
    expect(codeOf(r)).toBe('CONFLICT');
    expect(await statusOf(member.memberId)).toBe('ACTIVE');
    expect(await auditCount(owner.organizationId, 'member.suspended')).toBe(before + 1);
  });

  test('an id of another organization, an unknown id or an empty list: nothing changes', async () => {
    const a = await orgWithRoles(t);
    const b = await orgWithRoles(t);
    let r = await t.gql(SUSPEND_MANY, { ids: [a.member.memberId, b.member.memberId] }, a.owner.token);
    expect(codeOf(r)).toBe('NOT_FOUND');
    r = await t.gql(SUSPEND_MANY, { ids: [a.member.memberId, '00000000-0000-4000-8000-000000000000'] }, a.owner.token);
    expect(codeOf(r)).toBe('NOT_FOUND');
    r = await t.gql(SUSPEND_MANY, { ids: [a.member.memberId, ''] }, a.owner.token);
    expect(codeOf(r)).toBe('NOT_FOUND');
    r = await t.gql(SUSPEND_MANY, { ids: [] }, a.owner.token);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(await statusOf(a.member.memberId)).toBe('ACTIVE');
    expect(await statusOf(b.member.memberId)).toBe('ACTIVE');
    expect(await auditCount(a.owner.organizationId, 'member.suspended')).toBe(0);
  });

  test('MEMBER and GUEST get FORBIDDEN; a removed admin’s token is refused', async () => {
    const { owner, admin, member, guest } = await orgWithRoles(t);
    expect(codeOf(await t.gql(SUSPEND_MANY, { ids: [guest.memberId] }, member.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(SUSPEND_MANY, { ids: [member.memberId] }, guest.token))).toBe('FORBIDDEN');
    await t.ds.query(`UPDATE memberships SET status = 'REMOVED' WHERE id = $1`, [admin.memberId]);
    expect(codeOf(await t.gql(SUSPEND_MANY, { ids: [member.memberId] }, admin.token))).toBe('UNAUTHENTICATED');
    expect(await statusOf(member.memberId)).toBe('ACTIVE');
    expect(await auditCount(owner.organizationId, 'member.suspended')).toBe(0);
  });

  test('two admins suspending overlapping sets at once: each member is suspended once', async () => {
    const { owner, admin, member, guest } = await orgWithRoles(t);
    const results = await Promise.all([
      t.gql(SUSPEND_MANY, { ids: [member.memberId, guest.memberId] }, owner.token),
      t.gql(SUSPEND_MANY, { ids: [guest.memberId, member.memberId] }, admin.token),
    ]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.map(codeOf).filter(Boolean)).toEqual(['CONFLICT']);
    expect(await auditCount(owner.organizationId, 'member.suspended')).toBe(2);
  });
});

describe('revokeApiKeys', () => {
  test('revokes several keys together (audited each); members, other organizations and unknown ids change nothing', async () => {
    const a = await orgWithRoles(t);
    const b = await orgWithRoles(t);
    const k1 = await t.ok(CREATE_KEY, { n: 'k1' }, a.member.token);
    const k2 = await t.ok(CREATE_KEY, { n: 'k2' }, a.admin.token);
    const other = await t.ok(CREATE_KEY, { n: 'other' }, b.member.token);
    const revokedCount = async () =>
      Number(
        (
          await t.ds.query(`SELECT count(*) AS n FROM api_keys WHERE revoked_at IS NOT NULL AND organization_id = $1`, [
            a.owner.organizationId,
          ])
        )[0].n,
      );

    expect(codeOf(await t.gql(REVOKE_MANY, { ids: [k1.createApiKey.apiKey.id] }, a.member.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(REVOKE_MANY, { ids: [k1.createApiKey.apiKey.id, other.createApiKey.apiKey.id] }, a.owner.token))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await t.gql(REVOKE_MANY, { ids: [] }, a.owner.token))).toBe('BAD_USER_INPUT');
    expect(await revokedCount()).toBe(0);

    const r = await t.ok(REVOKE_MANY, { ids: [k1.createApiKey.apiKey.id, k2.createApiKey.apiKey.id] }, a.admin.token);
    expect(r.revokeApiKeys.every((k) => k.revokedAt)).toBe(true);
    expect(await revokedCount()).toBe(2);
    expect(await auditCount(a.owner.organizationId, 'api_key.revoked')).toBe(2);
    // the keys stop working at once
    expect(codeOf(await t.gql(ORG, {}, k1.createApiKey.secret))).toBe('UNAUTHENTICATED');
    // revoking again changes nothing
    await t.ok(REVOKE_MANY, { ids: [k1.createApiKey.apiKey.id] }, a.owner.token);
    expect(await auditCount(a.owner.organizationId, 'api_key.revoked')).toBe(2);
  });
});

describe('setWeeklyAccessReviewEmail', () => {
  test('OWNER/ADMIN turn it on and off (audited, schedule row kept); MEMBER, GUEST and keys are refused', async () => {
    const { owner, admin, member, guest } = await orgWithRoles(t);
    expect((await t.ok(ORG, {}, member.token)).organization.weeklyAccessReviewEmail).toBe(false);
    for (const s of [member, guest]) expect(codeOf(await t.gql(SET_WEEKLY, { on: true }, s.token))).toBe('FORBIDDEN');
    const key = (await t.ok(CREATE_KEY, { n: 'owner key' }, owner.token)).createApiKey.secret;
    expect(codeOf(await t.gql(SET_WEEKLY, { on: true }, key))).toBe('FORBIDDEN');
    expect((await t.ok(SET_WEEKLY, { on: true }, admin.token)).setWeeklyAccessReviewEmail.weeklyAccessReviewEmail).toBe(true);
    expect((await t.ok(ORG, {}, member.token)).organization.weeklyAccessReviewEmail).toBe(true);
    const rows = await t.ds.query(`SELECT next_run_at FROM access_review_schedules WHERE organization_id = $1`, [owner.organizationId]);
    expect(rows).toHaveLength(1);
    expect((await t.ok(SET_WEEKLY, { on: false }, owner.token)).setWeeklyAccessReviewEmail.weeklyAccessReviewEmail).toBe(false);
    await t.ok(SET_WEEKLY, { on: false }, owner.token); // unchanged: no event
    expect(await auditCount(owner.organizationId, 'organization.weekly_access_review_email_changed')).toBe(2);
    expect(await t.ds.query(`SELECT 1 FROM access_review_schedules WHERE organization_id = $1`, [owner.organizationId])).toHaveLength(1);
  });
});
