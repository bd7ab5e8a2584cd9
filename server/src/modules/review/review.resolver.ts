import { Permission } from '@orgpulse/shared';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/auth/current-caller';
import { Guard } from '../../common/auth/guard';
import type { Context } from '../../context';
import { ApiKey } from '../api-keys';
import { Membership } from '../members';
import { Organization } from '../organizations';
import { DEFAULT_INACTIVE_DAYS } from './review.queries';
import { AccessReview } from './review.types';

@Resolver(() => AccessReview)
export class AccessReviewResolver {
  @Guard(Permission.MembersManage)
  @Query(() => AccessReview, {
    description:
      'Who may no longer need access: inactive members, unchanged temporary passwords, admins without a second factor, unused API keys.',
  })
  accessReview(
    @Arg('inactiveDays', () => Int, { defaultValue: DEFAULT_INACTIVE_DAYS, description: 'No activity for this many days (1 to 365).' })
    inactiveDays: number,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ) {
    return ctx.services.accessReview.review(caller, inactiveDays);
  }

  @Guard(Permission.MembersManage)
  @Mutation(() => [Membership], {
    description:
      'Suspend several members together: one transaction, all or nothing (each checked like suspendMember). At most 100; returns them suspended.',
  })
  suspendMembers(@Arg('memberIds', () => [ID]) memberIds: string[], @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.members.suspendMany(caller, memberIds);
  }

  @Guard(Permission.ApiKeysManage)
  @Mutation(() => [ApiKey], {
    description:
      "Revoke several of the organization's API keys together: all or nothing. At most 100; already revoked keys stay as they are.",
  })
  revokeApiKeys(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.apiKeys.revokeMany(caller, ids);
  }

  @Guard(Permission.OrganizationManage)
  @Mutation(() => Organization, { description: "Turn the weekly access review email to the organization's owners and admins on or off." })
  setWeeklyAccessReviewEmail(@Arg('enabled', () => Boolean) enabled: boolean, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.accessReview.setWeeklyEmail(caller, enabled);
  }
}
