import { Field, Int, ObjectType } from 'type-graphql';
import { ApiKey } from '../api-keys';
import { Membership } from '../members';

/** What the access review lists (docs/PRODUCT.md, the seed's "Regularly Review Membership"). */
@ObjectType('AccessReview', {
  description: 'Who may no longer need access: the Members page review panel and the weekly email. OWNER/ADMIN.',
})
export class AccessReview {
  @Field(() => Int, { description: 'The inactivity window asked for, in days.' })
  inactiveDays: number;

  @Field({ description: 'Activity before this time counts as inactive (now minus inactiveDays).' })
  inactiveSince: Date;

  @Field(() => [Membership], {
    description:
      'Active members with no sign-in or API use since inactiveSince (never active: counted from when they joined), least recent first. At most 200.',
  })
  inactiveMembers: Membership[];

  @Field(() => [Membership], { description: 'Active members who never replaced the temporary password an admin set. At most 200.' })
  temporaryPasswordNotChanged: Membership[];

  @Field(() => [Membership], { description: 'Active owners and admins without a second factor (TOTP). At most 200.' })
  adminsWithoutMfa: Membership[];

  @Field(() => [ApiKey], {
    description:
      'Unrevoked API keys unused since inactiveSince (never used: counted from their creation), least recent first. At most 200.',
  })
  unusedApiKeys: ApiKey[];
}
