import { Permission, permissionsOf } from '@orgpulse/shared';
import type { Response } from 'express';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/auth/current-caller';
import type { Context } from '../../context';
import { Guard, isRestricted, Public } from '../../common/auth/guard';
import { User } from '../users';
import type { AuthResult } from './auth.service';
import { AuthPayload, ChangePasswordInput, LogInInput, SessionInfo, SignUpInput, TotpEnrollment, Viewer } from './auth.types';

const REFRESH_COOKIE = 'orgpulse_refresh';

function withCookie(ctx: Context, result: AuthResult): AuthResult {
  ctx.res.cookie(REFRESH_COOKIE, result.refreshToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.production,
    path: '/graphql',
    maxAge: ctx.config.refreshTokenTtlSeconds * 1000,
  });
  return result;
}

function clearCookie(res: Response): void {
  res.clearCookie(REFRESH_COOKIE, { path: '/graphql' });
}

const userAgent = (ctx: Context) => ctx.req.headers['user-agent'];

@Resolver()
export class PublicAuthResolver {
  @Public()
  @Mutation(() => AuthPayload, { description: 'Create an account and its organization; you become its OWNER.' })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context) {
    return withCookie(ctx, await ctx.services.auth.signUp(input, ctx.ip, userAgent(ctx)));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Sign in. Failures are answered alike whether or not the email exists, and slowed down after a few.',
  })
  async logIn(@Arg('input', () => LogInInput) input: LogInInput, @Ctx() ctx: Context) {
    return withCookie(ctx, await ctx.services.auth.logIn(input, ctx.ip, userAgent(ctx)));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Trade a refresh token (argument, or the httpOnly cookie) for a new pair. Each token works once.',
  })
  async refreshSession(@Arg('refreshToken', () => String, { nullable: true }) refreshToken: string | null, @Ctx() ctx: Context) {
    const token = refreshToken ?? (ctx.req.cookies?.[REFRESH_COOKIE] as string | undefined) ?? null;
    try {
      return withCookie(ctx, await ctx.services.auth.refresh(token, userAgent(ctx)));
    } catch (err) {
      if (!refreshToken) clearCookie(ctx.res);
      throw err;
    }
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Finish a sign-in that answered MFA_REQUIRED: its extensions.mfaToken and a TOTP code or an unused recovery code.',
  })
  async completeMfaLogIn(@Arg('mfaToken', () => String) mfaToken: string, @Arg('code', () => String) code: string, @Ctx() ctx: Context) {
    return withCookie(ctx, await ctx.services.auth.completeMfaLogIn(mfaToken, code, ctx.ip, userAgent(ctx)));
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Email a single-use reset link (30 minutes) if the address has an account. Answers true either way.',
  })
  requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.auth.passwordReset.request(email, ctx.ip);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Set a new password with the token of a reset link. Ends every session of the account and verifies its email.',
  })
  resetPassword(
    @Arg('token', () => String) token: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return ctx.services.auth.passwordReset.reset(token, newPassword, ctx.ip);
  }
}

@Resolver()
export class AccountResolver {
  @Guard(Permission.AccountSelf, { allowDuringPasswordChange: true, allowDuringMfaEnrollment: true })
  @Query(() => Viewer, { description: 'Who is calling, and what they may do.' })
  async viewer(@Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<Viewer> {
    const [user, member, organization, organizations] = await Promise.all([
      ctx.loaders.user.load(caller.userId),
      ctx.loaders.membership.load(caller.membershipId),
      ctx.loaders.organization.load(caller.organizationId),
      ctx.services.auth.organizationsOf(caller),
    ]);
    // until the temporary password is replaced (or the second factor enrolled) the session may only manage itself
    const permissions = isRestricted(caller) ? [Permission.AccountSelf] : [...permissionsOf(caller.role)];
    return { user: user!, member: member!, organization: organization!, organizations, permissions };
  }

  @Guard(Permission.AccountSelf, { allowDuringPasswordChange: true, allowDuringMfaEnrollment: true })
  @Mutation(() => Boolean, { description: 'End this session (its refresh token and access tokens).' })
  async logOut(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.logOut(ctx.caller, (ctx.req.cookies?.[REFRESH_COOKIE] as string | undefined) ?? null);
    clearCookie(ctx.res);
    return true;
  }

  @Guard(Permission.AccountSelf, { sessionOnly: true })
  @Mutation(() => AuthPayload, { description: 'Open another organization you belong to; returns a new session scoped to it.' })
  async switchOrganization(@Arg('organizationId', () => ID) organizationId: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return withCookie(ctx, await ctx.services.auth.switchOrganization(caller, organizationId, userAgent(ctx)));
  }

  @Guard(Permission.AccountSelf, { allowDuringPasswordChange: true, allowDuringMfaEnrollment: true, sessionOnly: true })
  @Mutation(() => AuthPayload, { description: 'Change your password. Ends your other sessions and returns a new one.' })
  async changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ) {
    return withCookie(
      ctx,
      await ctx.services.auth.changePassword(caller, ctx.ip, input.currentPassword, input.newPassword, userAgent(ctx)),
    );
  }

  @Guard(Permission.AccountSelf, { sessionOnly: true })
  @Query(() => [SessionInfo], { description: 'Your signed-in sessions, in every organization.' })
  async sessions(@Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<SessionInfo[]> {
    const rows = await ctx.services.auth.listSessions(caller);
    return rows.map((r) => ({
      id: r.session.id,
      organization: r.organization,
      userAgent: r.session.userAgent,
      createdAt: r.session.createdAt,
      lastRefreshedAt: r.session.rotatedAt,
      current: r.current,
    }));
  }

  @Guard(Permission.AccountSelf, { sessionOnly: true })
  @Mutation(() => Boolean, { description: 'End one of your sessions (sign a device out).' })
  revokeSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<boolean> {
    return ctx.services.auth.revokeSession(caller, id);
  }

  @Guard(Permission.AccountSelf, { sessionOnly: true })
  @Mutation(() => Int, { description: 'Sign out everywhere else; returns how many sessions ended.' })
  revokeOtherSessions(@Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<number> {
    return ctx.services.auth.revokeOtherSessions(caller);
  }

  @Guard(Permission.AccountSelf, { sessionOnly: true })
  @Mutation(() => User, { description: 'Change your own display name.' })
  updateProfile(@Arg('name', () => String) name: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.auth.updateProfile(caller, name);
  }

  @Guard(Permission.AccountSelf, { sessionOnly: true, allowDuringMfaEnrollment: true })
  @Mutation(() => User, {
    description: 'Confirm your email with the token of the emailed link. Needs the signed-in session of that account.',
  })
  verifyEmail(@Arg('token', () => String) token: string, @Ctx() ctx: Context) {
    return ctx.services.auth.emailVerification.verify(ctx.caller!, token);
  }

  @Guard(Permission.AccountSelf, { sessionOnly: true, allowDuringMfaEnrollment: true })
  @Mutation(() => Boolean, { description: 'Email a new confirmation link; false when the email is already confirmed.' })
  resendVerificationEmail(@Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.auth.emailVerification.resend(ctx.caller!);
  }

  @Guard(Permission.AccountSelf, { sessionOnly: true, allowDuringMfaEnrollment: true })
  @Mutation(() => TotpEnrollment, {
    description: 'Start setting up two-factor sign-in: a new secret for your authenticator app (shown only now).',
  })
  startTotpEnrollment(@Ctx() ctx: Context) {
    return ctx.services.auth.mfa.startEnrollment(ctx.caller!);
  }

  @Guard(Permission.AccountSelf, { sessionOnly: true, allowDuringMfaEnrollment: true })
  @Mutation(() => [String], {
    description: 'Turn two-factor sign-in on with a current code; returns 10 single-use recovery codes, shown only once.',
  })
  confirmTotpEnrollment(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<string[]> {
    return ctx.services.auth.mfa.confirmEnrollment(ctx.caller!, code, ctx.ip);
  }

  @Guard(Permission.AccountSelf, { sessionOnly: true })
  @Mutation(() => User, { description: 'Turn two-factor sign-in off (re-enter your password). Recovery codes stop working.' })
  disableTotp(@Arg('currentPassword', () => String) currentPassword: string, @Ctx() ctx: Context) {
    return ctx.services.auth.mfa.disable(ctx.caller!, currentPassword, ctx.ip);
  }
}
