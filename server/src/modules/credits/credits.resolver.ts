import { Permission } from '@orgpulse/shared';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/auth/current-caller';
import { PageArgs } from '../../common/pagination';
import type { Context } from '../../context';
import { Guard } from '../../common/auth/guard';
import { CreditsScalar } from '../../common/scalars';
import { Membership } from '../members';
import { Organization } from '../organizations';
import { CreditTransaction } from './credit-transaction.entity';
import { CreditTransactionKind } from './credits.enums';
import { AddCreditsInput, AdjustCreditsInput, CreditBalanceView, CreditTransactionConnection, RunwayType } from './credits.types';
import { runwayOf, RunwayView } from './runway';

@Resolver(() => CreditTransaction)
export class CreditsResolver {
  @Guard(Permission.BillingManage)
  @Query(() => CreditTransactionConnection, { description: 'The credit ledger, newest first (OWNER/ADMIN).' })
  creditTransactions(
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('kind', () => CreditTransactionKind, { nullable: true, description: 'Only entries of this kind.' })
    kind: CreditTransactionKind | null,
  ) {
    return ctx.services.credits.transactions(caller, { first, after, kind });
  }

  @Guard(Permission.BillingManage)
  @Mutation(() => CreditTransaction, { description: 'Add credits (OWNER/ADMIN). Retrying with the same idempotencyKey adds them once.' })
  addCredits(@Arg('input', () => AddCreditsInput) input: AddCreditsInput, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.credits.addCredits(caller, input);
  }

  @Guard(Permission.BillingManage)
  @Mutation(() => CreditTransaction, {
    description:
      'Correct the balance up or down with a reason (OWNER/ADMIN); never below 0. Retrying with the same idempotencyKey applies it once.',
  })
  adjustCredits(@Arg('input', () => AdjustCreditsInput) input: AdjustCreditsInput, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.credits.adjustCredits(caller, input);
  }

  @Guard(Permission.BillingManage)
  @Mutation(() => CreditBalanceView, { description: 'Warn (isLow, one email per crossing) below this balance; null removes the warning.' })
  setLowBalanceThreshold(
    @Arg('threshold', () => CreditsScalar, { nullable: true }) threshold: bigint | null,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ) {
    return ctx.services.credits.setLowBalanceThreshold(caller, threshold ?? null);
  }

  @FieldResolver(() => Membership, { nullable: true, description: 'Who caused it (null for system adjustments).' })
  member(@Root() t: CreditTransaction, @Ctx() ctx: Context) {
    return t.membershipId ? ctx.loaders.membership.load(t.membershipId) : null;
  }
}

@Resolver(() => Organization)
export class OrganizationCreditsResolver {
  // guarded so that a session still on a temporary password (or the second-factor policy) cannot read it through viewer
  @Guard(Permission.CreditsRead)
  @FieldResolver(() => CreditBalanceView, { description: 'Every member may see the balance.' })
  async creditBalance(@Root() org: Organization, @Ctx() ctx: Context): Promise<CreditBalanceView> {
    return (await ctx.loaders.creditBalance.load(org.id))!;
  }
}

@Resolver(() => CreditBalanceView)
export class CreditBalanceResolver {
  @FieldResolver(() => RunwayType, {
    nullable: true,
    description: "How long the balance lasts at the last 7 days' average burn (fewer days for a younger organization).",
  })
  async runway(@Root() b: CreditBalanceView, @Ctx() ctx: Context): Promise<RunwayView | null> {
    const basis = await ctx.loaders.runwayBasis.load(b.organizationId);
    return basis ? runwayOf(b.balance, basis.spent, basis.basisDays) : null;
  }
}
