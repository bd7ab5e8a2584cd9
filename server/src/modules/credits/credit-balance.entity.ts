import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Organization } from '../organizations';
import { microsColumn } from '../../common/money';

/**
 * The cached balance of one organization, changed only in the same transaction as a
 * ledger entry (balance = sum of credit_transactions.amount). Created on first top-up or
 * threshold change; an organization without a row has a balance of 0.
 */
@Entity('credit_balances')
@Check('credit_balances_balance_nonnegative', 'balance >= 0')
@Check('credit_balances_threshold_nonnegative', 'low_balance_threshold IS NULL OR low_balance_threshold >= 0')
export class CreditBalance {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @OneToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organizationRow?: Organization;

  /** Micro-credits. */
  @Column({ type: 'bigint', default: 0, transformer: microsColumn })
  balance: bigint;

  /** Micro-credits; null: no low-balance warning. */
  @Column({ name: 'low_balance_threshold', type: 'bigint', nullable: true, transformer: microsColumn })
  lowBalanceThreshold: bigint | null;

  /**
   * The members of this organization who have a monthly allowance (memberships.monthly_allowance
   * is not null). A routing set, not a second source of truth: the fast spend statement reads it
   * from the very row it locks, so a member listed here never spends without the allowance check
   * (see SPEND_ORGS_SQL). Changed only together with the allowance, under this row's lock.
   */
  @Column({ name: 'allowance_member_ids', type: 'uuid', array: true, default: () => "'{}'" })
  allowanceMemberIds: string[];

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
