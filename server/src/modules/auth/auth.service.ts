import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Config } from '../../config';
import type { Caller } from '../../common/auth/caller';
import { AppError, badInput, conflict, forbidden, notFound, rateLimited, unauthenticated } from '../../common/errors';
import { inTransaction } from '../../common/transaction';
import { asUser, inScope, inTenant, scopedEntities } from '../../common/tenant';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../common/auth/passwords';
import { newRefreshToken, sha256, signAccessToken } from '../../common/auth/tokens';
import { cleanName, normalizeEmail, requireId, requireStrongPassword } from '../../common/validate';
import { ErrorCode } from '@orgpulse/shared';
import { isUniqueViolation } from '../../common/pg-errors';
import { recordAudit } from '../audit';
import { Membership } from '../members';
import { Organization } from '../organizations';
import { User } from '../users';
import { AccountMailer } from '../mail';
import { issueAccountToken, lockUsableToken } from './account-tokens';
import { EmailVerificationService } from './email-verification.service';
import { MfaService } from './mfa.service';
import { PasswordResetService } from './password-reset.service';
import { Throttle } from './throttle';
import { RefreshToken, Session } from './session.entity';
import { revokeSessions } from './session.revoke';

export interface AuthResult {
  accessToken: string;
  refreshToken: string;
  user: User;
  member: Membership;
  organization: Organization;
}

const WRONG_CREDENTIALS = 'The email or password is incorrect.';
const TEMP_PASSWORD_EXPIRED =
  'Your temporary password has expired. Ask an owner or admin of your organization to send you new credentials, or reset your password from the sign-in page.';
const MFA_STEP_INVALID = 'This sign-in step has expired or was already used: sign in with your password again.';
/** The mfaToken of MFA_REQUIRED works for 5 minutes, once, and for at most this many wrong codes. */
const MFA_TOKEN_TTL_MS = 5 * 60_000;
const MFA_TOKEN_MAX_ATTEMPTS = 5;

/**
 * Sign-up, sign-in, sessions and one's own account. `ds` is the app role: sign-in reads the
 * user's memberships in their own scope (asUser), a new session is written in its
 * organization. `systemDs` (BYPASSRLS) serves only what names no organization: the login
 * throttle, the refresh-token lookup, sign-out by refresh token, and counting a user's
 * memberships in every organization (docs/security.md, "Row-level security").
 */
export class AuthService {
  readonly throttle: Throttle;
  readonly emailVerification: EmailVerificationService;
  readonly passwordReset: PasswordResetService;
  readonly mfa: MfaService;

  constructor(
    private readonly ds: DataSource,
    private readonly config: Config,
    private readonly systemDs: DataSource = ds,
  ) {
    this.throttle = new Throttle(systemDs, config.throttle);
    const mailer = new AccountMailer(config.appUrl);
    this.emailVerification = new EmailVerificationService(ds, config, mailer, this.throttle);
    // a reset names only an email or a link, and ends the account's sessions in every organization: system role
    this.passwordReset = new PasswordResetService(systemDs, config, mailer, this.throttle);
    this.mfa = new MfaService(ds, config, this.throttle, (caller, password, ip) => this.confirmPassword(caller, password, ip));
  }

  /** Creates the account (email unverified: a verification link is queued) and its organization. */
  async signUp(
    input: { name: string; email: string; password: string; organizationName: string },
    ip: string,
    userAgent?: string,
  ): Promise<AuthResult> {
    const reservation = await this.throttle.reserve(this.throttle.signUpKeys(ip));
    try {
      return await this.createAccount(input, userAgent);
    } finally {
      await reservation.settle('success');
    }
  }

  private async createAccount(input: { name: string; email: string; password: string; organizationName: string }, userAgent?: string) {
    const name = cleanName(input.name);
    const email = normalizeEmail(input.email);
    const orgName = cleanName(input.organizationName, 'organizationName');
    requireStrongPassword(input.password, { email, name });
    const passwordHash = await this.throttle.bcrypt(() => hashPassword(input.password, this.config.bcryptCost));
    try {
      // ids known before the inserts: the transaction is scoped to the new organization and account
      const organizationId = randomUUID();
      const userId = randomUUID();
      return await inScope(this.ds, { organizationId, userId }, async (em) => {
        const user = await em
          .getRepository(User)
          .save(em.getRepository(User).create({ id: userId, name, email, passwordHash, lastSignInAt: new Date() }));
        const organization = await em
          .getRepository(Organization)
          .save(em.getRepository(Organization).create({ id: organizationId, name: orgName }));
        const member = await em
          .getRepository(Membership)
          .save(em.getRepository(Membership).create({ organizationId: organization.id, userId: user.id, role: 'OWNER', status: 'ACTIVE' }));
        await recordAudit(
          em,
          { organizationId: organization.id, membershipId: member.id },
          {
            action: 'organization.created',
            targetId: organization.id,
            details: { name: orgName },
          },
        );
        await this.emailVerification.send(em, user);
        return this.issueSession(em, user, member, organization, userAgent);
      });
    } catch (err) {
      if (isUniqueViolation(err, 'users_email_key')) {
        throw conflict('An account with this email already exists. Sign in instead, or use another email.');
      }
      throw err;
    }
  }

  /**
   * Sign-in. The attempt is reserved in the throttle before bcrypt runs (throttle.ts). With a
   * second factor on, no session is issued: MFA_REQUIRED carries a short-lived mfaToken for
   * completeMfaLogIn.
   */
  async logIn(input: { email: string; password: string; organizationId?: string | null }, ip: string, userAgent?: string) {
    const email = String(input.email ?? '')
      .trim()
      .toLowerCase()
      .slice(0, 320);
    const reservation = await this.throttle.reserve(this.throttle.signInKeys(email, ip));
    let user: User | null;
    let ok = false;
    try {
      user = email ? await this.ds.getRepository(User).findOneBy({ email }) : null;
      const found = user;
      ok = await this.throttle.bcrypt(() =>
        found
          ? verifyPassword(String(input.password ?? ''), found.passwordHash)
          : verifyAgainstDummy(String(input.password ?? ''), this.config.bcryptCost),
      );
    } finally {
      await reservation.settle(ok ? 'success' : 'failure');
    }
    // past the soft address limit only a correct password gets through; a wrong one looks like a refusal
    if (!ok && reservation.softOver) throw rateLimited(reservation.softRetryAfterSeconds);
    if (!user || !ok) throw unauthenticated(WRONG_CREDENTIALS);
    const signedIn = user;
    if (signedIn.mustChangePassword && signedIn.temporaryPasswordExpiresAt && signedIn.temporaryPasswordExpiresAt.getTime() <= Date.now()) {
      throw unauthenticated(TEMP_PASSWORD_EXPIRED);
    }
    const organizationId = input.organizationId ?? null;
    if (signedIn.totpEnabledAt) {
      const orgId = organizationId === null ? null : requireId(organizationId, 'The organization', notFound);
      const mfaToken = await asUser(this.ds, signedIn.id, (em) =>
        issueAccountToken(em, { purpose: 'mfa_login', userId: signedIn.id, organizationId: orgId, ttlMs: MFA_TOKEN_TTL_MS }),
      );
      throw new AppError(
        ErrorCode.MfaRequired,
        'Enter the code from your authenticator app, or a recovery code, to finish signing in (completeMfaLogIn).',
        { mfaToken, mfaTokenExpiresInSeconds: MFA_TOKEN_TTL_MS / 1000 },
      );
    }
    const member = await asUser(this.ds, signedIn.id, (em) => this.pickMembership(em, signedIn.id, organizationId));
    return inScope(this.ds, { organizationId: member.organizationId, userId: signedIn.id }, async (em) => {
      await em.getRepository(User).update({ id: signedIn.id }, { lastSignInAt: new Date() });
      const organization = await em.getRepository(Organization).findOneByOrFail({ id: member.organizationId });
      return this.issueSession(em, signedIn, member, organization, userAgent);
    });
  }

  /**
   * The second half of a sign-in with a second factor. The mfaToken works for 5 minutes, for
   * one success and at most five wrong codes; codes are throttled per account and per address.
   */
  async completeMfaLogIn(mfaToken: string, code: string, ip: string, userAgent?: string): Promise<AuthResult> {
    // the token names no organization: looked up as the system role; the rest in the user's own scope
    const peek = await inTransaction(this.systemDs, (em) => lockUsableToken(em, mfaToken, 'mfa_login'));
    if (!peek || peek.attempts >= MFA_TOKEN_MAX_ATTEMPTS) throw unauthenticated(MFA_STEP_INVALID);
    const reservation = await this.throttle.reserve(this.throttle.mfaKeys(peek.userId!, ip));
    let ok = false;
    try {
      const userId = peek.userId!;
      const member = await asUser(this.ds, userId, (em) => this.pickMembership(em, userId, peek.organizationId));
      const outcome = await inScope(this.ds, { organizationId: member.organizationId, userId }, async (em) => {
        const token = await lockUsableToken(em, mfaToken, 'mfa_login');
        if (!token || token.attempts >= MFA_TOKEN_MAX_ATTEMPTS) return { error: unauthenticated(MFA_STEP_INVALID) };
        const user = await em.getRepository(User).findOne({ where: { id: token.userId! }, lock: { mode: 'pessimistic_write' } });
        const how = user ? await this.mfa.verifyCode(em, user, code) : null;
        if (!user || !how) {
          await em.query(`UPDATE account_tokens SET attempts = attempts + 1 WHERE id = $1`, [token.id]);
          return {
            error: unauthenticated(
              'That code is not right. Enter the current code from your authenticator app, or an unused recovery code.',
            ),
          };
        }
        await em.query(`UPDATE account_tokens SET used_at = now() WHERE id = $1`, [token.id]);
        await em.getRepository(User).update({ id: user.id }, { lastSignInAt: new Date() });
        const organization = await em.getRepository(Organization).findOneByOrFail({ id: member.organizationId });
        if (how === 'recovery') {
          await recordAudit(
            em,
            { organizationId: member.organizationId, membershipId: member.id },
            {
              action: 'user.recovery_code_used',
              targetId: member.id,
            },
          );
        }
        return { value: await this.issueSession(em, user, member, organization, userAgent, true) };
      });
      if ('error' in outcome) throw outcome.error; // after commit: the wrong attempt stays counted
      ok = true;
      return outcome.value as AuthResult;
    } finally {
      await reservation.settle(ok ? 'success' : 'failure');
    }
  }

  /** The membership a sign-in opens: the one asked for, or the most recently used active one. */
  private async pickMembership(em: EntityManager, userId: string, organizationId: string | null): Promise<Membership> {
    const repo = em.getRepository(Membership);
    if (organizationId !== null) {
      const orgId = requireId(organizationId, 'The organization', notFound);
      const member = await repo.findOneBy({ userId, organizationId: orgId });
      if (!member || member.status === 'REMOVED') throw notFound('The organization');
      if (member.status !== 'ACTIVE')
        throw forbidden('Your access to this organization is suspended. Ask an owner or admin to reactivate it.');
      return member;
    }
    const member = await repo
      .createQueryBuilder('m')
      .where('m.user_id = :userId AND m.status = :status', { userId, status: 'ACTIVE' })
      .orderBy('m.last_active_at', 'DESC', 'NULLS LAST')
      .addOrderBy('m.created_at', 'ASC')
      .getOne();
    if (!member) throw forbidden('You are not an active member of any organization: your access was removed or suspended.');
    return member;
  }

  /** Rotates a refresh token. A token presented twice revokes its whole session (theft). */
  async refresh(token: string | null | undefined, userAgent?: string): Promise<AuthResult> {
    if (!token) throw unauthenticated('No refresh token: sign in again.');
    const hash = sha256(token);
    // the token names no organization: looked up, and rotated, as the system role
    const result = await inTransaction(this.systemDs, async (em) => {
      const row = await em.getRepository(RefreshToken).findOne({ where: { tokenHash: hash }, lock: { mode: 'pessimistic_write' } });
      if (!row) return { error: unauthenticated('This refresh token is not valid: sign in again.') };
      const session = await em.getRepository(Session).findOne({ where: { id: row.sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session || session.revokedAt || session.expiresAt.getTime() <= Date.now()) {
        return { error: unauthenticated('This session has ended: sign in again.') };
      }
      if (row.usedAt) {
        await revokeSessions(em, { sessionId: session.id }, 'refresh_token_reuse');
        return { error: unauthenticated('This refresh token was already used, so the session was ended for safety: sign in again.') };
      }
      const member = await em.getRepository(Membership).findOneBy({ id: session.membershipId });
      if (!member || member.status !== 'ACTIVE') {
        await revokeSessions(em, { sessionId: session.id }, 'membership_inactive');
        return { error: unauthenticated('Your access to this organization has ended.') };
      }
      await em.getRepository(RefreshToken).update({ tokenHash: hash }, { usedAt: new Date() });
      const refreshToken = newRefreshToken();
      await em.getRepository(RefreshToken).insert({ tokenHash: sha256(refreshToken), sessionId: session.id });
      await em
        .getRepository(Session)
        .update({ id: session.id }, { rotatedAt: new Date(), userAgent: userAgent?.slice(0, 300) ?? session.userAgent });
      const user = await em.getRepository(User).findOneByOrFail({ id: member.userId });
      const organization = await em.getRepository(Organization).findOneByOrFail({ id: member.organizationId });
      return { value: { ...this.accessFor(user, member, session.id), refreshToken, user, member, organization } };
    });
    if ('error' in result) throw result.error; // thrown after commit, so a reuse revocation sticks
    return result.value as AuthResult;
  }

  async switchOrganization(caller: Caller, organizationId: string, userAgent?: string): Promise<AuthResult> {
    const orgId = requireId(organizationId, 'The organization', notFound);
    const member = await asUser(this.ds, caller.userId, (em) =>
      em.getRepository(Membership).findOneBy({ userId: caller.userId, organizationId: orgId }),
    );
    if (!member || member.status === 'REMOVED') throw notFound('The organization');
    if (member.status !== 'ACTIVE') throw forbidden('Your access to that organization is suspended.');
    // the new organization, and the user's own session in the one being left
    return inScope(this.ds, { organizationId: orgId, userId: caller.userId }, async (em) => {
      if (caller.sessionId) {
        await revokeSessions(em, { sessionId: caller.sessionId }, 'switched_organization');
      }
      const user = await em.getRepository(User).findOneByOrFail({ id: caller.userId });
      const organization = await em.getRepository(Organization).findOneByOrFail({ id: orgId });
      return this.issueSession(em, user, member, organization, userAgent, !!caller.mfaPassed);
    });
  }

  async logOut(caller: Caller | null, refreshToken: string | null): Promise<boolean> {
    if (caller?.sessionId) {
      const { sessionId } = caller;
      await inTenant(this.ds, caller.organizationId, (em) => revokeSessions(em, { sessionId }, 'signed_out'));
    } else if (refreshToken) await revokeSessions(this.systemDs, { refreshToken }, 'signed_out');
    return true;
  }

  /** Changes one's password; ends every other session of the user, in every organization. */
  async changePassword(caller: Caller, ip: string, currentPassword: string, newPassword: string, userAgent?: string): Promise<AuthResult> {
    if (!caller.sessionId) throw forbidden('Sign in with your password to change it; an API key cannot.');
    const user = await this.confirmPassword(caller, currentPassword, ip);
    requireStrongPassword(newPassword, { email: user.email, name: user.name }, 'newPassword');
    if (await verifyPassword(newPassword, user.passwordHash)) {
      throw badInput('Choose a new password different from the current one.', 'newPassword');
    }
    const passwordHash = await this.throttle.bcrypt(() => hashPassword(newPassword, this.config.bcryptCost));
    // the caller's organization, and the user's own sessions in every organization
    return inScope(this.ds, { organizationId: caller.organizationId, userId: caller.userId }, async (em) => {
      await em
        .getRepository(User)
        .update(
          { id: user.id },
          { passwordHash, mustChangePassword: false, temporaryPasswordExpiresAt: null, passwordChangedAt: new Date() },
        );
      await revokeSessions(em, { userId: user.id }, 'password_changed');
      const fresh = await em.getRepository(User).findOneByOrFail({ id: user.id });
      const member = await em.getRepository(Membership).findOneByOrFail({ id: caller.membershipId });
      const organization = await em.getRepository(Organization).findOneByOrFail({ id: caller.organizationId });
      await recordAudit(em, caller, {
        action: 'user.password_changed',
        targetId: caller.membershipId,
      });
      return this.issueSession(em, fresh, member, organization, userAgent, !!caller.mfaPassed);
    });
  }

  /**
   * Re-checks the caller's own password before a sensitive step (password change, ownership
   * transfer), throttled like sign-in so it cannot be used to guess. Returns the user.
   */
  async confirmPassword(caller: Caller, password: string, ip: string): Promise<User> {
    const user = await this.ds.getRepository(User).findOneByOrFail({ id: caller.userId });
    const reservation = await this.throttle.reserve(this.throttle.signInKeys(user.email, ip));
    let ok = false;
    try {
      ok = await this.throttle.bcrypt(() => verifyPassword(String(password ?? ''), user.passwordHash));
    } finally {
      await reservation.settle(ok ? 'success' : 'failure');
    }
    if (!ok && reservation.softOver) throw rateLimited(reservation.softRetryAfterSeconds);
    if (!ok) throw new AppError(ErrorCode.BadUserInput, 'The current password is incorrect.', { field: 'currentPassword' });
    return user;
  }

  /** The user's active sessions, in every organization, newest first, with their organizations. */
  async listSessions(caller: Caller) {
    return asUser(this.ds, caller.userId, async (em) => {
      const sessions = await em
        .getRepository(Session)
        .createQueryBuilder('s')
        .where('s.user_id = :userId AND s.revoked_at IS NULL AND s.expires_at > now()', { userId: caller.userId })
        .orderBy('s.createdAt', 'DESC')
        .limit(100)
        .getMany();
      const ids = [...new Set(sessions.map((s) => s.organizationId))];
      const orgs = new Map((ids.length ? await em.getRepository(Organization).findBy({ id: In(ids) }) : []).map((o) => [o.id, o]));
      return sessions.map((s) => ({ session: s, organization: orgs.get(s.organizationId)!, current: s.id === caller.sessionId }));
    });
  }

  /** The organizations where the user is an active member, by name (read in the user's own scope). */
  organizationsOf(caller: Caller): Promise<Organization[]> {
    // one read in one round trip, in the user's own scope (their memberships and those organizations' names)
    return scopedEntities(
      this.ds,
      { userId: caller.userId },
      Organization,
      `id IN (SELECT m.organization_id FROM memberships m WHERE m.user_id = $1 AND m.status = 'ACTIVE') ORDER BY name ASC`,
      [caller.userId],
      { prepared: true }, // the organization switcher, on every page of the SPA
    );
  }

  /** How many memberships (any status) the user has in every organization: a cross-tenant count, as the system role. */
  async organizationCount(userId: string): Promise<number> {
    const [row]: Array<{ n: string }> = await this.systemDs.query(`SELECT count(*) AS n FROM memberships WHERE user_id = $1`, [userId]);
    return Number(row.n);
  }

  /** Ends one of the caller's own sessions (any other id is simply not found). */
  async revokeSession(caller: Caller, sessionId: string): Promise<boolean> {
    const id = requireId(sessionId, 'The session', notFound);
    const ended = await asUser(this.ds, caller.userId, (em) =>
      revokeSessions(em, { sessionId: id, userId: caller.userId }, 'revoked_by_user'),
    );
    if (!ended) throw notFound('The session');
    return true;
  }

  /** Ends every session of the caller except the current one. Returns how many ended. */
  revokeOtherSessions(caller: Caller): Promise<number> {
    return asUser(this.ds, caller.userId, (em) =>
      revokeSessions(em, { userId: caller.userId, exceptSessionId: caller.sessionId }, 'revoked_by_user'),
    );
  }

  async updateProfile(caller: Caller, rawName: string): Promise<User> {
    const name = cleanName(rawName);
    await this.ds.getRepository(User).update({ id: caller.userId }, { name });
    return this.ds.getRepository(User).findOneByOrFail({ id: caller.userId });
  }

  private accessFor(user: User, member: Membership, sessionId: string) {
    return {
      accessToken: signAccessToken(
        { sub: user.id, mid: member.id, org: member.organizationId, sid: sessionId },
        this.config.jwtSecret,
        this.config.accessTokenTtlSeconds,
      ),
    };
  }

  private async issueSession(
    em: EntityManager,
    user: User,
    member: Membership,
    organization: Organization,
    userAgent?: string,
    mfaPassed = false,
  ): Promise<AuthResult> {
    const session = await em.getRepository(Session).save(
      em.getRepository(Session).create({
        mfaPassed,
        userId: user.id,
        organizationId: member.organizationId,
        membershipId: member.id,
        expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000),
        userAgent: userAgent?.slice(0, 300) ?? null,
      }),
    );
    const refreshToken = newRefreshToken();
    await em.getRepository(RefreshToken).insert({ tokenHash: sha256(refreshToken), sessionId: session.id });
    return { ...this.accessFor(user, member, session.id), refreshToken, user, member, organization };
  }
}
