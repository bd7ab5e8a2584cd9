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
        runway {
          days
          burnPerDay
          basisDays
        }
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

const WEBHOOK_ENDPOINT = /* GraphQL */ `
  fragment OrgpulseSdkWebhookEndpoint on WebhookEndpoint {
    id
    url
    events
    enabled
    createdAt
  }
`;

const WEBHOOK_DELIVERY = /* GraphQL */ `
  fragment OrgpulseSdkWebhookDelivery on WebhookDelivery {
    id
    eventType
    status
    attempts
    responseStatus
    createdAt
    deliveredAt
  }
`;

export const WEBHOOK_ENDPOINTS = typed<G.OrgpulseSdkWebhookEndpointsQuery, G.OrgpulseSdkWebhookEndpointsQueryVariables>(/* GraphQL */ `
  query OrgpulseSdkWebhookEndpoints {
    webhookEndpoints {
      ...OrgpulseSdkWebhookEndpoint
    }
  }
  ${WEBHOOK_ENDPOINT}
`);

export const WEBHOOK_DELIVERIES = typed<G.OrgpulseSdkWebhookDeliveriesQuery, G.OrgpulseSdkWebhookDeliveriesQueryVariables>(/* GraphQL */ `
  query OrgpulseSdkWebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {
    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...OrgpulseSdkWebhookDelivery
      }
    }
  }
  ${WEBHOOK_DELIVERY}
`);

export const CREATE_WEBHOOK_ENDPOINT = typed<
  G.OrgpulseSdkCreateWebhookEndpointMutation,
  G.OrgpulseSdkCreateWebhookEndpointMutationVariables
>(/* GraphQL */ `
  mutation OrgpulseSdkCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...OrgpulseSdkWebhookEndpoint
      }
    }
  }
  ${WEBHOOK_ENDPOINT}
`);

export const ROTATE_WEBHOOK_SECRET = typed<G.OrgpulseSdkRotateWebhookSecretMutation, G.OrgpulseSdkRotateWebhookSecretMutationVariables>(
  /* GraphQL */ `
    mutation OrgpulseSdkRotateWebhookSecret($id: ID!) {
      rotateWebhookSecret(id: $id) {
        secret
        endpoint {
          ...OrgpulseSdkWebhookEndpoint
        }
      }
    }
    ${WEBHOOK_ENDPOINT}
  `,
);

export const DELETE_WEBHOOK_ENDPOINT = typed<
  G.OrgpulseSdkDeleteWebhookEndpointMutation,
  G.OrgpulseSdkDeleteWebhookEndpointMutationVariables
>(/* GraphQL */ `
  mutation OrgpulseSdkDeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

export const SEND_TEST_WEBHOOK = typed<G.OrgpulseSdkSendTestWebhookMutation, G.OrgpulseSdkSendTestWebhookMutationVariables>(/* GraphQL */ `
  mutation OrgpulseSdkSendTestWebhook($endpointId: ID!) {
    sendTestWebhook(endpointId: $endpointId) {
      ...OrgpulseSdkWebhookDelivery
    }
  }
  ${WEBHOOK_DELIVERY}
`);

export const REDELIVER_WEBHOOK = typed<G.OrgpulseSdkRedeliverWebhookMutation, G.OrgpulseSdkRedeliverWebhookMutationVariables>(
  /* GraphQL */ `
    mutation OrgpulseSdkRedeliverWebhook($deliveryId: ID!) {
      redeliverWebhook(deliveryId: $deliveryId) {
        ...OrgpulseSdkWebhookDelivery
      }
    }
    ${WEBHOOK_DELIVERY}
  `,
);

/** Over graphql-ws (live.ts). The balance without `runway`: that would cost a query per event and subscriber. */
export const BALANCE_CHANGED = typed<G.OrgpulseSdkBalanceChangedSubscription, G.OrgpulseSdkBalanceChangedSubscriptionVariables>(
  /* GraphQL */ `
    subscription OrgpulseSdkBalanceChanged {
      balanceChanged {
        balance
        isLow
        lowBalanceThreshold
        updatedAt
      }
    }
  `,
);

export const USAGE_RECORDED = typed<G.OrgpulseSdkUsageRecordedSubscription, G.OrgpulseSdkUsageRecordedSubscriptionVariables>(/* GraphQL */ `
  subscription OrgpulseSdkUsageRecorded {
    usageRecorded {
      ...OrgpulseSdkUsageRecord
    }
  }
  ${USAGE_RECORD}
`);
