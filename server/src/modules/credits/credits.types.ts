import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination';
import { CreditsScalar } from '../../common/scalars';
import { CreditTransaction } from './credit-transaction.entity';

@ObjectType('CreditBalance', { description: "The organization's credits; everyone in it may see them." })
export class CreditBalanceView {
  @Field(() => CreditsScalar)
  balance: bigint;

  @Field(() => CreditsScalar, {
    nullable: true,
    description: 'Below this, the balance is low (isLow) and owners and admins are emailed once.',
  })
  lowBalanceThreshold: bigint | null;

  @Field({ description: 'True when a threshold is set and the balance is below it.' })
  isLow: boolean;

  @Field({ description: 'When the balance last changed.' })
  updatedAt: Date;

  /** Whose balance (not a field: runway reads it). */
  organizationId: string;
}

@ObjectType('Runway', { description: 'How long the balance lasts at the recent burn rate, read from the daily rollups.' })
export class RunwayType {
  @Field(() => CreditsScalar, { description: 'Average spent per day over the basis, exact, rounded down to 6 decimals.' })
  burnPerDay: bigint;

  @Field(() => Int, {
    description: 'How many recent UTC days (today included) the average covers: 7, or fewer for a younger organization (at least 1).',
  })
  basisDays: number;

  @Field(() => Float, {
    nullable: true,
    description: 'About how many days the balance lasts at that rate; null when nothing was spent in the basis.',
  })
  days: number | null;
}

@ObjectType('CreditTransactionConnection')
export class CreditTransactionConnection {
  @Field(() => [CreditTransaction]) nodes: CreditTransaction[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@InputType('AddCreditsInput')
export class AddCreditsInput {
  @Field(() => CreditsScalar, { description: 'Greater than 0, up to 6 decimals: "100", "12.5".' })
  amount: bigint;

  @Field(() => String, { nullable: true, description: 'Up to 500 characters, e.g. an invoice number.' })
  note?: string | null;

  @Field({ description: 'Unique per top-up (e.g. a UUID): retrying with it never adds the credits twice.' })
  idempotencyKey: string;
}

@InputType('AdjustCreditsInput')
export class AdjustCreditsInput {
  @Field(() => CreditsScalar, { description: 'Signed, not 0: "25" corrects the balance up, "-12.5" down (never below 0).' })
  amount: bigint;

  @Field({ description: 'Why the balance is corrected (1 to 500 characters); kept in the ledger and the audit log.' })
  note: string;

  @Field({ description: 'Unique per adjustment (e.g. a UUID): retrying with it never applies it twice.' })
  idempotencyKey: string;
}
