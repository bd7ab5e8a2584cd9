import jwt from 'jsonwebtoken';
import { codeOf, DocumentWith, sourceOf, startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import {
  addSignedInMember,
  logIn,
  NEW_PASSWORD,
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

const SIGN_UP = graphql(`
  mutation AuthSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      refreshToken
      user {
        id
        email
        mustChangePassword
      }
      member {
        role
      }
      organization {
        name
      }
    }
  }
`);
const LOG_IN = graphql(`
  mutation AuthLogIn($input: LogInInput!) {
    logIn(input: $input) {
      accessToken
      refreshToken
      organization {
        id
      }
    }
  }
`);
const REFRESH = graphql(`
  mutation AuthRefreshSession($t: String) {
    refreshSession(refreshToken: $t) {
      accessToken
      refreshToken
    }
  }
`);
const VIEWER = graphql(`
  query AuthViewer {
    viewer {
      user {
        id
        email
      }
      member {
        id
        role
      }
      organization {
        id
      }
    }
  }
`);

const signUpInput = (over: Record<string, unknown> = {}) => ({
  name: 'Paula Pioneer',
  email: uniqueEmail('signup'),
  password: STRONG_PASSWORD,
  organizationName: 'Pioneer Labs',
  ...over,
});

describe('signUp', () => {
  test('creates the user, the organization and the OWNER membership together', async () => {
    const r = await t.ok(SIGN_UP, { input: signUpInput({ email: '  Mixed.Case@Example.TEST ' }) });
    expect(r.signUp.user.email).toBe('mixed.case@example.test');
    expect(r.signUp.member.role).toBe('OWNER');
    expect(r.signUp.organization.name).toBe('Pioneer Labs');
    expect(r.signUp.user.mustChangePassword).toBe(false);
    const [{ n }] = await t.ds.query(
      `SELECT count(*)::int AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'mixed.case@example.test' AND m.role = 'OWNER'`,
    );
    expect(n).toBe(1);
  });

  test('an email already used, in any letter case, is a CONFLICT and creates nothing', async () => {
    const email = uniqueEmail('dup');
    await t.ok(SIGN_UP, { input: signUpInput({ email }) });
    const before = await t.ds.query(`SELECT count(*)::int AS n FROM organizations`);
    const r = await t.gql(SIGN_UP, { input: signUpInput({ email: email.toUpperCase() }) });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM organizations`)).toEqual(before);
  });

  test.each([
    ['a 14-character password', 'abcdefghijklmn', /at least 15/],
    ['a common password', 'Password12345678!', /common/],
    ['a keyboard run', 'qwertyuiopasdfgh', /common/],
    ['one containing the email', 'zebra-pioneer42-orbit', /name or email/],
    ['one containing the name', 'Paula Pioneer rocks hard', /name or email/],
  ])('refuses %s with BAD_USER_INPUT and the reason', async (_label, password, reason) => {
    const r = await t.gql(SIGN_UP, { input: signUpInput({ password, email: 'pioneer42@example.test' }) });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(reason);
  });

  test('refuses a bad email, an empty name and an empty organization name', async () => {
    for (const over of [{ email: 'not-an-email' }, { name: '   ' }, { organizationName: '' }]) {
      expect(codeOf(await t.gql(SIGN_UP, { input: signUpInput(over) }))).toBe('BAD_USER_INPUT');
    }
  });

  test('a 64-character password works; 129 characters is refused', async () => {
    const long = 'amber-violin-orbit-sketch-meadow-quartz-lantern-ripple-forest-7x'.slice(0, 64);
    expect(long).toHaveLength(64);
    const email = uniqueEmail('long');
    await t.ok(SIGN_UP, { input: signUpInput({ email, password: long }) });
    await logIn(t, email, long);
    const r = await t.gql(SIGN_UP, { input: signUpInput({ password: `${long}${long}x` }) });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  test('two passwords sharing their first 72 bytes never both work (no silent bcrypt truncation)', async () => {
    const prefix = 'ü'.repeat(36); // 72 bytes in UTF-8
    const email = uniqueEmail('bytes');
    await t.ok(SIGN_UP, { input: signUpInput({ email, password: `${prefix}-first-ending` }) });
    await logIn(t, email, `${prefix}-first-ending`);
    const r = await t.gql(LOG_IN, { input: { email, password: `${prefix}-other-ending` } });
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });
});

describe('logIn', () => {
  test('a wrong password and an unknown email get the same code and message', async () => {
    const owner = await signUp(t);
    const wrong = await t.gql(LOG_IN, { input: { email: owner.email, password: 'not-the-password-at-all' } });
    const unknown = await t.gql(LOG_IN, { input: { email: uniqueEmail('ghost'), password: 'not-the-password-at-all' } });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  test('a flood of wrong passwords is slowed down (RATE_LIMITED)', async () => {
    const owner = await signUp(t);
    const codes: unknown[] = [];
    for (let i = 0; i < 7; i++) {
      codes.push(codeOf(await t.gql(LOG_IN, { input: { email: owner.email, password: `wrong-password-number-${i}` } })));
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes).toContain('RATE_LIMITED');
    // the right password is refused too while the wait lasts
    const right = await t.gql(LOG_IN, { input: { email: owner.email, password: STRONG_PASSWORD } });
    expect(codeOf(right)).toBe('RATE_LIMITED');
    expect(right.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  test('fifty aliased logIn fields in one request are not fifty free guesses', async () => {
    const owner = await signUp(t);
    // built at run time (fifty aliases), so a plain string, not a typed document
    const fields = Array.from(
      { length: 50 },
      (_, i) => `a${i}: logIn(input: { email: "${owner.email}", password: "wrong-password-number-${i}" }) { accessToken }`,
    ).join('\n');
    const r = await t.gql(`mutation { ${fields} }`);
    // mutations run one after another and the first failure ends the request: one guess, counted once
    expect(r.errors).toHaveLength(1);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    await logIn(t, owner.email, STRONG_PASSWORD);
  });

  test('opens the requested organization, or NOT_FOUND for one the user is not in', async () => {
    const owner = await signUp(t);
    const other = await signUp(t);
    const s = await logIn(t, owner.email, STRONG_PASSWORD, owner.organizationId);
    expect(s.organizationId).toBe(owner.organizationId);
    const r = await t.gql(LOG_IN, { input: { email: owner.email, password: STRONG_PASSWORD, organizationId: other.organizationId } });
    expect(codeOf(r)).toBe('NOT_FOUND');
  });
});

describe('tokens', () => {
  const secret = () => t.config.jwtSecret;
  const claims = (s: { userId: string; memberId: string; organizationId: string }, sid: string) => ({
    sub: s.userId,
    mid: s.memberId,
    org: s.organizationId,
    sid,
    typ: 'access',
  });

  async function sessionId(token: string): Promise<string> {
    return (jwt.decode(token) as { sid: string }).sid;
  }

  test.each([
    ['no token', async () => null],
    ['garbage', async () => 'not.a.jwt'],
    [
      'alg none',
      async (s: any) =>
        jwt.sign(claims(s, await sessionId(s.token)), '', {
          algorithm: 'none',
          audience: 'orgpulse:access',
          issuer: 'orgpulse',
          expiresIn: 60,
        }),
    ],
    [
      'a wrong key',
      async (s: any) =>
        jwt.sign(claims(s, await sessionId(s.token)), 'x'.repeat(40), {
          algorithm: 'HS256',
          audience: 'orgpulse:access',
          issuer: 'orgpulse',
          expiresIn: 60,
        }),
    ],
    [
      'HS512 with the right key',
      async (s: any) =>
        jwt.sign(claims(s, await sessionId(s.token)), secret(), {
          algorithm: 'HS512',
          audience: 'orgpulse:access',
          issuer: 'orgpulse',
          expiresIn: 60,
        }),
    ],
    [
      'an expired token',
      async (s: any) =>
        jwt.sign({ ...claims(s, await sessionId(s.token)), exp: Math.floor(Date.now() / 1000) - 10 }, secret(), {
          algorithm: 'HS256',
          audience: 'orgpulse:access',
          issuer: 'orgpulse',
        }),
    ],
    [
      'no exp',
      async (s: any) =>
        jwt.sign(claims(s, await sessionId(s.token)), secret(), { algorithm: 'HS256', audience: 'orgpulse:access', issuer: 'orgpulse' }),
    ],
    [
      'a wrong audience',
      async (s: any) =>
        jwt.sign(claims(s, await sessionId(s.token)), secret(), {
          algorithm: 'HS256',
          audience: 'someone-else',
          issuer: 'orgpulse',
          expiresIn: 60,
        }),
    ],
    ['a refresh token as access token', async (s: any) => s.refreshToken],
    [
      'a tampered payload',
      async (s: any) => {
        const [h, p, sig] = s.token.split('.');
        const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
        payload.org = '00000000-0000-0000-0000-000000000000';
        return `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${sig}`;
      },
    ],
  ])('%s: UNAUTHENTICATED', async (_label, make) => {
    const owner = await signUp(t);
    const token = await make(owner as any);
    const r = await t.gql(VIEWER, {}, token);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.data).toBeNull();
  });

  test('a malformed Authorization header is UNAUTHENTICATED', async () => {
    const r = await t.gql(VIEWER, {}, null, { authorization: 'Token abc' });
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });
});

describe('sessions', () => {
  test('refresh rotates; presenting the old token again is refused and ends the new one too', async () => {
    const owner = await signUp(t);
    const r2 = (await t.ok(REFRESH, { t: owner.refreshToken })).refreshSession;
    expect(r2.refreshToken).not.toBe(owner.refreshToken);
    const reuse = await t.gql(REFRESH, { t: owner.refreshToken });
    expect(codeOf(reuse)).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { t: r2.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(VIEWER, {}, r2.accessToken))).toBe('UNAUTHENTICATED');
  });

  test('the refresh token travels in an httpOnly cookie too', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: sourceOf(SIGN_UP), variables: { input: signUpInput() } }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/orgpulse_refresh=opr_/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const refreshed = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
      body: JSON.stringify({ query: sourceOf(REFRESH) }),
    });
    const body = (await refreshed.json()) as any;
    expect(body.data.refreshSession.accessToken).toEqual(expect.any(String));
  });

  test('logOut ends the session: its access token and refresh token stop working', async () => {
    const owner = await signUp(t);
    expect(
      (
        await t.ok(
          graphql(`
            mutation AuthLogOut {
              logOut
            }
          `),
          {},
          owner.token,
        )
      ).logOut,
    ).toBe(true);
    expect(codeOf(await t.gql(VIEWER, {}, owner.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { t: owner.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  test('changing the password ends the other sessions and keeps the caller signed in', async () => {
    const owner = await signUp(t);
    const laptop = await logIn(t, owner.email, STRONG_PASSWORD);
    const changed = await t.ok(
      graphql(`
        mutation AuthChangePassword($i: ChangePasswordInput!) {
          changePassword(input: $i) {
            accessToken
            refreshToken
          }
        }
      `),
      { i: { currentPassword: STRONG_PASSWORD, newPassword: NEW_PASSWORD } },
      owner.token,
    );
    expect(codeOf(await t.gql(VIEWER, {}, laptop.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { t: laptop.refreshToken }))).toBe('UNAUTHENTICATED');
    await t.ok(VIEWER, {}, changed.changePassword.accessToken);
    expect(codeOf(await t.gql(LOG_IN, { input: { email: owner.email, password: STRONG_PASSWORD } }))).toBe('UNAUTHENTICATED');
    await logIn(t, owner.email, NEW_PASSWORD);
  });

  test('changePassword refuses a wrong current password and a weak new one', async () => {
    const owner = await signUp(t);
    const q = graphql(`
      mutation AuthChangePassword2($i: ChangePasswordInput!) {
        changePassword(input: $i) {
          accessToken
        }
      }
    `);
    expect(codeOf(await t.gql(q, { i: { currentPassword: 'wrong-wrong-wrong-1', newPassword: NEW_PASSWORD } }, owner.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await t.gql(q, { i: { currentPassword: STRONG_PASSWORD, newPassword: 'short' } }, owner.token))).toBe('BAD_USER_INPUT');
    await t.ok(VIEWER, {}, owner.token);
  });
});

describe('temporary passwords', () => {
  test('until it is changed, only viewer, changePassword and logOut work', async () => {
    const owner = await signUp(t);
    const email = uniqueEmail('temp');
    await t.ok(
      graphql(`
        mutation AuthAddMember($i: AddMemberInput!) {
          addMember(input: $i) {
            member {
              id
            }
          }
        }
      `),
      { i: { name: 'Tim Temp', email, temporaryPassword: TEMP_PASSWORD, sendEmail: false } },
      owner.token,
    );
    const s = await logIn(t, email, TEMP_PASSWORD);
    const viewer = await t.ok(
      graphql(`
        query AuthViewer2 {
          viewer {
            user {
              mustChangePassword
            }
          }
        }
      `),
      {},
      s.token,
    );
    expect(viewer.viewer.user.mustChangePassword).toBe(true);
    const blocked: DocumentWith<Record<string, never>>[] = [
      graphql(`
        query AuthBlockedOrganization {
          organization {
            name
          }
        }
      `),
      graphql(`
        query AuthBlockedMembers {
          members {
            totalCount
          }
        }
      `),
      graphql(`
        mutation AuthBlockedUpdateProfile {
          updateProfile(name: "T") {
            name
          }
        }
      `),
    ];
    for (const q of blocked) {
      expect(codeOf(await t.gql(q, {}, s.token))).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    const changed = await t.ok(
      graphql(`
        mutation AuthChangePassword3($i: ChangePasswordInput!) {
          changePassword(input: $i) {
            accessToken
            user {
              mustChangePassword
            }
          }
        }
      `),
      { i: { currentPassword: TEMP_PASSWORD, newPassword: NEW_PASSWORD } },
      s.token,
    );
    expect(changed.changePassword.user.mustChangePassword).toBe(false);
    await t.ok(
      graphql(`
        query AuthOrganization {
          organization {
            name
          }
        }
      `),
      {},
      changed.changePassword.accessToken,
    );
  });
});

describe('organizations', () => {
  test('a user in two organizations lists both and switches between them', async () => {
    const a = await signUp(t, { organizationName: 'Alpha' });
    const b = await signUp(t, { organizationName: 'Beta' });
    await verifyEmailOf(t, a); // only a verified account is attached as it is (accounts-prehijack.test.ts)
    const added = await t.ok(
      graphql(`
        mutation AuthAddMember2($i: AddMemberInput!) {
          addMember(input: $i) {
            existingUser
            temporaryPassword
            member {
              id
            }
          }
        }
      `),
      { i: { name: 'ignored', email: a.email, temporaryPassword: TEMP_PASSWORD, sendEmail: false } },
      b.token,
    );
    expect(added.addMember.existingUser).toBe(true);
    expect(added.addMember.temporaryPassword).toBeNull();
    const list = await t.ok(
      graphql(`
        query AuthViewer3 {
          viewer {
            organizations {
              name
            }
          }
        }
      `),
      {},
      a.token,
    );
    expect(list.viewer.organizations.map((o) => o.name).sort()).toEqual(['Alpha', 'Beta']);
    const switched = await t.ok(
      graphql(`
        mutation AuthSwitchOrganization($id: ID!) {
          switchOrganization(organizationId: $id) {
            accessToken
            member {
              role
            }
            organization {
              name
            }
          }
        }
      `),
      { id: b.organizationId },
      a.token,
    );
    expect(switched.switchOrganization.organization.name).toBe('Beta');
    expect(switched.switchOrganization.member.role).toBe('MEMBER');
    const org = await t.ok(
      graphql(`
        query AuthOrganization {
          organization {
            name
          }
        }
      `),
      {},
      switched.switchOrganization.accessToken,
    );
    expect(org.organization.name).toBe('Beta');
    // the switch replaced the session: the old token is done
    expect(codeOf(await t.gql(VIEWER, {}, a.token))).toBe('UNAUTHENTICATED');
    const nope = await t.gql(
      graphql(`
        mutation AuthSwitchOrganization2($id: ID!) {
          switchOrganization(organizationId: $id) {
            accessToken
          }
        }
      `),
      { id: '00000000-0000-4000-8000-000000000000' },
      switched.switchOrganization.accessToken,
    );
    expect(codeOf(nope)).toBe('NOT_FOUND');
  });

  test("updateProfile changes one's own name; renameOrganization is for owners and admins", async () => {
    const owner = await signUp(t);
    const member = await addSignedInMember(t, owner, 'MEMBER');
    const guest = await addSignedInMember(t, owner, 'GUEST');
    expect(
      (
        await t.ok(
          graphql(`
            mutation AuthUpdateProfile {
              updateProfile(name: "  New   Name ") {
                name
              }
            }
          `),
          {},
          guest.token,
        )
      ).updateProfile.name,
    ).toBe('New Name');
    expect(
      codeOf(
        await t.gql(
          graphql(`
            mutation AuthRenameOrganization {
              renameOrganization(name: "X") {
                name
              }
            }
          `),
          {},
          member.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      (
        await t.ok(
          graphql(`
            mutation AuthRenameOrganization2 {
              renameOrganization(name: "Renamed") {
                name
              }
            }
          `),
          {},
          owner.token,
        )
      ).renameOrganization.name,
    ).toBe('Renamed');
    const audit = await t.ok(
      graphql(`
        query AuthAuditLog {
          auditLog {
            nodes {
              action
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
    const renamed = audit.auditLog.nodes.find((e) => e.action === 'organization.renamed');
    expect(JSON.parse(renamed!.data!)).toEqual({ before: { name: 'Acme AI' }, after: { name: 'Renamed' } });
    expect(renamed!.actor!.id).toBe(owner.memberId);
  });
});

describe('own sessions', () => {
  test("lists the user's sessions and signs a device out", async () => {
    const owner = await signUp(t);
    const phone = await logIn(t, owner.email, STRONG_PASSWORD);
    const list = (
      await t.ok(
        graphql(`
          query AuthSessions {
            sessions {
              id
              current
              organization {
                id
              }
            }
          }
        `),
        {},
        owner.token,
      )
    ).sessions;
    expect(list).toHaveLength(2);
    const other = list.find((s) => !s.current);
    expect(other!.organization.id).toBe(owner.organizationId);
    expect(
      (
        await t.ok(
          graphql(`
            mutation AuthRevokeSession($id: ID!) {
              revokeSession(id: $id)
            }
          `),
          { id: other!.id },
          owner.token,
        )
      ).revokeSession,
    ).toBe(true);
    expect(codeOf(await t.gql(VIEWER, {}, phone.token))).toBe('UNAUTHENTICATED');
    await t.ok(VIEWER, {}, owner.token);
  });

  test("another user's session id is NOT_FOUND; revokeOtherSessions keeps the current one", async () => {
    const a = await signUp(t);
    const b = await signUp(t);
    const bSession = (
      await t.ok(
        graphql(`
          query AuthSessions2 {
            sessions {
              id
            }
          }
        `),
        {},
        b.token,
      )
    ).sessions[0].id;
    expect(
      codeOf(
        await t.gql(
          graphql(`
            mutation AuthRevokeSession($id: ID!) {
              revokeSession(id: $id)
            }
          `),
          { id: bSession },
          a.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    await t.ok(VIEWER, {}, b.token);
    const second = await logIn(t, a.email, STRONG_PASSWORD);
    const third = await logIn(t, a.email, STRONG_PASSWORD);
    expect(
      (
        await t.ok(
          graphql(`
            mutation AuthRevokeOtherSessions {
              revokeOtherSessions
            }
          `),
          {},
          a.token,
        )
      ).revokeOtherSessions,
    ).toBe(2);
    expect(codeOf(await t.gql(VIEWER, {}, second.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(VIEWER, {}, third.token))).toBe('UNAUTHENTICATED');
    await t.ok(VIEWER, {}, a.token);
  });
});

describe('sign-in throttle across server processes', () => {
  test('two servers on one database share the counts; a success clears the account', async () => {
    const { startApp } = await import('../src/app');
    const second = await startApp({ ds: t.ds, config: t.config, log: () => undefined }, 0);
    try {
      const owner = await signUp(t);
      const attempt = async (url: string, password: string) => {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: sourceOf(LOG_IN), variables: { input: { email: owner.email, password } } }),
        });
        return ((await res.json()) as any).errors?.[0]?.extensions?.code ?? 'OK';
      };
      // five failures spread over both servers, then both refuse
      for (const url of [t.url, second.url, t.url, second.url, t.url])
        expect(await attempt(url, 'wrong-guess-for-both')).toBe('UNAUTHENTICATED');
      // the fifth attempt started the wait: the sixth is refused before any password check
      expect(await attempt(second.url, 'wrong-guess-for-both')).toBe('RATE_LIMITED');
      expect(await attempt(t.url, STRONG_PASSWORD)).toBe('RATE_LIMITED');
      expect(await attempt(second.url, STRONG_PASSWORD)).toBe('RATE_LIMITED');
      // the stored key is a hash, not the email
      const rows = await t.ds.query(`SELECT key FROM login_throttle`);
      expect(JSON.stringify(rows)).not.toContain(owner.email);
      // once the wait is over, the right password works and clears the account's count
      await t.ds.query(`UPDATE login_throttle SET locked_until = now() - interval '1 second'`);
      expect(await attempt(second.url, STRONG_PASSWORD)).toBe('OK');
      expect(await attempt(t.url, 'one-more-wrong-guess')).toBe('UNAUTHENTICATED');
    } finally {
      await second.stop();
      second.server.close();
    }
  });
});
