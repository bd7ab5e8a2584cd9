import type { ErrorCode, MemberStatus, Permission, Role } from '@orgpulse/shared';

/**
 * An exact decimal amount as a string, up to 6 fractional digits ("12.5", "0.000001").
 * Never a JavaScript number: add them with `addCredits`, compare with `parseCredits`.
 */
export type Credits = string;
/** ISO-8601 date-time in UTC, as the API sends it. */
export type DateTime = string;

export type ResourceKind = 'INSTANCE' | 'AGENT';
export type UsageGroupBy = 'DAY' | 'MEMBER' | 'OPERATION' | 'RESOURCE';

export interface RecordUsageInput {
  /** 1 to 100 characters, e.g. "chat.completion". */
  operation: string;
  /** Greater than 0, a decimal string: "0.25". */
  credits: Credits;
  /** The instance or agent the call used. */
  resourceId?: string | null;
  /**
   * Unique per call (1 to 200 characters). Omit it and the SDK makes one (a UUID) and
   * keeps it across its own retries. Pass your own to stay charged once across app
   * restarts or an offline queue: sending it again returns the original record.
   */
  idempotencyKey?: string;
}

export interface UsageRecord {
  id: string;
  operation: string;
  credits: Credits;
  createdAt: DateTime;
  member: { id: string; name: string };
  /** Still shown after the resource was deleted (then `deletedAt` is set). */
  resource: { id: string; name: string; kind: ResourceKind; deletedAt: DateTime | null } | null;
}

/** The codes a refused batch item can carry. */
export type UsageBatchErrorCode = Extract<ErrorCode, 'INSUFFICIENT_CREDITS' | 'CONFLICT' | 'NOT_FOUND' | 'BAD_USER_INPUT'>;

/** What happened to one record of a batch, in the order sent. */
export interface UsageBatchItem {
  /** Position in the list sent, from 0. */
  index: number;
  /** The key sent for this item (yours, or the one the SDK made). */
  idempotencyKey: string;
  /** True when the record is (or already was) recorded and charged. */
  ok: boolean;
  /**
   * True when the key had been recorded before this call: nothing was charged now. An
   * item the SDK itself already sent in a lost attempt of this same call is not a replay.
   */
  replayed: boolean;
  record: UsageRecord | null;
  error: { code: UsageBatchErrorCode; message: string } | null;
}

export interface UsageBatchResult {
  /** Records charged by this call (replays not counted). */
  charged: number;
  /** Records refused. */
  refused: number;
  items: UsageBatchItem[];
}

export interface CreditBalance {
  balance: Credits;
  /** True when a threshold is set and the balance is below it. */
  isLow: boolean;
  lowBalanceThreshold: Credits | null;
  updatedAt: DateTime;
}

export interface UsageSummaryInput {
  /** Inclusive (UTC days). */
  from: Date | DateTime;
  /** Exclusive. */
  to: Date | DateTime;
  groupBy: UsageGroupBy;
}

export interface UsageBucket {
  /** Member id, resource id ("none" for calls without a resource), YYYY-MM-DD (UTC), or the operation. */
  key: string;
  /** Member name, resource name, the day, or the operation. */
  label: string;
  count: number;
  credits: Credits;
}

export interface Viewer {
  user: { id: string; email: string; name: string; mustChangePassword: boolean };
  member: { id: string; name: string; role: Role; status: MemberStatus };
  organization: { id: string; name: string };
  /** Every organization the user is an active member of. */
  organizations: Array<{ id: string; name: string }>;
  /** What the caller may do, from the shared permission table. */
  permissions: Permission[];
}
