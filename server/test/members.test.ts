import { codeOf, DocumentWith, invalid, startTestApp, TestApp } from './helpers/app';
import { countStatements } from './helpers/statements';
import { graphql } from './gql';
import {
  addSignedInMember,
  logIn,
  orgWithRoles,
  signUp,
  STRONG_PASSWORD,
  TEMP_PASSWORD,
  uniqueEmail,
  verifyEmailOf,
} from './helpers/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const ADD = graphql(`
  mutation MembersAddMember($i: AddMemberInput!) {
    addMember(input: $i) {
      existingUser
      temporaryPassword
      member {
        id
        name
        email
        role
        status
        emailStatus
        invitedBy {
          id
        }
      }
    }
  }
`);
const ROLE = graphql(`
  mutation MembersUpdateMemberRole($id: ID!, $role: Role!) {
    updateMemberRole(input: { memberId: $id, role: $role }) {
      id
      role
    }
  }
`);
const REMOVE = graphql(`
  mutation MembersRemoveMember($id: ID!) {
    removeMember(memberId: $id) {
      id
      status
    }
  }
`);
const SUSPEND = graphql(`
  mutation MembersSuspendMember($id: ID!) {
    suspendMember(memberId: $id) {
      id
      status
    }
  }
`);
const REACTIVATE = graphql(`
  mutation MembersReactivateMember($id: ID!) {
    reactivateMember(memberId: $id) {
      id
      status
    }
  }
`);
const TRANSFER = graphql(`
  mutation MembersTransferOwnership($id: ID!, $pw: String!) {
    transferOwnership(memberId: $id, currentPassword: $pw) {
      owner {
        id
      }
    }
  }
`);
const VIEWER = graphql(`
  query MembersViewer {
    viewer {
      member {
        id
        role
      }
    }
  }
`);

async function dbRow(id: string) {
  const [row] = await t.ds.query(`SELECT role, status FROM memberships WHERE id = $1`, [id]);
  return row;
}

async function ownersOf(orgId: string): Promise<number> {
  const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM memberships WHERE organization_id = $1 AND role = 'OWNER'`, [orgId]);
  return n;
}

describe('addMember', () => {
  test('creates an account with a temporary password; shows it once when email is off', async () => {
    const { admin } = await orgWithRoles(t);
    const email = uniqueEmail('new');
    const r = await t.ok(ADD, { i: { name: 'Nina New', email, temporaryPassword: TEMP_PASSWORD, sendEmail: false } }, admin.token);
    expect(r.addMember).toMatchObject({ existingUser: false, temporaryPassword: TEMP_PASSWORD });
    expect(r.addMember.member).toMatchObject({
      name: 'Nina New',
      email,
      role: 'MEMBER',
      status: 'ACTIVE',
      emailStatus: 'NOT_SENT',
      invitedBy: { id: admin.memberId },
    });
    const withEmail = await t.ok(
      ADD,
      { i: { name: 'Emil Mail', email: uniqueEmail('mail'), temporaryPassword: TEMP_PASSWORD } },
      admin.token,
    );
    expect(withEmail.addMember.temporaryPassword).toBeNull();
    expect(withEmail.addMember.member.emailStatus).toBe('PENDING');
  });

  test('an existing (verified) account is added as is: its password is never touched', async () => {
    const other = await signUp(t);
    await verifyEmailOf(t, other); // an unverified one is handed over instead: accounts-prehijack.test.ts
    const { owner } = await orgWithRoles(t);
    const r = await t.ok(
      ADD,
      {
        i: { name: 'Hijack Attempt', email: other.email.toUpperCase(), temporaryPassword: TEMP_PASSWORD, role: 'ADMIN', sendEmail: false },
      },
      owner.token,
    );
    expect(r.addMember.existingUser).toBe(true);
    expect(r.addMember.temporaryPassword).toBeNull();
    expect(r.addMember.member.name).toBe('Olivia Owner');
    expect(
      codeOf(
        await t.gql(
          graphql(`
            mutation MembersLogIn($i: LogInInput!) {
              logIn(input: $i) {
                accessToken
              }
            }
          `),
          {
            i: { email: other.email, password: TEMP_PASSWORD },
          },
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    await logIn(t, other.email, STRONG_PASSWORD, owner.organizationId);
  });

  test('refuses a duplicate, OWNER as a role, a weak password and a bad email', async () => {
    const { owner, member } = await orgWithRoles(t);
    const [{ email }] = await t.ds.query(`SELECT u.email FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.id = $1`, [
      member.memberId,
    ]);
    expect(codeOf(await t.gql(ADD, { i: { name: 'Dup', email, temporaryPassword: TEMP_PASSWORD } }, owner.token))).toBe('CONFLICT');
    expect(
      codeOf(await t.gql(ADD, { i: { name: 'Boss', email: uniqueEmail(), temporaryPassword: TEMP_PASSWORD, role: 'OWNER' } }, owner.token)),
    ).toBe('FORBIDDEN');
    const weak = await t.gql(ADD, { i: { name: 'Weak', email: uniqueEmail(), temporaryPassword: 'password' } }, owner.token);
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors![0].extensions!.field).toBe('temporaryPassword');
    expect(codeOf(await t.gql(ADD, { i: { name: 'Bad', email: 'nope', temporaryPassword: TEMP_PASSWORD } }, owner.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      codeOf(
        await t.gql(
          ADD,
          { i: { name: 'Bad', email: uniqueEmail(), temporaryPassword: TEMP_PASSWORD, role: invalid('KING') } },
          owner.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  test('members and guests cannot add anyone; nothing is written', async () => {
    const { member, guest } = await orgWithRoles(t);
    for (const s of [member, guest]) {
      const email = uniqueEmail('nope');
      expect(codeOf(await t.gql(ADD, { i: { name: 'X', email, temporaryPassword: TEMP_PASSWORD } }, s.token))).toBe('FORBIDDEN');
      expect(await t.ds.query(`SELECT 1 FROM users WHERE email = $1`, [email])).toHaveLength(0);
    }
  });

  test('input objects cannot smuggle an organizationId', async () => {
    const { owner } = await orgWithRoles(t);
    // plain string: the unknown input field is the point (a typed document would not compile)
    const r = await t.gql(
      `mutation { addMember(input: { name: "S", email: "s@example.test", temporaryPassword: "${TEMP_PASSWORD}", organizationId: "x" }) { existingUser } }`,
      {},
      owner.token,
    );
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('role changes', () => {
  test('owner and admins change roles; the change is audited with before/after', async () => {
    const { owner, admin, member } = await orgWithRoles(t);
    expect((await t.ok(ROLE, { id: member.memberId, role: 'ADMIN' }, admin.token)).updateMemberRole.role).toBe('ADMIN');
    expect((await t.ok(ROLE, { id: member.memberId, role: 'GUEST' }, owner.token)).updateMemberRole.role).toBe('GUEST');
    const log = await t.ok(
      graphql(`
        query MembersAuditLog {
          auditLog(first: 5) {
            totalCount
            nodes {
              action
              targetId
              data
              actor {
                id
              }
            }
          }
        }
      `),
      {},
      owner.token,
    );
    const last = log.auditLog.nodes[0];
    expect(last).toMatchObject({ action: 'member.role_changed', targetId: member.memberId, actor: { id: owner.memberId } });
    expect(JSON.parse(last.data!)).toEqual({ before: { role: 'ADMIN' }, after: { role: 'GUEST' } });
    // the new role applies at once to the member's existing token
    expect(
      codeOf(
        await t.gql(
          graphql(`
            mutation MembersUpdateProfile {
              updateProfile(name: "Still Me") {
                name
              }
            }
          `),
          {},
          member.token,
        ),
      ),
    ).toBeUndefined();
    expect(
      codeOf(
        await t.gql(
          graphql(`
            mutation MembersRenameOrganization {
              renameOrganization(name: "Mine") {
                name
              }
            }
          `),
          {},
          member.token,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  test('nobody grants OWNER, demotes or changes the owner; the database is unchanged', async () => {
    const { owner, admin, member } = await orgWithRoles(t);
    expect(codeOf(await t.gql(ROLE, { id: admin.memberId, role: 'OWNER' }, admin.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ROLE, { id: member.memberId, role: 'OWNER' }, owner.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ROLE, { id: owner.memberId, role: 'ADMIN' }, admin.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ROLE, { id: owner.memberId, role: 'MEMBER' }, owner.token))).toBe('FORBIDDEN');
    expect(await dbRow(owner.memberId)).toEqual({ role: 'OWNER', status: 'ACTIVE' });
    expect(await dbRow(admin.memberId)).toEqual({ role: 'ADMIN', status: 'ACTIVE' });
    expect(await dbRow(member.memberId)).toEqual({ role: 'MEMBER', status: 'ACTIVE' });
  });

  test('members and guests cannot change roles', async () => {
    const { admin, member, guest } = await orgWithRoles(t);
    expect(codeOf(await t.gql(ROLE, { id: guest.memberId, role: 'ADMIN' }, member.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ROLE, { id: guest.memberId, role: 'ADMIN' }, guest.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ROLE, { id: admin.memberId, role: 'GUEST' }, member.token))).toBe('FORBIDDEN');
    expect(await dbRow(guest.memberId)).toEqual({ role: 'GUEST', status: 'ACTIVE' });
  });

  test('the database refuses a second owner even if the code did not', async () => {
    const { owner, admin } = await orgWithRoles(t);
    await expect(t.ds.query(`UPDATE memberships SET role = 'OWNER' WHERE id = $1`, [admin.memberId])).rejects.toThrow(
      /memberships_one_owner/,
    );
    expect(await ownersOf(owner.organizationId)).toBe(1);
  });
});

describe('remove, suspend, reactivate', () => {
  test('removing ends access at once (token and refresh); the membership stays, marked REMOVED', async () => {
    const { owner, admin, member } = await orgWithRoles(t);
    await verifyEmailOf(t, member); // so that adding them back attaches the account as it is
    const r = await t.ok(REMOVE, { id: member.memberId }, admin.token);
    expect(r.removeMember.status).toBe('REMOVED');
    expect(codeOf(await t.gql(VIEWER, {}, member.token))).toBe('UNAUTHENTICATED');
    expect(
      codeOf(
        await t.gql(
          graphql(`
            mutation MembersRefreshSession($t: String) {
              refreshSession(refreshToken: $t) {
                accessToken
              }
            }
          `),
          { t: member.refreshToken },
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(await dbRow(member.memberId)).toEqual({ role: 'MEMBER', status: 'REMOVED' });
    const list = await t.ok(
      graphql(`
        query MembersMembers {
          members {
            totalCount
          }
          removed: members(status: REMOVED) {
            nodes {
              id
              name
            }
          }
        }
      `),
      {},
      owner.token,
    );
    expect(list.members.totalCount).toBe(3);
    expect(list.removed.nodes).toEqual([{ id: member.memberId, name: 'Max Member' }]);
    // signing in again does not reopen the organization
    expect(
      codeOf(
        await t.gql(
          graphql(`
            mutation MembersLogIn($i: LogInInput!) {
              logIn(input: $i) {
                accessToken
              }
            }
          `),
          {
            i: { email: member.email, password: 'quiet-ember-compass-57' },
          },
        ),
      ),
    ).toBe('FORBIDDEN');
    // a removed member cannot be changed; they can be added back
    expect(codeOf(await t.gql(ROLE, { id: member.memberId, role: 'ADMIN' }, owner.token))).toBe('CONFLICT');
    const back = await t.ok(
      ADD,
      { i: { name: 'x', email: member.email, temporaryPassword: TEMP_PASSWORD, sendEmail: false } },
      owner.token,
    );
    expect(back.addMember).toMatchObject({ existingUser: true, member: { id: member.memberId, status: 'ACTIVE' } });
  });

  test('the owner cannot be removed or suspended, by anyone', async () => {
    const { owner, admin } = await orgWithRoles(t);
    for (const q of [REMOVE, SUSPEND] as DocumentWith<{ id: string }>[]) {
      expect(codeOf(await t.gql(q, { id: owner.memberId }, admin.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(q, { id: owner.memberId }, owner.token))).toBe('FORBIDDEN');
    }
    expect(await dbRow(owner.memberId)).toEqual({ role: 'OWNER', status: 'ACTIVE' });
  });

  test('suspend stops access and reactivate restores it, keeping the membership', async () => {
    const { admin, guest } = await orgWithRoles(t);
    expect((await t.ok(SUSPEND, { id: guest.memberId }, admin.token)).suspendMember.status).toBe('SUSPENDED');
    expect(codeOf(await t.gql(VIEWER, {}, guest.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(SUSPEND, { id: guest.memberId }, admin.token))).toBe('CONFLICT');
    expect((await t.ok(REACTIVATE, { id: guest.memberId }, admin.token)).reactivateMember.status).toBe('ACTIVE');
    const again = await logIn(t, guest.email, 'quiet-ember-compass-57');
    expect((await t.ok(VIEWER, {}, again.token)).viewer.member.id).toBe(guest.memberId);
    expect(codeOf(await t.gql(SUSPEND, { id: admin.memberId }, admin.token))).toBe('FORBIDDEN');
  });

  test('members and guests cannot remove, suspend or reactivate', async () => {
    const { admin, member, guest } = await orgWithRoles(t);
    for (const s of [member, guest]) {
      for (const q of [REMOVE, SUSPEND, REACTIVATE] as DocumentWith<{ id: string }>[])
        expect(codeOf(await t.gql(q, { id: admin.memberId }, s.token))).toBe('FORBIDDEN');
    }
    expect(await dbRow(admin.memberId)).toEqual({ role: 'ADMIN', status: 'ACTIVE' });
  });
});

describe('leaveOrganization', () => {
  test('a member or guest leaves; access ends; the owner cannot leave', async () => {
    const { owner, guest } = await orgWithRoles(t);
    const r = await t.ok(
      graphql(`
        mutation MembersLeaveOrganization {
          leaveOrganization {
            id
            status
          }
        }
      `),
      {},
      guest.token,
    );
    expect(r.leaveOrganization).toEqual({ id: guest.memberId, status: 'REMOVED' });
    expect(codeOf(await t.gql(VIEWER, {}, guest.token))).toBe('UNAUTHENTICATED');
    expect(
      codeOf(
        await t.gql(
          graphql(`
            mutation MembersLeaveOrganization2 {
              leaveOrganization {
                id
              }
            }
          `),
          {},
          owner.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(await dbRow(owner.memberId)).toEqual({ role: 'OWNER', status: 'ACTIVE' });
    const log = await t.ok(
      graphql(`
        query MembersAuditLog2 {
          auditLog(first: 1) {
            nodes {
              action
              actor {
                id
              }
              targetId
            }
          }
        }
      `),
      {},
      owner.token,
    );
    expect(log.auditLog.nodes[0]).toEqual({ action: 'member.left', actor: { id: guest.memberId }, targetId: guest.memberId });
  });
});

describe('transferOwnership', () => {
  test("needs the owner's password; the old owner becomes ADMIN; audited", async () => {
    const { owner, admin, member } = await orgWithRoles(t);
    expect(codeOf(await t.gql(TRANSFER, { id: member.memberId, pw: 'wrong-password-here-1' }, owner.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(TRANSFER, { id: member.memberId, pw: 'quiet-ember-compass-57' }, admin.token))).toBe('FORBIDDEN');
    const r = await t.ok(TRANSFER, { id: member.memberId, pw: STRONG_PASSWORD }, owner.token);
    expect(r.transferOwnership.owner.id).toBe(member.memberId);
    expect(await dbRow(owner.memberId)).toEqual({ role: 'ADMIN', status: 'ACTIVE' });
    expect(await dbRow(member.memberId)).toEqual({ role: 'OWNER', status: 'ACTIVE' });
    // the former owner's token now acts as an ADMIN
    expect(codeOf(await t.gql(TRANSFER, { id: owner.memberId, pw: STRONG_PASSWORD }, owner.token))).toBe('FORBIDDEN');
  });

  test('guessing the password through transferOwnership is throttled like sign-in', async () => {
    const { owner, member } = await orgWithRoles(t);
    const codes: unknown[] = [];
    for (let i = 0; i < 7; i++)
      codes.push(codeOf(await t.gql(TRANSFER, { id: member.memberId, pw: `guess-number-${i}-wrong` }, owner.token)));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('BAD_USER_INPUT'));
    expect(codes).toContain('RATE_LIMITED');
    expect(await ownersOf(owner.organizationId)).toBe(1);
    expect(await dbRow(owner.memberId)).toEqual({ role: 'OWNER', status: 'ACTIVE' });
  });

  test('two concurrent transfers leave exactly one owner', async () => {
    const { owner, admin, member } = await orgWithRoles(t);
    const results = await Promise.all([
      t.gql(TRANSFER, { id: admin.memberId, pw: STRONG_PASSWORD }, owner.token),
      t.gql(TRANSFER, { id: member.memberId, pw: STRONG_PASSWORD }, owner.token),
    ]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(await ownersOf(owner.organizationId)).toBe(1);
  });

  test('concurrent demotions and removals by two admins never leave zero or two owners', async () => {
    const { owner, admin } = await orgWithRoles(t);
    const admin2 = await addSignedInMember(t, owner, 'ADMIN', 'Second Admin');
    await Promise.all([
      t.gql(ROLE, { id: admin2.memberId, role: 'MEMBER' }, admin.token),
      t.gql(ROLE, { id: admin.memberId, role: 'MEMBER' }, admin2.token),
      t.gql(REMOVE, { id: owner.memberId }, admin.token),
      t.gql(ROLE, { id: owner.memberId, role: 'ADMIN' }, admin2.token),
    ]);
    expect(await ownersOf(owner.organizationId)).toBe(1);
    expect(await dbRow(owner.memberId)).toEqual({ role: 'OWNER', status: 'ACTIVE' });
  });
});

describe('tenancy', () => {
  test('an id from another organization answers NOT_FOUND, like a missing one, and changes nothing', async () => {
    const mine = await orgWithRoles(t);
    const theirs = await orgWithRoles(t);
    const ids = [theirs.member.memberId, '00000000-0000-4000-8000-000000000000', '', 'not-a-uuid'];
    for (const id of ids) {
      for (const q of [REMOVE, SUSPEND, REACTIVATE] as DocumentWith<{ id: string }>[])
        expect(codeOf(await t.gql(q, { id }, mine.owner.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(ROLE, { id, role: 'GUEST' }, mine.owner.token))).toBe('NOT_FOUND');
      expect(
        codeOf(
          await t.gql(
            graphql(`
              query MembersMember($id: ID!) {
                member(id: $id) {
                  id
                }
              }
            `),
            { id },
            mine.owner.token,
          ),
        ),
      ).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(TRANSFER, { id, pw: STRONG_PASSWORD }, mine.owner.token))).toBe('NOT_FOUND');
    }
    expect(await dbRow(theirs.member.memberId)).toEqual({ role: 'MEMBER', status: 'ACTIVE' });
    expect(await ownersOf(theirs.owner.organizationId)).toBe(1);
  });

  test('traversals stay inside the organization', async () => {
    const mine = await orgWithRoles(t);
    await orgWithRoles(t);
    const r = await t.ok(
      graphql(`
        query MembersMembers3 {
          members(first: 200) {
            nodes {
              organization {
                id
                owner {
                  organization {
                    id
                  }
                }
              }
              invitedBy {
                organization {
                  id
                }
              }
            }
          }
        }
      `),
      {},
      mine.owner.token,
    );
    const orgIds = new Set<string>();
    for (const n of r.members.nodes) {
      orgIds.add(n.organization.id);
      orgIds.add(n.organization.owner.organization.id);
      if (n.invitedBy) orgIds.add(n.invitedBy.organization.id);
    }
    expect([...orgIds]).toEqual([mine.owner.organizationId]);
  });
});

describe('members query', () => {
  test('guests see names, roles and statuses, but only their own email, activity and inviter', async () => {
    const { guest, member } = await orgWithRoles(t);
    const q = graphql(`
      query MembersMembers2 {
        members {
          nodes {
            id
            name
            role
            status
            email
            lastActiveAt
            invitedBy {
              id
            }
          }
        }
      }
    `);
    const asGuest = (await t.ok(q, {}, guest.token)).members.nodes;
    for (const n of asGuest) {
      expect(n.name).toEqual(expect.any(String));
      if (n.id === guest.memberId) {
        expect(n.email).toBe(guest.email);
        expect(n.invitedBy).not.toBeNull();
      } else {
        expect(n.email).toBeNull();
        expect(n.lastActiveAt).toBeNull();
        expect(n.invitedBy).toBeNull();
      }
    }
    const asMember = (await t.ok(q, {}, member.token)).members.nodes;
    expect(asMember.every((n) => typeof n.email === 'string')).toBe(true);
  });

  test('keyset pagination, search, role and status filters, totalCount', async () => {
    const owner = await signUp(t);
    for (let i = 0; i < 7; i++) {
      await t.ok(
        ADD,
        {
          i: {
            name: `Page Person ${i}`,
            email: uniqueEmail(`page${i}`),
            temporaryPassword: TEMP_PASSWORD,
            role: i % 2 ? 'GUEST' : 'MEMBER',
            sendEmail: false,
          },
        },
        owner.token,
      );
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (
        await t.ok(
          graphql(`
            query MembersMembers4($a: String) {
              members(first: 3, after: $a) {
                totalCount
                pageInfo {
                  endCursor
                  hasNextPage
                }
                nodes {
                  id
                }
              }
            }
          `),
          { a: after },
          owner.token,
        )
      ).members;
      expect(page.totalCount).toBe(8);
      seen.push(...page.nodes.map((n: any) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    const guests = await t.ok(
      graphql(`
        query MembersMembers5 {
          members(role: GUEST) {
            totalCount
          }
        }
      `),
      {},
      owner.token,
    );
    expect(guests.members.totalCount).toBe(3);
    const search = await t.ok(
      graphql(`
        query MembersMembers6 {
          members(search: "person 4") {
            nodes {
              name
            }
          }
        }
      `),
      {},
      owner.token,
    );
    expect(search.members.nodes).toEqual([{ name: 'Page Person 4' }]);
    const wild = await t.ok(
      graphql(`
        query MembersMembers7 {
          members(search: "%") {
            totalCount
          }
        }
      `),
      {},
      owner.token,
    );
    expect(wild.members.totalCount).toBe(0);
    expect(
      codeOf(
        await t.gql(
          graphql(`
            query MembersMembers8 {
              members(first: 100000) {
                totalCount
              }
            }
          `),
          {},
          owner.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await t.gql(
          graphql(`
            query MembersMembers9 {
              members(first: 0) {
                totalCount
              }
            }
          `),
          {},
          owner.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await t.gql(
          graphql(`
            query MembersMembers10 {
              members(after: "garbage") {
                totalCount
              }
            }
          `),
          {},
          owner.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  test("the SPA's members page: 2 round trips and 4 statements (2 of them the tenant setting), whatever the page, its size or the caller", async () => {
    const owner = await signUp(t);
    for (let i = 0; i < 6; i++) {
      await t.ok(
        ADD,
        { i: { name: `Three ${i}`, email: uniqueEmail(`three${i}`), temporaryPassword: TEMP_PASSWORD, sendEmail: i % 2 === 0 } },
        owner.token,
      );
    }
    const member = await addSignedInMember(t, owner, 'MEMBER', 'Plain Member');
    // the SPA's document (client/src/features/members/members.graphql.ts), fragments inlined
    const PAGE = graphql(`
      query MembersSpaPage($first: Int!, $after: String) {
        members(first: $first, after: $after) {
          nodes {
            id
            name
            email
            role
            status
            joinedAt
            lastActiveAt
            emailStatus
            emailError
            mfaEnabled
            temporaryPasswordExpiresAt
            invitedBy {
              id
              name
            }
            allowance {
              monthlyLimit
              usedThisMonth
              remaining
            }
          }
          pageInfo {
            endCursor
            hasNextPage
          }
          totalCount
        }
      }
    `);
    /** Round trips (what the pools' loggers see) and statements (a scoped read sends its tenant setting with its statement). */
    const counted = async (token: string, first: number, after: string | null) => {
      let trips = 0;
      let statements = 0;
      const dss = [t.appDs, t.systemDs];
      const saved = dss.map((d) => d.logger.logQuery);
      for (const d of dss) {
        d.logger.logQuery = (sql: string) => {
          // a hot read's statement is prepared once per pooled connection (common/tenant.ts): not per page
          if (sql.startsWith('PREPARE ')) return;
          trips += 1;
          statements += sql.split(';\n').length;
        };
      }
      try {
        return { page: (await t.ok(PAGE, { first, after }, token)).members, trips, statements };
      } finally {
        dss.forEach((d, i) => (d.logger.logQuery = saved[i]));
      }
    };
    // the session check marks a caller active once a minute (one more statement, not awaited)
    await counted(owner.token, 3, null);
    await counted(member.token, 3, null);
    const first = await counted(owner.token, 3, null);
    const second = await counted(owner.token, 3, first.page.pageInfo.endCursor);
    const larger = await counted(owner.token, 5, null);
    const last = await counted(owner.token, 5, larger.page.pageInfo.endCursor);
    const asMember = await counted(member.token, 4, null);
    // B1 (bench/b1-server.ts, no row-level security): session check, page, count: 3 round trips, 3
    // statements. Here: the session check and the page with its count, each after its tenant setting
    // in the same round trip (common/tenant.ts scopedRead).
    for (const c of [first, second, larger, last, asMember]) {
      expect({ trips: c.trips, statements: c.statements }).toEqual({ trips: 2, statements: 4 });
    }
    expect(first.page.totalCount).toBe(8);
    expect(last.page.nodes).toHaveLength(3);
    expect(last.page.pageInfo.hasNextPage).toBe(false);
    expect(second.page.nodes.map((n) => n.name)).toEqual(['Three 2', 'Three 3', 'Three 4']);
    expect(second.page.nodes.every((n) => n.invitedBy?.name === 'Test Owner' || n.invitedBy?.id === owner.memberId)).toBe(true);
    // the extras the page statement carries: a temporary password's expiry for the owner, not for a member
    expect(second.page.nodes.every((n) => n.mfaEnabled === false && typeof n.temporaryPasswordExpiresAt === 'string')).toBe(true);
    expect(asMember.page.nodes.map((n) => [n.mfaEnabled, n.temporaryPasswordExpiresAt, n.emailError])).toEqual(
      asMember.page.nodes.map(() => [null, null, null]),
    );
  });

  test('a page of members costs a fixed number of SQL statements (no N+1)', async () => {
    const owner = await signUp(t);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const added = await t.ok(
        ADD,
        { i: { name: `Loader ${i}`, email: uniqueEmail(`loader${i}`), temporaryPassword: TEMP_PASSWORD, sendEmail: i % 2 === 0 } },
        owner.token,
      );
      ids.push(added.addMember.member.id);
    }
    // the test app queues no mail: give the emailed members a delivery history of their own
    for (const [i, id] of ids.entries()) {
      if (i % 2) continue;
      await t.ds.query(
        `INSERT INTO email_outbox (organization_id, membership_id, kind, "to", subject, text, html, status, last_error, created_at)
         VALUES ($1, $2, 'member.credentials', 'x@example.test', 's', 't', 'h', 'FAILED', $3, now() - interval '1 minute'),
                ($1, $2, 'member.credentials_reissued', 'x@example.test', 's', 't', 'h', 'PENDING', $4, now()),
                ($1, $2, 'member.removed', 'x@example.test', 's', 't', 'h', 'FAILED', 'not a credentials email', now() + interval '1 minute')`,
        [owner.organizationId, id, `old error ${i}`, i % 4 === 0 ? `550 mailbox ${i} unavailable` : null],
      );
    }
    // some members have a monthly allowance (its month-to-date usage is one more batched statement)
    for (const [i, id] of ids.entries()) {
      if (i % 3 === 0)
        await t.ok(
          graphql(`
            mutation MembersSetMemberAllowance($m: ID!) {
              setMemberAllowance(memberId: $m, monthlyLimit: "25") {
                id
              }
            }
          `),
          { m: id },
          owner.token,
        );
    }
    const QUERY = graphql(`
      query MembersMembers11($f: Int) {
        members(first: $f) {
          nodes {
            id
            name
            email
            emailError
            invitedBy {
              name
            }
            organization {
              name
              owner {
                name
              }
              memberCount
            }
            allowance {
              remaining
            }
          }
        }
      }
    `);
    const count = async (first: number) => {
      const { statements } = await countStatements(t, () => t.ok(QUERY, { f: first }, owner.token));
      return statements;
    };
    const small = await count(2);
    const large = await count(13);
    expect(large).toBe(small);
    // round trips (each one message, common/tenant.ts scopedRead): the session check, the page, then one per
    // level of what it leads to: the rows' relations (email errors, inviters, the organization, spend this month),
    // the organization's owner and member count, the names behind those memberships
    expect(large).toBe(5);
    // and each member got their own latest credentials email's error
    const nodes = (await t.ok(QUERY, { f: 13 }, owner.token)).members.nodes;
    const errors = Object.fromEntries(nodes.map((n) => [n.id, n.emailError]));
    expect(ids.map((id) => errors[id])).toEqual(ids.map((_, i) => (i % 4 === 0 ? `550 mailbox ${i} unavailable` : null)));
    expect(errors[owner.memberId]).toBeNull();
    const allowances = Object.fromEntries(nodes.map((n) => [n.id, n.allowance]));
    expect(ids.map((id) => allowances[id])).toEqual(ids.map((_, i) => (i % 3 === 0 ? { remaining: '25' } : null)));
  });
});
