import { Permission, permissionsOf } from '@orgpulse/shared';
import type { Response } from 'express';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/auth/current-caller';
import type { Context } from '../../context';
import { Guard, Public } from '../../common/auth/guard';
import { User } from '../users';
import type { AuthResult } from './auth.service';
import { AuthPayload, ChangePasswordInput, LogInInput, SessionInfo, SignUpInput, Viewer } from './auth.types';

export const REFRESH_COOKIE = 'orgpulse_refresh';

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
    return withCookie(ctx, await ctx.services.auth.signUp(input, userAgent(ctx)));
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
}

@Resolver()
export class AccountResolver {
  @Guard(Permission.AccountSelf, { allowDuringPasswordChange: true })
  @Query(() => Viewer, { description: 'Who is calling, and what they may do.' })
  async viewer(@Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<Viewer> {
    const [user, member, organization, organizations] = await Promise.all([
      ctx.loaders.user.load(caller.userId),
      ctx.loaders.membership.load(caller.membershipId),
      ctx.loaders.organization.load(caller.organizationId),
      ctx.services.auth.organizationsOf(caller),
    ]);
    return { user: user!, member: member!, organization: organization!, organizations, permissions: permissionsOf(caller.role) };
  }

  @Guard(Permission.AccountSelf, { allowDuringPasswordChange: true })
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

  @Guard(Permission.AccountSelf, { allowDuringPasswordChange: true, sessionOnly: true })
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
}
