import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../common/pagination';
import { CreditsScalar } from '../../common/scalars';
import { UsageRecord } from './usage-record.entity';
import { UsageGroupBy } from './usage-summary.sql';

registerEnumType(UsageGroupBy, {
  name: 'UsageGroupBy',
  description: 'How usageSummary groups: by member, resource, UTC day, operation or API key.',
});

@ObjectType('UsageRecordConnection')
export class UsageRecordConnection {
  @Field(() => [UsageRecord]) nodes: UsageRecord[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType('UsageBucket', { description: 'Usage totals for one member, resource, day, operation or API key.' })
export class UsageBucketType {
  @Field({
    description:
      'Member id, resource id ("none" for calls without a resource), YYYY-MM-DD (UTC), the operation, or API key id ("none" for calls from a signed-in session).',
  })
  key: string;

  @Field({ description: 'Member name, resource name, the day, the operation, or the API key name (revoked keys too).' })
  label: string;

  @Field(() => CreditsScalar)
  credits: bigint;

  @Field(() => Int)
  count: number;
}
