import { graphql } from '../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog(
    $first: Int!
    $after: String
    $actorId: ID
    $actions: [String!]
    $targetId: ID
    $from: DateTime
    $to: DateTime
    $withTotal: Boolean!
  ) {
    auditLog(first: $first, after: $after, actorId: $actorId, actions: $actions, targetId: $targetId, from: $from, to: $to) {
      nodes {
        id
        action
        targetId
        data
        createdAt
        actor {
          id
          name
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount @include(if: $withTotal)
    }
  }
`);

/** The filter's choices: the actions recorded, and the members (for the actor select and to name targets). */
export const AuditFilterOptionsQuery = graphql(`
  query AuditFilterOptions {
    auditActions
    members(first: 200) {
      nodes {
        id
        name
        email
      }
    }
  }
`);
