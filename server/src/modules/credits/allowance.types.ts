import { Field, ObjectType } from 'type-graphql';
import { CreditsScalar } from '../../common/scalars';

@ObjectType('MemberAllowance', {
  description: "How much a member may spend per UTC calendar month from the organization's shared balance, and how much is left.",
})
export class MemberAllowance {
  @Field(() => CreditsScalar, { description: 'The most this member may spend in one UTC calendar month.' })
  monthlyLimit: bigint;

  @Field(() => CreditsScalar, { description: 'Spent since the start of this UTC calendar month.' })
  usedThisMonth: bigint;

  @Field(() => CreditsScalar, { description: 'monthlyLimit minus usedThisMonth, never below 0 (the limit may have been lowered).' })
  remaining: bigint;
}

export function toAllowance(monthlyLimit: bigint, usedThisMonth: bigint): MemberAllowance {
  return { monthlyLimit, usedThisMonth, remaining: usedThisMonth >= monthlyLimit ? 0n : monthlyLimit - usedThisMonth };
}
