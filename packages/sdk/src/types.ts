/**
 * The SDK's public types. Everything the server sends is derived from the operation types
 * generated from server/schema.graphql (./generated/graphql.ts), so a schema change that
 * breaks a document or a field the SDK reads fails `tsc` here, not a partner's app.
 */
import type { ErrorCode, Permission } from './shared';
import type * as G from './generated/graphql';

/**
 * An exact decimal amount as a string, up to 6 fractional digits ("12.5", "0.000001").
 * Never a JavaScript number: add them with `addCredits`, compare with `parseCredits`.
 */
export type Credits = string;
/** ISO-8601 date-time in UTC, as the API sends it. */
export type DateTime = string;

export type ResourceKind = G.ResourceKind;
export type UsageGroupBy = G.UsageGroupBy;

/** A spend. `credits` is a decimal string ("0.25"); `operation` 1 to 100 characters; `resourceId` the instance or agent used. */
export type RecordUsageInput = Omit<G.RecordUsageInput, 'idempotencyKey'> & {
  /**
   * Unique per call (1 to 200 characters). Omit it and the SDK makes one (a UUID) and
   * keeps it across its own retries. Pass your own to stay charged once across app
   * restarts or an offline queue: sending it again returns the original record.
   */
  idempotencyKey?: string;
};

/** An API call that spent credits. `resource` is still shown after it was deleted (then `deletedAt` is set). */
export type UsageRecord = G.OrgpulseSdkUsageRecordFragment;

/** The codes a refused batch item can carry. */
export type UsageBatchErrorCode = Extract<ErrorCode, 'INSUFFICIENT_CREDITS' | 'CONFLICT' | 'NOT_FOUND' | 'BAD_USER_INPUT'>;

type BatchItemWire = G.OrgpulseSdkRecordUsageBatchMutation['recordUsageBatch']['items'][number];

/**
 * Why a batch item was refused. `reason` says why when the code alone does not:
 * "MEMBER_ALLOWANCE" for an INSUFFICIENT_CREDITS that is the member's monthly allowance,
 * null when the organization's balance does not cover it.
 */
export type UsageBatchError = Omit<NonNullable<BatchItemWire['error']>, 'code'> & { code: UsageBatchErrorCode };

/** What happened to one record of a batch, in the order sent. */
export type UsageBatchItem = Omit<BatchItemWire, 'error'> & {
  /** The key sent for this item (yours, or the one the SDK made). */
  idempotencyKey: string;
  /**
   * `ok`: the record is (or already was) recorded and charged. `replayed`: the key had been
   * recorded before this call, nothing was charged now (an item the SDK itself already sent
   * in a lost attempt of this same call is not a replay).
   */
  error: UsageBatchError | null;
};

export interface UsageBatchResult {
  /** Records charged by this call (replays not counted). */
  charged: number;
  /** Records refused. */
  refused: number;
  items: UsageBatchItem[];
}

/**
 * The organization's balance. `isLow`: a threshold is set and the balance is below it.
 * `runway`: how long it lasts at the last 7 days' average burn (`days` null when nothing was spent).
 */
export type CreditBalance = G.OrgpulseSdkCreditBalanceQuery['organization']['creditBalance'];

/** A `balanceChanged` event: the balance after the change (without `runway`). */
export type BalanceChange = G.OrgpulseSdkBalanceChangedSubscription['balanceChanged'];

export interface UsageSummaryInput {
  /** Inclusive (UTC days). */
  from: Date | DateTime;
  /** Exclusive. */
  to: Date | DateTime;
  groupBy: UsageGroupBy;
}

/** `key`: member id, resource id ("none" for calls without a resource), YYYY-MM-DD (UTC) or the operation; `label` its name. */
export type UsageBucket = G.OrgpulseSdkUsageSummaryQuery['usageSummary'][number];

/** The caller: their account, their membership, their organizations and what they may do. */
export type Viewer = Omit<G.OrgpulseSdkViewerQuery['viewer'], 'permissions'> & {
  /** What the caller may do, from the shared permission table. */
  permissions: Permission[];
};

export type Organization = G.OrgpulseSdkOrganizationQuery['organization'];

/** A membership (its id is not the user id). `email` is null where the caller may not see it. */
export type Member = G.OrgpulseSdkMemberFragment;

/** An API key; the secret itself is shown only at creation. */
export type ApiKey = G.OrgpulseSdkApiKeyFragment;

/** One page of a connection; pass `pageInfo.endCursor` as `after` for the next (or let the `…Pages` iterators do it). */
export interface Page<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** Members, oldest first; `first` 1 to 200 (default 50). Removed members only with `status: 'REMOVED'`. */
export type MembersInput = G.OrgpulseSdkMembersQueryVariables;

/** Usage records in [from, to), newest first; `first` 1 to 200 (default 50). MEMBER and GUEST see only their own. */
export type UsageRecordsInput = Omit<G.OrgpulseSdkUsageRecordsQueryVariables, 'from' | 'to'> & {
  from?: Date | DateTime | null;
  to?: Date | DateTime | null;
};

export type WebhookEventType = G.WebhookEventType;
export type WebhookDeliveryStatus = G.WebhookDeliveryStatus;

/** An endpoint; `enabled` turns false after it kept failing (a successful test or redelivery turns it on again). */
export type WebhookEndpoint = G.OrgpulseSdkWebhookEndpointFragment;

/** The endpoint and its signing secret (`whsec_…`), shown only in this answer. */
export type CreatedWebhookEndpoint = G.OrgpulseSdkCreateWebhookEndpointMutation['createWebhookEndpoint'];

/** `url`: https:// (http:// outside production), a public address; `events`: at least one. */
export type CreateWebhookEndpointInput = G.CreateWebhookEndpointInput;

/** One delivery of an event to an endpoint; its `id` is the `webhook-id` header. */
export type WebhookDelivery = G.OrgpulseSdkWebhookDeliveryFragment;

/** An endpoint's deliveries, newest first; `first` 1 to 200 (default 50). */
export type WebhookDeliveriesInput = G.OrgpulseSdkWebhookDeliveriesQueryVariables;
