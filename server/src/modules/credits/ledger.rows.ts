import { CreditTransaction } from './credit-transaction.entity';
import { CreditTransactionKind } from './credits.enums';
import { micros } from '../../common/money';

/** A credit_transactions row from a raw query (snake_case, int8 as strings) as the entity. */
export interface CreditTransactionRow {
  id: string;
  organization_id: string;
  kind: string;
  amount: string;
  balance_after: string;
  membership_id: string | null;
  api_key_id: string | null;
  note: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
  created_at: Date;
}

export function toTransaction(row: CreditTransactionRow): CreditTransaction {
  return Object.assign(new CreditTransaction(), {
    id: row.id,
    organizationId: row.organization_id,
    kind: row.kind as CreditTransactionKind,
    amount: micros(row.amount),
    balanceAfter: micros(row.balance_after),
    membershipId: row.membership_id,
    apiKeyId: row.api_key_id,
    note: row.note,
    idempotencyKey: row.idempotency_key,
    requestHash: row.request_hash,
    createdAt: row.created_at,
  });
}
