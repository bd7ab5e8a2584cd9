import { Field, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreditsScalar } from '../../common/scalars';
import { ApiKey } from '../api-keys';
import { Membership } from '../members';
import { CreditTransactionKind } from './credits.enums';
import { microsColumn } from '../../common/money';
import { TenantEntity } from '../organizations';

/**
 * One entry of the append-only ledger (a trigger refuses UPDATE and DELETE). Every change
 * of a balance is one of these, written in the same transaction as the balance.
 */
@ObjectType('CreditTransaction', { description: 'A ledger entry: who changed the balance, by how much, and the balance after it.' })
@Entity('credit_transactions')
@Index('credit_transactions_org_created_idx', ['organizationId', 'createdAt', 'id'])
// top-ups and adjustments are few among millions of USAGE rows: listed and counted apart
@Index('credit_transactions_org_nonusage_idx', ['organizationId', 'createdAt', 'id'], { where: `kind <> 'USAGE'` })
@Index('credit_transactions_org_key_key', ['organizationId', 'idempotencyKey'], { unique: true })
@Check('credit_transactions_kind_check', `kind IN ('TOP_UP', 'USAGE', 'ADJUSTMENT')`)
@Check(
  'credit_transactions_amount_sign',
  `(kind = 'TOP_UP' AND amount > 0) OR (kind = 'USAGE' AND amount < 0) OR (kind = 'ADJUSTMENT' AND amount <> 0)`,
)
@Check('credit_transactions_balance_after_nonnegative', 'balance_after >= 0')
export class CreditTransaction extends TenantEntity {
  @Field(() => CreditTransactionKind)
  @Column({ type: 'varchar', length: 16 })
  kind: CreditTransactionKind;

  @Field(() => CreditsScalar, { description: 'Positive for TOP_UP, negative for USAGE, either sign for ADJUSTMENT.' })
  @Column({ type: 'bigint', transformer: microsColumn })
  amount: bigint;

  @Field(() => CreditsScalar)
  @Column({ name: 'balance_after', type: 'bigint', transformer: microsColumn })
  balanceAfter: bigint;

  /** Who caused it (null for system adjustments). */
  @Column({ name: 'membership_id', type: 'uuid', nullable: true })
  membershipId: string | null;

  // checked per statement, not by a foreign key (migration LedgerReferenceChecks1796900000000)
  @ManyToOne(() => Membership, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'membership_id' })
  membershipRow?: Membership;

  /** The API key used, when the change came through one. */
  @Column({ name: 'api_key_id', type: 'uuid', nullable: true })
  apiKeyId: string | null;

  @ManyToOne(() => ApiKey, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'api_key_id' })
  apiKeyRow?: ApiKey;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'The key the client sent; retrying with it returns this entry.' })
  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, nullable: true })
  idempotencyKey: string | null;

  /** SHA-256 of the request's payload: the same key with another payload is a conflict. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64, nullable: true })
  requestHash: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
