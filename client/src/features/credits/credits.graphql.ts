import { graphql } from '../../gql';

export const CreditsPageQuery = graphql(`
  query CreditsPage($first: Int!, $after: String) {
    organization {
      id
      creditBalance {
        ...CreditBalanceFields
      }
    }
    creditTransactions(first: $first, after: $after) {
      nodes {
        id
        kind
        amount
        balanceAfter
        note
        createdAt
        member {
          id
          name
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const AddCreditsMutation = graphql(`
  mutation AddCredits($input: AddCreditsInput!) {
    addCredits(input: $input) {
      id
      amount
      balanceAfter
    }
  }
`);

export const SetLowBalanceThresholdMutation = graphql(`
  mutation SetLowBalanceThreshold($threshold: Credits) {
    setLowBalanceThreshold(threshold: $threshold) {
      ...CreditBalanceFields
    }
  }
`);

export const AdjustCreditsMutation = graphql(`
  mutation AdjustCredits($input: AdjustCreditsInput!) {
    adjustCredits(input: $input) {
      id
      kind
      amount
      balanceAfter
      note
    }
  }
`);
