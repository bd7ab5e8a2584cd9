import type { EntityManager } from 'typeorm';
import { micros, microsOrNull } from '../../common/money';
import type { CreditBalanceView } from './credits.types';
import { isLow } from './low-balance';

/**
 * The balance rows (credit_balances), one per organization, created on first use. Every
 * write to them goes through this module: top-ups and adjustments (credits.service),
 * spends (spend.service), allowances (allowance.service).
 */

export interface BalanceRow {
  organization_id: string;
  org_created_at: Date;
  balance: string | null;
  low_balance_threshold: string | null;
  updated_at: Date | null;
}

/** The API's view of a balance row; an organization without a row has 0 and no threshold. */
export function toBalanceView(row: BalanceRow): CreditBalanceView {
  const balance = micros(row.balance);
  const threshold = microsOrNull(row.low_balance_threshold);
  return {
    organizationId: row.organization_id,
    balance,
    lowBalanceThreshold: threshold,
    isLow: isLow(balance, threshold),
    updatedAt: row.updated_at ?? row.org_created_at,
  };
}

export async function loadBalances(em: Pick<EntityManager, 'query'>, orgIds: readonly string[]): Promise<BalanceRow[]> {
  return em.query(
    `SELECT o.id AS organization_id, o.created_at AS org_created_at, b.balance, b.low_balance_threshold, b.updated_at
       FROM organizations o LEFT JOIN credit_balances b ON b.organization_id = o.id
      WHERE o.id = ANY($1)`,
    [[...orgIds]],
  );
}

/** An organization without a balance row has 0: make sure the row exists before moving or locking it. */
export async function ensureBalanceRow(em: Pick<EntityManager, 'query'>, organizationId: string): Promise<void> {
  await em.query(`INSERT INTO credit_balances (organization_id) VALUES ($1) ON CONFLICT DO NOTHING`, [organizationId]);
}

/**
 * What one member spent this UTC calendar month, from the daily rollup (index org, member,
 * day): a scalar subquery over the SQL expressions `org` and `member`. The month is that of
 * now(), the transaction's start, which is also the day a spend's own records roll up under.
 */
export const usedThisMonthSql = (org: string, member: string) => `(SELECT coalesce(sum(d.credits), 0) FROM usage_daily d
           WHERE d.organization_id = ${org} AND d.membership_id = ${member}
             AND d.day >= date_trunc('month', now() AT TIME ZONE 'UTC')::date)`;
