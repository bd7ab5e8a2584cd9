import { Permission } from '@orgpulse/shared';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/auth/current-caller';
import { Guard } from '../../common/auth/guard';
import type { Context } from '../../context';
import { UsageRecord } from '../usage';
import { RecordUsageInput, UsageBatchResult } from './spend.types';

/** Spending credits: one API call (recordUsage) or a batch (recordUsageBatch), through SpendService. */
@Resolver()
export class SpendResolver {
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
}
