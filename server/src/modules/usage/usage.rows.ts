import { micros } from '../../common/money';
import { UsageRecord } from './usage-record.entity';

/** A usage_records row from a raw query. */
export interface UsageRecordRow {
  id: string;
  organization_id: string;
  membership_id: string;
  api_key_id: string | null;
  resource_id: string | null;
  operation: string;
  credits: string;
  transaction_id: string;
  created_at: Date;
}

export function toUsageRecord(row: UsageRecordRow): UsageRecord {
  return Object.assign(new UsageRecord(), {
    id: row.id,
    organizationId: row.organization_id,
    membershipId: row.membership_id,
    apiKeyId: row.api_key_id,
    resourceId: row.resource_id,
    operation: row.operation,
    credits: micros(row.credits),
    transactionId: row.transaction_id,
    createdAt: row.created_at,
  });
}
