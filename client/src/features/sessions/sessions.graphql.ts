import { graphql } from '../../gql';

export const SessionsQuery = graphql(`
  query Sessions {
    sessions {
      id
      userAgent
      createdAt
      lastRefreshedAt
      current
      organization {
        id
        name
      }
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const RevokeOtherSessionsMutation = graphql(`
  mutation RevokeOtherSessions {
    revokeOtherSessions
  }
`);
