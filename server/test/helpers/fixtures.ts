import { randomUUID } from 'node:crypto';
import type { Role } from '@orgpulse/shared';
import type { Caller } from '../../src/common/auth/caller';
import type { TestApp } from './app';
import { graphql } from '../gql';
import type { AuthFieldsFragment } from '../gql/graphql';

export const STRONG_PASSWORD = 'violet-harbor-lantern-92';
export const TEMP_PASSWORD = 'copper-meadow-falcon-31';
export const NEW_PASSWORD = 'quiet-ember-compass-57';

export interface Session {
  token: string;
  refreshToken: string;
  userId: string;
  memberId: string;
  organizationId: string;
  email: string;
}

// the fields of a session, spread by the sign-up, log-in and password mutations below
graphql(`
  fragment AuthFields on AuthPayload {
    accessToken
    refreshToken
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
      name
    }
  }
`);

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

/** Signs up a new user with a new organization; returns the owner's session. */
export async function signUp(t: TestApp, overrides: { name?: string; email?: string; organizationName?: string } = {}): Promise<Session> {
  const email = overrides.email ?? uniqueEmail('owner');
  const data = await t.ok(
    graphql(`
      mutation FixtureSignUp($input: SignUpInput!) {
        signUp(input: $input) {
          ...AuthFields
        }
      }
    `),
    {
      input: {
        name: overrides.name ?? 'Olivia Owner',
        email,
        password: STRONG_PASSWORD,
        organizationName: overrides.organizationName ?? 'Acme AI',
      },
    },
  );
  return toSession(data.signUp);
}

export function toSession(p: AuthFieldsFragment): Session {
  return {
    token: p.accessToken,
    refreshToken: p.refreshToken,
    userId: p.user.id,
    memberId: p.member.id,
    organizationId: p.organization.id,
    email: p.user.email,
  };
}

export async function logIn(t: TestApp, email: string, password: string, organizationId?: string): Promise<Session> {
  const data = await t.ok(
    graphql(`
      mutation FixtureLogIn($input: LogInInput!) {
        logIn(input: $input) {
          ...AuthFields
        }
      }
    `),
    {
      input: { email, password, organizationId },
    },
  );
  return toSession(data.logIn);
}

/**
 * Adds a member with `role` through the API as `admin`, signs them in and replaces the
 * temporary password, returning a ready session.
 */
export async function addSignedInMember(t: TestApp, admin: Session, role: Role, name = `${role.toLowerCase()} person`): Promise<Session> {
  const email = uniqueEmail(role.toLowerCase());
  await t.ok(
    graphql(`
      mutation FixtureAddMember($input: AddMemberInput!) {
        addMember(input: $input) {
          member {
            id
          }
        }
      }
    `),
    { input: { name, email, temporaryPassword: TEMP_PASSWORD, role, sendEmail: false } },
    admin.token,
  );
  const first = await logIn(t, email, TEMP_PASSWORD, admin.organizationId);
  const data = await t.ok(
    graphql(`
      mutation FixtureChangePassword($input: ChangePasswordInput!) {
        changePassword(input: $input) {
          ...AuthFields
        }
      }
    `),
    { input: { currentPassword: TEMP_PASSWORD, newPassword: NEW_PASSWORD } },
    first.token,
  );
  return toSession(data.changePassword);
}

/** An organization with one signed-in session per role. */
export async function orgWithRoles(t: TestApp) {
  const owner = await signUp(t);
  const admin = await addSignedInMember(t, owner, 'ADMIN', 'Ada Admin');
  const member = await addSignedInMember(t, owner, 'MEMBER', 'Max Member');
  const guest = await addSignedInMember(t, owner, 'GUEST', 'Gus Guest');
  return { owner, admin, member, guest };
}

/** The Caller a service sees for a session, for tests that call services directly. */
export function callerOf(s: Session, role: Role): Caller {
  return {
    userId: s.userId,
    membershipId: s.memberId,
    organizationId: s.organizationId,
    role,
    mustChangePassword: false,
    sessionId: null,
    apiKeyId: null,
  };
}

/** The token of the newest verification link queued for `email` (read from the outbox, or from a real SMTP sink). */
export async function verificationTokenFor(
  t: TestApp,
  email: string,
  sink?: { to(email: string): Array<{ kind: string; text: string }> },
): Promise<string> {
  const pattern = /\/verify-email\?token=([A-Za-z0-9_%-]+)/;
  for (let i = 0; i < 200; i++) {
    const mails = sink
      ? sink.to(email).filter((m) => m.kind === 'account.verify_email')
      : await t.ds.query(`SELECT text FROM email_outbox WHERE "to" = $1 AND kind = 'account.verify_email' ORDER BY created_at`, [email]);
    const last = mails[mails.length - 1] as { text: string } | undefined;
    const match = last && pattern.exec(last.text);
    if (match) return decodeURIComponent(match[1]);
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no verification email for ${email}`);
}

/**
 * Proves the mailbox of a signed-in account through the API (resendVerificationEmail, then
 * verifyEmail with the emailed token), so that other organizations may add it as an existing user.
 */
export async function verifyEmailOf(
  t: TestApp,
  s: Session,
  sink?: { to(email: string): Array<{ kind: string; text: string }> },
): Promise<void> {
  const before = sink ? sink.to(s.email).filter((m) => m.kind === 'account.verify_email').length : 0;
  await t.ok(`mutation { resendVerificationEmail }`, {}, s.token);
  if (sink) {
    for (let i = 0; i < 400 && sink.to(s.email).filter((m) => m.kind === 'account.verify_email').length <= before; i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  const token = await verificationTokenFor(t, s.email, sink);
  const data = await t.ok(`mutation($t: String!) { verifyEmail(token: $t) { emailVerified } }`, { t: token }, s.token);
  if (!data.verifyEmail.emailVerified) throw new Error('verifyEmail did not verify');
}
