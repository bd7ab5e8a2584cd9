/** The GraphQL documents behind the typed methods (server/schema.graphql). */

const USAGE_RECORD = 'id operation credits createdAt member { id name } resource { id name kind deletedAt }';

export const RECORD_USAGE = `mutation OrgpulseSdkRecordUsage($input: RecordUsageInput!) {
  recordUsage(input: $input) { ${USAGE_RECORD} }
}`;

export const RECORD_USAGE_BATCH = `mutation OrgpulseSdkRecordUsageBatch($inputs: [RecordUsageInput!]!) {
  recordUsageBatch(inputs: $inputs) {
    charged refused
    items { index ok replayed record { ${USAGE_RECORD} } error { code message } }
  }
}`;

export const CREDIT_BALANCE = `query OrgpulseSdkCreditBalance {
  organization { creditBalance { balance isLow lowBalanceThreshold updatedAt } }
}`;

export const USAGE_SUMMARY = `query OrgpulseSdkUsageSummary($from: DateTime!, $to: DateTime!, $groupBy: UsageGroupBy!) {
  usageSummary(from: $from, to: $to, groupBy: $groupBy) { key label count credits }
}`;

export const VIEWER = `query OrgpulseSdkViewer {
  viewer {
    user { id email name mustChangePassword }
    member { id name role status }
    organization { id name }
    organizations { id name }
    permissions
  }
}`;
