import { Permission } from '@orgpulse/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/auth/current-caller';
import { PageArgs } from '../../common/pagination';
import type { Context } from '../../context';
import { Guard } from '../../common/auth/guard';
import { Membership } from '../members';
import { Resource } from '../resources';
import { UsageRecord } from './usage-record.entity';
import { UsageGroupBy } from './usage-summary.sql';
import { RecordUsageInput, UsageBatchResult, UsageBucketType, UsageRecordConnection } from './usage.types';

@Resolver(() => UsageRecord)
export class UsageResolver {
  @Guard(Permission.UsageRead)
  @Query(() => UsageRecordConnection, { description: 'Usage records in [from, to), newest first. MEMBER and GUEST see only their own.' })
  usageRecords(
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg('from', () => Date, { nullable: true, description: 'Inclusive.' }) from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'Exclusive.' }) to: Date | null,
    @Arg('memberId', () => ID, { nullable: true }) memberId: string | null,
    @Arg('resourceId', () => ID, { nullable: true }) resourceId: string | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ) {
    return ctx.services.usage.records(caller, { from, to, memberId, resourceId, first, after });
  }

  @Guard(Permission.UsageRead)
  @Query(() => [UsageBucketType], {
    description: 'Totals over [from, to) (UTC days), from the daily rollup. By MEMBER, MEMBER and GUEST get only their own row.',
  })
  usageSummary(
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg('from', () => Date, { description: 'Inclusive.' }) from: Date,
    @Arg('to', () => Date, { description: 'Exclusive.' }) to: Date,
    @Arg('groupBy', () => UsageGroupBy) groupBy: UsageGroupBy,
  ) {
    return ctx.services.usage.summary(caller, from, to, groupBy);
  }

  @Guard(Permission.CreditsSpend)
  @Mutation(() => UsageRecord, {
    description:
      "Spend credits for an API call. INSUFFICIENT_CREDITS (nothing recorded) when the balance does not cover it, or the member's monthly allowance (extensions.reason: MEMBER_ALLOWANCE); the same idempotencyKey returns the original record.",
  })
  recordUsage(@Arg('input', () => RecordUsageInput) input: RecordUsageInput, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.spend.recordUsage(caller, input);
  }

  @Guard(Permission.CreditsSpend)
  @Mutation(() => UsageBatchResult, {
    description: 'Up to 500 usage records at once, each charged or refused in the order sent (a refusal does not stop the rest).',
  })
  async recordUsageBatch(
    @Arg('inputs', () => [RecordUsageInput]) inputs: RecordUsageInput[],
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<UsageBatchResult> {
    const outcomes = await ctx.services.spend.recordUsageBatch(caller, inputs);
    const items = outcomes.map((o, index) =>
      o.ok
        ? { index, ok: true, replayed: o.replayed, record: o.record, error: null }
        : {
            index,
            ok: false,
            replayed: false,
            record: null,
            error: {
              code: String(o.error.extensions.code),
              message: o.error.message,
              reason: (o.error.extensions.reason as string | undefined) ?? null,
            },
          },
    );
    return { items, charged: items.filter((i) => i.ok && !i.replayed).length, refused: items.filter((i) => !i.ok).length };
  }

  @FieldResolver(() => Membership)
  async member(@Root() r: UsageRecord, @Ctx() ctx: Context): Promise<Membership> {
    return (await ctx.loaders.membership.load(r.membershipId))!;
  }

  @FieldResolver(() => Resource, { nullable: true, description: 'Shown even after the resource was deleted (see Resource.deletedAt).' })
  resource(@Root() r: UsageRecord, @Ctx() ctx: Context) {
    return r.resourceId ? ctx.loaders.resource.load(r.resourceId) : null;
  }
}
