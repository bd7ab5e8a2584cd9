import { graphql } from '../../gql';

/** @public a fragment: other documents spread it by name, and codegen registers it from here */
export const CreditBalanceFields = graphql(`
  fragment CreditBalanceFields on CreditBalance {
    balance
    lowBalanceThreshold
    isLow
    updatedAt
    runway {
      burnPerDay
      basisDays
      days
    }
  }
`);

/** @public a fragment: other documents spread it by name, and codegen registers it from here */
export const UsageBucketFields = graphql(`
  fragment UsageBucketFields on UsageBucket {
    key
    label
    credits
    count
  }
`);

export const DashboardQuery = graphql(`
  query Dashboard($from: DateTime!, $to: DateTime!) {
    viewer {
      member {
        id
        allowance {
          ...MemberAllowanceFields
        }
      }
    }
    organization {
      id
      creditBalance {
        ...CreditBalanceFields
      }
    }
    byDay: usageSummary(from: $from, to: $to, groupBy: DAY) {
      ...UsageBucketFields
    }
    byMember: usageSummary(from: $from, to: $to, groupBy: MEMBER) {
      ...UsageBucketFields
    }
    byResource: usageSummary(from: $from, to: $to, groupBy: RESOURCE) {
      ...UsageBucketFields
    }
    byApiKey: usageSummary(from: $from, to: $to, groupBy: API_KEY) {
      ...UsageBucketFields
    }
    recent: usageRecords(from: $from, to: $to, first: 10) {
      nodes {
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
        }
      }
      totalCount
    }
  }
`);

/** The balance, live: each spend, top-up, adjustment or threshold change (graphql-ws). */
export const BalanceChangedSubscription = graphql(`
  subscription BalanceChanged {
    balanceChanged {
      ...CreditBalanceFields
    }
  }
`);

/** Each usage record as it is written: the whole organization for OWNER/ADMIN, one's own for MEMBER/GUEST. */
export const UsageRecordedSubscription = graphql(`
  subscription UsageRecorded {
    usageRecorded {
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
      }
    }
  }
`);
