import { Permission } from '@orgpulse/shared';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/auth/current-caller';
import type { Context } from '../../context';
import { Guard, Visible } from '../../common/auth/guard';
import { CreditsScalar } from '../../common/scalars';
import { Membership, pageUsedThisMonth } from '../members';
import { MemberAllowance, toAllowance } from './allowance.types';

@Resolver(() => Membership)
export class MemberAllowanceResolver {
  // managing members (rank rules, sessions only), not billing: see canSetAllowance
  @Guard(Permission.MembersManage)
  @Mutation(() => Membership, {
    description:
      'Set how much a member (the owner too) may spend per UTC calendar month from the shared balance; null removes the limit. Spends past it are refused with INSUFFICIENT_CREDITS, extensions.reason MEMBER_ALLOWANCE.',
  })
  setMemberAllowance(
    @Arg('memberId', () => ID) memberId: string,
    @Arg('monthlyLimit', () => CreditsScalar, { nullable: true, description: 'Greater than 0; null: no limit.' })
    monthlyLimit: bigint | null,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ) {
    return ctx.services.allowances.set(caller, memberId, monthlyLimit ?? null);
  }

  @Visible<Membership>(Permission.UsageReadAllMembers, (m, ctx) => m.id === ctx.caller?.membershipId)
  @FieldResolver(() => MemberAllowance, {
    nullable: true,
    description:
      "The member's monthly allowance, or null when they have no limit. OWNER/ADMIN see everyone's; others only their own (null for the rest).",
  })
  allowance(@Root() m: Membership, @Ctx() ctx: Context): MemberAllowance | null | Promise<MemberAllowance | null> {
    // no limit (most rows of a page): null at once, no promise and no load for the row
    if (m.monthlyAllowance === null || m.monthlyAllowance === undefined) return null;
    const limit = BigInt(m.monthlyAllowance);
    // read by the members page statement: no promise for the row
    const used = pageUsedThisMonth(m);
    if (used !== undefined && used !== null) return toAllowance(limit, used);
    return ctx.loaders.usedThisMonth.load(m.id).then((used) => toAllowance(limit, used));
  }
}
