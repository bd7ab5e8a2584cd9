export { OrgpulseClient } from './client';
export type { OrgpulseClientOptions, RequestOptions } from './client';
export { OrgpulseError, isOrgpulseError, NETWORK_ERROR, PROTOCOL_ERROR_CODES } from './errors';
export type { GraphQLErrorEntry, OrgpulseErrorCode, ProtocolErrorCode } from './errors';
export { newIdempotencyKey } from './transport';
export type { FetchInit, FetchLike, FetchResponse } from './transport';
export { verifyWebhook, WebhookVerificationError } from './webhooks';
export type { VerifyWebhookOptions, WebhookEvent, WebhookHeaders } from './webhooks';
export type {
  ApiKey,
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
} from './types';
// the shared vocabulary, so apps need one import: error codes and exact credit arithmetic
export { ErrorCode, addCredits, formatCredits, parseCredits, CreditFormatError } from '@orgpulse/shared';
export type { MemberStatus, Permission, Role } from '@orgpulse/shared';
