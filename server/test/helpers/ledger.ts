import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { BillingNotifier } from '../../src/modules/credits/billing.notifier';
import type { TestApp } from './app';
import { graphql } from '../gql';

export const TOP_UP = graphql(`
  mutation TopUp($i: AddCreditsInput!) {
    addCredits(input: $i) {
      id
      kind
      amount
      balanceAfter
      note
      member {
        id
      }
    }
  }
`);
export const SPEND = graphql(`
  mutation Spend($i: RecordUsageInput!) {
    recordUsage(input: $i) {
      id
      operation
      credits
      createdAt
      member {
        id
      }
      resource {
        id
        name
      }
    }
  }
`);
export const BATCH = graphql(`
  mutation SpendBatch($i: [RecordUsageInput!]!) {
    recordUsageBatch(inputs: $i) {
      charged
      refused
      items {
        index
        ok
        replayed
        record {
          id
          credits
        }
        error {
          code
        }
      }
    }
  }
`);
export const BALANCE = graphql(`
  query Balance {
    organization {
      creditBalance {
        balance
        lowBalanceThreshold
        isLow
        updatedAt
      }
    }
  }
`);

export const key = (prefix = 'k') => `${prefix}-${randomUUID()}`;

export async function topUp(t: TestApp, token: string, amount: string): Promise<void> {
  await t.ok(TOP_UP, { i: { amount, idempotencyKey: key('top') } }, token);
}

export async function balanceOf(t: TestApp, token: string): Promise<string> {
  return (await t.ok(BALANCE, {}, token)).organization.creditBalance.balance;
}

/** What the database holds for an organization (to prove a refused call changed nothing). */
export async function ledgerState(t: TestApp, orgId: string) {
  const [row] = await t.ds.query(
    `SELECT (SELECT count(*)::int FROM credit_transactions WHERE organization_id = $1) AS entries,
            (SELECT count(*)::int FROM usage_records WHERE organization_id = $1) AS records,
            (SELECT coalesce(sum(count), 0)::int FROM usage_daily WHERE organization_id = $1) AS rolled,
            (SELECT coalesce(sum(amount), 0)::text FROM credit_transactions WHERE organization_id = $1) AS ledger_sum,
            (SELECT balance::text FROM credit_balances WHERE organization_id = $1) AS balance`,
    [orgId],
  );
  return row as { entries: number; records: number; rolled: number; ledger_sum: string; balance: string | null };
}

/** A billing notifier that records each low-balance call and whether it ran inside a transaction. */
export function recordingBillingNotifier() {
  const calls: Array<{ balance: bigint; threshold: bigint; inTransaction: boolean }> = [];
  const notifier: BillingNotifier = {
    lowBalanceCrossed: async (em: EntityManager, e) => {
      calls.push({ balance: e.balanceMicros, threshold: e.thresholdMicros, inTransaction: !!em.queryRunner?.isTransactionActive });
    },
  };
  return { calls, notifier };
}
