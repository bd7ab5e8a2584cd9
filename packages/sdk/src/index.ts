export { OrgpulseClient } from './client';
export type { LiveSubscriptions, OrgpulseClientOptions, RequestOptions } from './client';
export { OrgpulseError, isOrgpulseError, NETWORK_ERROR, PROTOCOL_ERROR_CODES, SessionRequiredError } from './errors';
export type { GraphQLErrorEntry, OrgpulseErrorCode, ProtocolErrorCode } from './errors';
export type { AbortSignalLike, LiveSubscription, SubscribeOptions, WebSocketConstructor } from './live';
export { newIdempotencyKey } from './transport';
export type { FetchInit, FetchLike, FetchResponse } from './transport';
export { verifyWebhook, WebhookVerificationError } from './webhooks';
export type { VerifyWebhookOptions, WebhookEvent, WebhookHeaders } from './webhooks';
export type {
  ApiKey,
  BalanceChange,
  CreatedWebhookEndpoint,
  CreateWebhookEndpointInput,
  CreditBalance,
  Credits,
  DateTime,
  Member,
  MembersInput,
  Organization,
  Page,
  RecordUsageInput,
  ResourceKind,
  UsageBatchError,
  UsageBatchErrorCode,
  UsageBatchItem,
  UsageBatchResult,
  UsageBucket,
  UsageGroupBy,
  UsageRecord,
  UsageRecordsInput,
  UsageSummaryInput,
  Viewer,
  WebhookDeliveriesInput,
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookEndpoint,
  WebhookEventType,
} from './types';
// the shared vocabulary, so apps need one import: error codes and exact credit arithmetic
export { ErrorCode, addCredits, formatCredits, parseCredits, CreditFormatError } from './shared';
export type { MemberStatus, Permission, Role } from './shared';
