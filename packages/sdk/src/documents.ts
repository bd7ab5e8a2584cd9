/**
 * The GraphQL documents behind the typed methods. Their result and variable types are
 * generated from server/schema.graphql into ./generated/graphql.ts
 * (`pnpm --filter @orgpulse/sdk codegen`); each document below names its pair.
 */
import type * as G from './generated/graphql';

declare const TYPES: unique symbol;
/** A document's text, carrying its result and variables types (only for the compiler). */
export type Document<TData, TVariables> = string & { readonly [TYPES]?: (variables: TVariables) => TData };

const typed = <TData, TVariables>(source: string) => source as Document<TData, TVariables>;

const USAGE_RECORD = /* GraphQL */ `
  fragment OrgpulseSdkUsageRecord on UsageRecord {
    id
    operation
    credits
    createdAt
    member {
      id
      name
    }
    resource {
      id
      name
      kind
      deletedAt
    }
  }
`;

const MEMBER_FIELDS = /* GraphQL */ `
  fragment OrgpulseSdkMember on Member {
    id
    name
    email
    role
    status
    joinedAt
    lastActiveAt
  }
`;

const API_KEY = /* GraphQL */ `
  fragment OrgpulseSdkApiKey on ApiKey {
    id
    name
    prefix
    createdAt
    lastUsedAt
    revokedAt
    member {
      id
      name
    }
  }
`;

export const RECORD_USAGE = typed<G.OrgpulseSdkRecordUsageMutation, G.OrgpulseSdkRecordUsageMutationVariables>(/* GraphQL */ `
  mutation OrgpulseSdkRecordUsage($input: RecordUsageInput!) {
    recordUsage(input: $input) {
      ...OrgpulseSdkUsageRecord
    }
  }
  ${USAGE_RECORD}
`);

export const RECORD_USAGE_BATCH = typed<G.OrgpulseSdkRecordUsageBatchMutation, G.OrgpulseSdkRecordUsageBatchMutationVariables>(
  /* GraphQL */ `
    mutation OrgpulseSdkRecordUsageBatch($inputs: [RecordUsageInput!]!) {
      recordUsageBatch(inputs: $inputs) {
        charged
        refused
        items {
          index
          ok
          replayed
          record {
            ...OrgpulseSdkUsageRecord
          }
          error {
            code
            message
            reason
          }
        }
      }
    }
    ${USAGE_RECORD}
  `,
);

export const CREDIT_BALANCE = typed<G.OrgpulseSdkCreditBalanceQuery, G.OrgpulseSdkCreditBalanceQueryVariables>(/* GraphQL */ `
  query OrgpulseSdkCreditBalance {
    organization {
      creditBalance {
        balance
        isLow
        lowBalanceThreshold
        updatedAt
      }
    }
  }
`);

export const USAGE_SUMMARY = typed<G.OrgpulseSdkUsageSummaryQuery, G.OrgpulseSdkUsageSummaryQueryVariables>(/* GraphQL */ `
  query OrgpulseSdkUsageSummary($from: DateTime!, $to: DateTime!, $groupBy: UsageGroupBy!) {
    usageSummary(from: $from, to: $to, groupBy: $groupBy) {
      key
      label
      count
      credits
    }
  }
`);

export const USAGE_RECORDS = typed<G.OrgpulseSdkUsageRecordsQuery, G.OrgpulseSdkUsageRecordsQueryVariables>(/* GraphQL */ `
  query OrgpulseSdkUsageRecords($from: DateTime, $to: DateTime, $memberId: ID, $resourceId: ID, $first: Int, $after: String) {
    usageRecords(from: $from, to: $to, memberId: $memberId, resourceId: $resourceId, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...OrgpulseSdkUsageRecord
      }
    }
  }
  ${USAGE_RECORD}
`);

export const VIEWER = typed<G.OrgpulseSdkViewerQuery, G.OrgpulseSdkViewerQueryVariables>(/* GraphQL */ `
  query OrgpulseSdkViewer {
    viewer {
      user {
        id
        email
        name
        mustChangePassword
      }
      member {
        id
        name
        role
        status
      }
      organization {
        id
        name
      }
      organizations {
        id
        name
      }
      permissions
    }
  }
`);

export const ORGANIZATION = typed<G.OrgpulseSdkOrganizationQuery, G.OrgpulseSdkOrganizationQueryVariables>(/* GraphQL */ `
  query OrgpulseSdkOrganization {
    organization {
      id
      name
      createdAt
      memberCount
      owner {
        id
        name
      }
    }
  }
`);

export const MEMBERS = typed<G.OrgpulseSdkMembersQuery, G.OrgpulseSdkMembersQueryVariables>(/* GraphQL */ `
  query OrgpulseSdkMembers($first: Int, $after: String, $search: String, $role: Role, $status: MemberStatus) {
    members(first: $first, after: $after, search: $search, role: $role, status: $status) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...OrgpulseSdkMember
      }
    }
  }
  ${MEMBER_FIELDS}
`);

export const MEMBER = typed<G.OrgpulseSdkMemberQuery, G.OrgpulseSdkMemberQueryVariables>(/* GraphQL */ `
  query OrgpulseSdkMember($id: ID!) {
    member(id: $id) {
      ...OrgpulseSdkMember
    }
  }
  ${MEMBER_FIELDS}
`);

export const API_KEYS = typed<G.OrgpulseSdkApiKeysQuery, G.OrgpulseSdkApiKeysQueryVariables>(/* GraphQL */ `
  query OrgpulseSdkApiKeys($includeRevoked: Boolean! = false) {
    apiKeys(includeRevoked: $includeRevoked) {
      ...OrgpulseSdkApiKey
    }
  }
  ${API_KEY}
`);

export const REVOKE_API_KEY = typed<G.OrgpulseSdkRevokeApiKeyMutation, G.OrgpulseSdkRevokeApiKeyMutationVariables>(/* GraphQL */ `
  mutation OrgpulseSdkRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...OrgpulseSdkApiKey
    }
  }
  ${API_KEY}
`);
