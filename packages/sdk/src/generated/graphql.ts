/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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
  organization: { creditBalance: { balance: string; isLow: boolean; lowBalanceThreshold: string | null; updatedAt: string } };
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
