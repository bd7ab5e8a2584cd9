import { generatePassword, Permission } from '@orgpulse/shared';
import type { MemberStatus, Role } from '@orgpulse/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/auth/current-caller';
import { PageArgs } from '../../common/pagination';
import type { Context } from '../../context';
import { Guard, GuardContext, Visible } from '../../common/auth/guard';
import { Organization } from '../organizations';
import { Membership } from './member.entity';
import { removalImpactAtRemoval } from './member.loaders';
import { extrasOf } from './member.extras';
import { MemberStatusEnum, RoleEnum } from './member.enums';
import { AddMemberInput, AddMemberPayload, MemberConnection, RemovalImpactView, UpdateMemberRoleInput } from './member.types';

const isSelf = (m: Membership, ctx: GuardContext) => m.id === ctx.caller?.membershipId;

@Resolver(() => Membership)
export class MemberResolver {
  @Guard(Permission.OrganizationRead)
  @Query(() => MemberConnection, { description: 'Members of this organization, oldest first. Removed members only with status: REMOVED.' })
  async members(
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('search', () => String, { nullable: true, description: 'Part of a name or email.' }) search: string | null,
    @Arg('role', () => RoleEnum, { nullable: true }) role: Role | null,
    @Arg('status', () => MemberStatusEnum, { nullable: true }) status: MemberStatus | null,
  ) {
    const page = await ctx.services.members.list(caller, { first, after, search, role, status });
    // the page statement read the month's usage: the allowance loader answers from it
    for (const m of page.nodes) {
      const used = extrasOf(m)?.usedThisMonth;
      if (used !== undefined && used !== null) ctx.loaders.usedThisMonth.prime(m.id, used);
    }
    return page;
  }

  @Guard(Permission.OrganizationRead)
  @Query(() => Membership, { nullable: true, description: 'A member of this organization (NOT_FOUND for any other id).' })
  member(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.members.get(caller, id);
  }

  @Guard(Permission.MembersManage)
  @Mutation(() => AddMemberPayload, { description: 'Add a member. An existing account is added as is (its password is never touched).' })
  addMember(@Arg('input', () => AddMemberInput) input: AddMemberInput, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.members.add(caller, input);
  }

  @Guard(Permission.MembersManage)
  @Mutation(() => Membership, { description: 'Change a role. Never the owner; never to OWNER (use transferOwnership).' })
  updateMemberRole(
    @Arg('input', () => UpdateMemberRoleInput) input: UpdateMemberRoleInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ) {
    return ctx.services.members.updateRole(caller, input.memberId, input.role);
  }

  @Guard(Permission.MembersManage)
  @Mutation(() => Membership, { description: 'Remove a member: access ends at once; their history and resources stay.' })
  removeMember(@Arg('memberId', () => ID) memberId: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.members.remove(caller, memberId);
  }

  @Guard(Permission.AccountSelf, { sessionOnly: true })
  @Mutation(() => Membership, { description: 'Leave this organization yourself (not the owner). Your history stays with it.' })
  leaveOrganization(@Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.members.leave(caller);
  }

  @Guard(Permission.MembersManage)
  @Mutation(() => Membership, { description: "Stop a member's access without removing them." })
  suspendMember(@Arg('memberId', () => ID) memberId: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.members.suspend(caller, memberId);
  }

  @Guard(Permission.MembersManage)
  @Mutation(() => Membership)
  reactivateMember(@Arg('memberId', () => ID) memberId: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.members.reactivate(caller, memberId);
  }

  @Guard(Permission.MembersManage)
  @Mutation(() => Membership, { description: 'Email a new temporary password to a member who has not signed in yet.' })
  resendCredentials(@Arg('memberId', () => ID) memberId: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.members.resendCredentials(caller, memberId, generatePassword());
  }

  @Guard(Permission.OwnershipTransfer, { sessionOnly: true })
  @Mutation(() => Organization, { description: 'Make another member the owner (re-enter your password); you become ADMIN.' })
  transferOwnership(
    @Arg('memberId', () => ID) memberId: string,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ) {
    return ctx.services.members.transferOwnership(caller, memberId, currentPassword, ctx.ip);
  }

  @FieldResolver(() => String)
  name(@Root() m: Membership, @Ctx() ctx: Context): string | Promise<string> {
    const x = extrasOf(m);
    return x ? x.name : ctx.loaders.user.load(m.userId).then((u) => u!.name);
  }

  @Visible<Membership>(Permission.MembersReadPrivate, isSelf)
  @FieldResolver(() => String, { nullable: true, description: 'Null where the viewer may not see it (guests see only their own).' })
  email(@Root() m: Membership, @Ctx() ctx: Context): string | null | Promise<string | null> {
    const x = extrasOf(m);
    return x ? x.email : ctx.loaders.user.load(m.userId).then((u) => u?.email ?? null);
  }

  @Visible<Membership>(Permission.MembersReadPrivate, isSelf)
  @FieldResolver(() => Date, { nullable: true })
  lastActiveAt(@Root() m: Membership): Date | null {
    return m.lastActiveAt;
  }

  @Visible<Membership>(Permission.MembersReadPrivate, isSelf)
  @FieldResolver(() => Membership, { nullable: true, description: 'Who added this member (null for the founder).' })
  invitedBy(@Root() m: Membership, @Ctx() ctx: Context): Membership | Promise<Membership | null> | null {
    if (!m.invitedById) return null;
    const x = extrasOf(m);
    return x?.inviter !== undefined ? x.inviter : ctx.loaders.membership.load(m.invitedById);
  }

  @Visible<Membership>(Permission.MembersManage)
  @FieldResolver(() => String, {
    nullable: true,
    description: "Why the latest credentials or welcome email has not arrived (the mail server's last error), or null. OWNER/ADMIN only.",
  })
  emailError(@Root() m: Membership, @Ctx() ctx: Context): string | null | Promise<string | null> {
    const x = extrasOf(m)?.emailError;
    return x !== undefined ? x : ctx.loaders.emailError.load(m.id);
  }

  @Visible<Membership>(Permission.MembersManage)
  @FieldResolver(() => Boolean, { nullable: true, description: 'Two-factor sign-in is on. OWNER and ADMIN only (null for others).' })
  mfaEnabled(@Root() m: Membership, @Ctx() ctx: Context): boolean | Promise<boolean | null> {
    const x = extrasOf(m)?.mfaEnabled;
    return x !== undefined ? x : ctx.loaders.user.load(m.userId).then((user) => (user ? !!user.totpEnabledAt : null));
  }

  @Visible<Membership>(Permission.MembersManage, isSelf)
  @FieldResolver(() => Date, {
    nullable: true,
    description: 'While a temporary password is outstanding: when it stops working (then resendCredentials issues a new one).',
  })
  temporaryPasswordExpiresAt(@Root() m: Membership, @Ctx() ctx: Context): Date | null | Promise<Date | null> {
    const x = extrasOf(m)?.temporaryPasswordExpiresAt;
    if (x !== undefined) return x;
    return ctx.loaders.user.load(m.userId).then((user) => (user?.mustChangePassword ? user.temporaryPasswordExpiresAt : null));
  }

  @Visible<Membership>(Permission.MembersManage)
  @FieldResolver(() => RemovalImpactView, {
    nullable: true,
    description:
      'What removing this member does: resources that stay, API keys and sessions that end, credits used this month. OWNER/ADMIN only.',
  })
  removalImpact(@Root() m: Membership, @Ctx() ctx: Context): Promise<RemovalImpactView | null> {
    const atRemoval = removalImpactAtRemoval(m);
    return atRemoval ? Promise.resolve(atRemoval) : ctx.loaders.removalImpact.load(m.id);
  }

  @FieldResolver(() => Organization)
  async organization(@Root() m: Membership, @Ctx() ctx: Context): Promise<Organization> {
    return (await ctx.loaders.organization.load(m.organizationId))!;
  }
}
