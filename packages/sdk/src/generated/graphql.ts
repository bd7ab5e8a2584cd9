/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type CreateWebhookEndpointInput = {
  /** At least one event. */
  events: Array<WebhookEventType>;
  /** https:// (http:// outside production), no user name or password, a public address. */
  url: string;
};

export type MemberStatus = 'ACTIVE' | 'REMOVED' | 'SUSPENDED';

export type RecordUsageInput = {
  /** Greater than 0, up to 6 decimals. */
  credits: string;
  /** Unique per call (1 to 200 characters): a retry with the same key is charged once and returns the same record. */
  idempotencyKey: string;
  /** 1 to 100 characters, e.g. "chat.completion". */
  operation: string;
  /** The instance or agent the call used. */
  resourceId?: string | null | undefined;
};

/** What a resource is: a model instance or an agent. */
export type ResourceKind = 'AGENT' | 'INSTANCE';

/** OWNER > ADMIN > MEMBER > GUEST */
export type Role = 'ADMIN' | 'GUEST' | 'MEMBER' | 'OWNER';

/** How usageSummary groups: by member, resource, UTC day, operation or API key. */
export type UsageGroupBy = 'API_KEY' | 'DAY' | 'MEMBER' | 'OPERATION' | 'RESOURCE';

/** PENDING: not delivered yet (retried with back-off); SUCCEEDED: a 2xx answer; FAILED: given up. */
export type WebhookDeliveryStatus = 'FAILED' | 'PENDING' | 'SUCCEEDED';

/** An event a webhook endpoint can receive. The body says it in lower case, the first underscore a dot (member.role_changed). */
export type WebhookEventType =
  | 'API_KEY_CREATED'
  | 'API_KEY_REVOKED'
  | 'CREDITS_ADDED'
  | 'CREDITS_LOW_BALANCE'
  | 'MEMBER_ADDED'
  | 'MEMBER_REACTIVATED'
  | 'MEMBER_REMOVED'
  | 'MEMBER_ROLE_CHANGED'
  | 'MEMBER_SUSPENDED'
  | 'OWNERSHIP_TRANSFERRED'
  /** A test delivery (sendTestWebhook): webhook.test. Not subscribable. */
  | 'WEBHOOK_TEST';

export type OrgpulseSdkUsageRecordFragment = {
  id: string;
  operation: string;
  credits: string;
  createdAt: string;
  member: { id: string; name: string };
  resource: { id: string; name: string; kind: ResourceKind; deletedAt: string | null } | null;
};

export type OrgpulseSdkMemberFragment = {
  id: string;
  name: string;
  email: string | null;
  role: Role;
  status: MemberStatus;
  joinedAt: string;
  lastActiveAt: string | null;
};

export type OrgpulseSdkApiKeyFragment = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  member: { id: string; name: string };
};

export type OrgpulseSdkRecordUsageMutationVariables = Exact<{
  input: RecordUsageInput;
}>;

export type OrgpulseSdkRecordUsageMutation = {
  recordUsage: {
    id: string;
    operation: string;
    credits: string;
    createdAt: string;
    member: { id: string; name: string };
    resource: { id: string; name: string; kind: ResourceKind; deletedAt: string | null } | null;
  };
};

export type OrgpulseSdkRecordUsageBatchMutationVariables = Exact<{
  inputs: Array<RecordUsageInput> | RecordUsageInput;
}>;

export type OrgpulseSdkRecordUsageBatchMutation = {
  recordUsageBatch: {
    charged: number;
    refused: number;
    items: Array<{
      index: number;
      ok: boolean;
      replayed: boolean;
      record: {
        id: string;
        operation: string;
        credits: string;
        createdAt: string;
        member: { id: string; name: string };
        resource: { id: string; name: string; kind: ResourceKind; deletedAt: string | null } | null;
      } | null;
      error: { code: string; message: string; reason: string | null } | null;
    }>;
  };
};

export type OrgpulseSdkCreditBalanceQueryVariables = Exact<{ [key: string]: never }>;

export type OrgpulseSdkCreditBalanceQuery = {
  organization: {
    creditBalance: {
      balance: string;
      isLow: boolean;
      lowBalanceThreshold: string | null;
      updatedAt: string;
      runway: { days: number | null; burnPerDay: string; basisDays: number } | null;
    };
  };
};

export type OrgpulseSdkUsageSummaryQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy: UsageGroupBy;
}>;

export type OrgpulseSdkUsageSummaryQuery = { usageSummary: Array<{ key: string; label: string; count: number; credits: string }> };

export type OrgpulseSdkUsageRecordsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  memberId?: string | null | undefined;
  resourceId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type OrgpulseSdkUsageRecordsQuery = {
  usageRecords: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      id: string;
      operation: string;
      credits: string;
      createdAt: string;
      member: { id: string; name: string };
      resource: { id: string; name: string; kind: ResourceKind; deletedAt: string | null } | null;
    }>;
  };
};

export type OrgpulseSdkViewerQueryVariables = Exact<{ [key: string]: never }>;

export type OrgpulseSdkViewerQuery = {
  viewer: {
    permissions: Array<string>;
    user: { id: string; email: string; name: string; mustChangePassword: boolean };
    member: { id: string; name: string; role: Role; status: MemberStatus };
    organization: { id: string; name: string };
    organizations: Array<{ id: string; name: string }>;
  };
};

export type OrgpulseSdkOrganizationQueryVariables = Exact<{ [key: string]: never }>;

export type OrgpulseSdkOrganizationQuery = {
  organization: { id: string; name: string; createdAt: string; memberCount: number; owner: { id: string; name: string } };
};

export type OrgpulseSdkMembersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  role?: Role | null | undefined;
  status?: MemberStatus | null | undefined;
}>;

export type OrgpulseSdkMembersQuery = {
  members: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      id: string;
      name: string;
      email: string | null;
      role: Role;
      status: MemberStatus;
      joinedAt: string;
      lastActiveAt: string | null;
    }>;
  };
};

export type OrgpulseSdkMemberQueryVariables = Exact<{
  id: string;
}>;

export type OrgpulseSdkMemberQuery = {
  member: {
    id: string;
    name: string;
    email: string | null;
    role: Role;
    status: MemberStatus;
    joinedAt: string;
    lastActiveAt: string | null;
  } | null;
};

export type OrgpulseSdkApiKeysQueryVariables = Exact<{
  includeRevoked?: boolean;
}>;

export type OrgpulseSdkApiKeysQuery = {
  apiKeys: Array<{
    id: string;
    name: string;
    prefix: string;
    createdAt: string;
    lastUsedAt: string | null;
    revokedAt: string | null;
    member: { id: string; name: string };
  }>;
};

export type OrgpulseSdkRevokeApiKeyMutationVariables = Exact<{
  id: string;
}>;

export type OrgpulseSdkRevokeApiKeyMutation = {
  revokeApiKey: {
    id: string;
    name: string;
    prefix: string;
    createdAt: string;
    lastUsedAt: string | null;
    revokedAt: string | null;
    member: { id: string; name: string };
  };
};

export type OrgpulseSdkWebhookEndpointFragment = {
  id: string;
  url: string;
  events: Array<WebhookEventType>;
  enabled: boolean;
  createdAt: string;
};

export type OrgpulseSdkWebhookDeliveryFragment = {
  id: string;
  eventType: WebhookEventType;
  status: WebhookDeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  createdAt: string;
  deliveredAt: string | null;
};

export type OrgpulseSdkWebhookEndpointsQueryVariables = Exact<{ [key: string]: never }>;

export type OrgpulseSdkWebhookEndpointsQuery = {
  webhookEndpoints: Array<{ id: string; url: string; events: Array<WebhookEventType>; enabled: boolean; createdAt: string }>;
};

export type OrgpulseSdkWebhookDeliveriesQueryVariables = Exact<{
  endpointId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type OrgpulseSdkWebhookDeliveriesQuery = {
  webhookDeliveries: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      id: string;
      eventType: WebhookEventType;
      status: WebhookDeliveryStatus;
      attempts: number;
      responseStatus: number | null;
      createdAt: string;
      deliveredAt: string | null;
    }>;
  };
};

export type OrgpulseSdkCreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;

export type OrgpulseSdkCreateWebhookEndpointMutation = {
  createWebhookEndpoint: {
    secret: string;
    endpoint: { id: string; url: string; events: Array<WebhookEventType>; enabled: boolean; createdAt: string };
  };
};

export type OrgpulseSdkRotateWebhookSecretMutationVariables = Exact<{
  id: string;
}>;

export type OrgpulseSdkRotateWebhookSecretMutation = {
  rotateWebhookSecret: {
    secret: string;
    endpoint: { id: string; url: string; events: Array<WebhookEventType>; enabled: boolean; createdAt: string };
  };
};

export type OrgpulseSdkDeleteWebhookEndpointMutationVariables = Exact<{
  id: string;
}>;

export type OrgpulseSdkDeleteWebhookEndpointMutation = { deleteWebhookEndpoint: boolean };

export type OrgpulseSdkSendTestWebhookMutationVariables = Exact<{
  endpointId: string;
}>;

export type OrgpulseSdkSendTestWebhookMutation = {
  sendTestWebhook: {
    id: string;
    eventType: WebhookEventType;
    status: WebhookDeliveryStatus;
    attempts: number;
    responseStatus: number | null;
    createdAt: string;
    deliveredAt: string | null;
  };
};

export type OrgpulseSdkRedeliverWebhookMutationVariables = Exact<{
  deliveryId: string;
}>;

export type OrgpulseSdkRedeliverWebhookMutation = {
  redeliverWebhook: {
    id: string;
    eventType: WebhookEventType;
    status: WebhookDeliveryStatus;
    attempts: number;
    responseStatus: number | null;
    createdAt: string;
    deliveredAt: string | null;
  };
};

export type OrgpulseSdkBalanceChangedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type OrgpulseSdkBalanceChangedSubscription = {
  balanceChanged: { balance: string; isLow: boolean; lowBalanceThreshold: string | null; updatedAt: string };
};

export type OrgpulseSdkUsageRecordedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type OrgpulseSdkUsageRecordedSubscription = {
  usageRecorded: {
    id: string;
    operation: string;
    credits: string;
    createdAt: string;
    member: { id: string; name: string };
    resource: { id: string; name: string; kind: ResourceKind; deletedAt: string | null } | null;
  };
};
