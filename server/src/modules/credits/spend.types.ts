import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CreditsScalar } from '../../common/scalars';
import { UsageRecord } from '../usage';

/** The GraphQL types of spending credits (recordUsage, recordUsageBatch). */

@InputType('RecordUsageInput')
export class RecordUsageInput {
  @Field({ description: '1 to 100 characters, e.g. "chat.completion".' })
  operation: string;

  @Field(() => CreditsScalar, { description: 'Greater than 0, up to 6 decimals.' })
  credits: bigint;

  @Field(() => ID, { nullable: true, description: 'The instance or agent the call used.' })
  resourceId?: string | null;

  @Field({ description: 'Unique per call (1 to 200 characters): a retry with the same key is charged once and returns the same record.' })
  idempotencyKey: string;
}

@ObjectType('UsageBatchError')
export class UsageBatchError {
  @Field({ description: 'INSUFFICIENT_CREDITS, CONFLICT, NOT_FOUND or BAD_USER_INPUT.' }) code: string;
  @Field() message: string;
  @Field(() => String, {
    nullable: true,
    description:
      "Why, when the code alone does not say: MEMBER_ALLOWANCE (INSUFFICIENT_CREDITS because the member's monthly allowance is used up).",
  })
  reason: string | null;
}

@ObjectType('UsageBatchItem', { description: 'What happened to one record of a batch, in the order sent.' })
export class UsageBatchItem {
  @Field(() => Int, { description: 'Position in the input list, from 0.' }) index: number;
  @Field({ description: 'True when the record is (or already was) recorded and charged.' }) ok: boolean;
  @Field({ description: 'True when the idempotencyKey had already been recorded: nothing was charged again.' }) replayed: boolean;
  @Field(() => UsageRecord, { nullable: true }) record: UsageRecord | null;
  @Field(() => UsageBatchError, { nullable: true }) error: UsageBatchError | null;
}

@ObjectType('UsageBatchResult')
export class UsageBatchResult {
  @Field(() => [UsageBatchItem]) items: UsageBatchItem[];
  @Field(() => Int, { description: 'Records charged by this call (replays not counted).' }) charged: number;
  @Field(() => Int, { description: 'Records refused.' }) refused: number;
}
