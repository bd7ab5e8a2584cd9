import { graphql } from '../../gql';

export const SettingsQuery = graphql(`
  query Settings {
    organization {
      id
      name
      createdAt
      memberCount
      requireMfa
      weeklyAccessReviewEmail
      owner {
        id
        name
      }
    }
  }
`);

export const TransferCandidatesQuery = graphql(`
  query TransferCandidates {
    members(first: 100, status: ACTIVE) {
      nodes {
        id
        name
        email
        role
      }
    }
  }
`);

export const RenameOrganizationMutation = graphql(`
  mutation RenameOrganization($name: String!) {
    renameOrganization(name: $name) {
      id
      name
    }
  }
`);

export const TransferOwnershipMutation = graphql(`
  mutation TransferOwnership($memberId: ID!, $currentPassword: String!) {
    transferOwnership(memberId: $memberId, currentPassword: $currentPassword) {
      id
      owner {
        id
        name
      }
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($name: String!) {
    updateProfile(name: $name) {
      id
      name
    }
  }
`);

export const SetRequireMfaMutation = graphql(`
  mutation SetRequireMfa($required: Boolean!) {
    setRequireMfa(required: $required) {
      id
      requireMfa
    }
  }
`);

export const SetWeeklyAccessReviewEmailMutation = graphql(`
  mutation SetWeeklyAccessReviewEmail($enabled: Boolean!) {
    setWeeklyAccessReviewEmail(enabled: $enabled) {
      id
      weeklyAccessReviewEmail
    }
  }
`);
