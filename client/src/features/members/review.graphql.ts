import { graphql } from '../../gql';

/** @public a fragment: other documents spread it by name, and codegen registers it from here */
export const ReviewMemberFields = graphql(`
  fragment ReviewMember on Member {
    id
    name
    email
    role
    status
    joinedAt
    lastActiveAt
  }
`);

/** The Members page's review panel (OWNER/ADMIN), loaded with the panel's own chunk. */
export const AccessReviewQuery = graphql(`
  query AccessReview($inactiveDays: Int!) {
    accessReview(inactiveDays: $inactiveDays) {
      inactiveDays
      inactiveMembers {
        ...ReviewMember
      }
      temporaryPasswordNotChanged {
        ...ReviewMember
      }
      adminsWithoutMfa {
        ...ReviewMember
      }
      unusedApiKeys {
        id
        name
        prefix
        createdAt
        lastUsedAt
        member {
          id
          name
        }
      }
    }
  }
`);

export const SuspendMembersMutation = graphql(`
  mutation SuspendMembers($memberIds: [ID!]!) {
    suspendMembers(memberIds: $memberIds) {
      id
      status
    }
  }
`);

export const RevokeApiKeysMutation = graphql(`
  mutation RevokeApiKeys($ids: [ID!]!) {
    revokeApiKeys(ids: $ids) {
      id
      revokedAt
    }
  }
`);
