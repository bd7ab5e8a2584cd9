import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../common/pagination';
import { CreditsScalar } from '../../common/scalars';
import { UsageRecord } from './usage-record.entity';
import { UsageGroupBy } from './usage-summary.sql';

registerEnumType(UsageGroupBy, {
  name: 'UsageGroupBy',
  description: 'How usageSummary groups: by member, resource, UTC day or operation.',
});

@ObjectType('UsageRecordConnection')
export class UsageRecordConnection {
  @Field(() => [UsageRecord]) nodes: UsageRecord[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType('UsageBucket', { description: 'Usage totals for one member, resource, day or operation.' })
export class UsageBucketType {
  @Field({ description: 'Member id, resource id ("none" for calls without a resource), YYYY-MM-DD (UTC), or the operation.' })
  key: string;

  @Field({ description: 'Member name, resource name, the day, or the operation.' })
  label: string;

  @Field(() => CreditsScalar)
  credits: bigint;

  @Field(() => Int)
  count: number;
}
