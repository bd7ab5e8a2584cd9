import { Permission } from '@orgpulse/shared';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Guard } from '../../common/auth/guard';
import { CreditsScalar } from '../../common/scalars';
import { Membership } from '../members/member.entity';
import { Organization } from '../organizations/organization.entity';
import { CreditTransaction } from './credit-transaction.entity';
import { CreditTransactionKind } from './credits.enums';
import { AddCreditsInput, AdjustCreditsInput, CreditBalanceView, CreditTransactionConnection } from './credits.types';

@Resolver(() => CreditTransaction)
export class CreditsResolver {
  @Guard(Permission.BillingManage)
  @Query(() => CreditTransactionConnection, { description: 'The credit ledger, newest first (OWNER/ADMIN).' })
  creditTransactions(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: '1 to 200' }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('kind', () => CreditTransactionKind, { nullable: true, description: 'Only entries of this kind.' })
    kind: CreditTransactionKind | null,
  ) {
    return ctx.services.credits.transactions(ctx.caller!, { first, after, kind });
  }

  @Guard(Permission.BillingManage)
  @Mutation(() => CreditTransaction, { description: 'Add credits (OWNER/ADMIN). Retrying with the same idempotencyKey adds them once.' })
  addCredits(@Arg('input', () => AddCreditsInput) input: AddCreditsInput, @Ctx() ctx: Context) {
    return ctx.services.credits.addCredits(ctx.caller!, input);
  }

  @Guard(Permission.BillingManage)
  @Mutation(() => CreditTransaction, {
    description:
      'Correct the balance up or down with a reason (OWNER/ADMIN); never below 0. Retrying with the same idempotencyKey applies it once.',
  })
  adjustCredits(@Arg('input', () => AdjustCreditsInput) input: AdjustCreditsInput, @Ctx() ctx: Context) {
    return ctx.services.credits.adjustCredits(ctx.caller!, input);
  }

  @Guard(Permission.BillingManage)
  @Mutation(() => CreditBalanceView, { description: 'Warn (isLow, one email per crossing) below this balance; null removes the warning.' })
  setLowBalanceThreshold(@Arg('threshold', () => CreditsScalar, { nullable: true }) threshold: bigint | null, @Ctx() ctx: Context) {
    return ctx.services.credits.setLowBalanceThreshold(ctx.caller!, threshold ?? null);
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
