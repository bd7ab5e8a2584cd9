import { Permission } from '@orgpulse/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/auth/current-caller';
import { PageArgs } from '../../common/pagination';
import type { Context } from '../../context';
import { Guard } from '../../common/auth/guard';
import { Membership } from '../members';
import { Resource } from '../resources';
import { UsageRecord } from './usage-record.entity';
import { UsageGroupBy } from './usage-summary.sql';
import { UsageBucketType, UsageRecordConnection } from './usage.types';

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
    return ctx.services.usage.records(caller, { from, to, memberId, resourceId, first, after }, (a) => ctx.loaders.usageTotals.load(a));
  }

  @Guard(Permission.UsageRead)
  @Query(() => [UsageBucketType], {
    description:
      'Totals over [from, to), from the day and hour rollups (any alignment). By MEMBER and by API_KEY, MEMBER and GUEST get only their own rows.',
  })
  usageSummary(
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg('from', () => Date, { description: 'Inclusive.' }) from: Date,
    @Arg('to', () => Date, { description: 'Exclusive.' }) to: Date,
    @Arg('groupBy', () => UsageGroupBy) groupBy: UsageGroupBy,
  ) {
    return ctx.services.usage.summary(caller, from, to, groupBy, (a) => ctx.loaders.usageTotals.load(a));
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
