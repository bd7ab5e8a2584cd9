import { graphql } from '../../gql';

/** @public a fragment: other documents spread it by name, and codegen registers it from here */
export const MemberAllowanceFields = graphql(`
  fragment MemberAllowanceFields on MemberAllowance {
    monthlyLimit
    usedThisMonth
    remaining
  }
`);

/** @public a fragment: other documents spread it by name, and codegen registers it from here */
export const MemberRowFields = graphql(`
  fragment MemberRow on Member {
    id
    name
    email
    role
    status
    joinedAt
    lastActiveAt
    emailStatus
    emailError
    mfaEnabled
    temporaryPasswordExpiresAt
    invitedBy {
      id
      name
    }
    allowance {
      ...MemberAllowanceFields
    }
  }
`);

export const MembersQuery = graphql(`
  query Members($first: Int!, $after: String, $search: String, $role: Role, $status: MemberStatus) {
    members(first: $first, after: $after, search: $search, role: $role, status: $status) {
      nodes {
        ...MemberRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const AddMemberMutation = graphql(`
  mutation AddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      member {
        ...MemberRow
      }
      existingUser
      temporaryPassword
      temporaryPasswordExpiresAt
    }
  }
`);

export const UpdateMemberRoleMutation = graphql(`
  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {
    updateMemberRole(input: $input) {
      id
      role
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($memberId: ID!) {
    removeMember(memberId: $memberId) {
      id
      status
    }
  }
`);

export const SuspendMemberMutation = graphql(`
  mutation SuspendMember($memberId: ID!) {
    suspendMember(memberId: $memberId) {
      id
      status
    }
  }
`);

export const ReactivateMemberMutation = graphql(`
  mutation ReactivateMember($memberId: ID!) {
    reactivateMember(memberId: $memberId) {
      id
      status
    }
  }
`);

export const ResendCredentialsMutation = graphql(`
  mutation ResendCredentials($memberId: ID!) {
    resendCredentials(memberId: $memberId) {
      id
      emailStatus
      emailError
    }
  }
`);

export const SetMemberAllowanceMutation = graphql(`
  mutation SetMemberAllowance($memberId: ID!, $monthlyLimit: Credits) {
    setMemberAllowance(memberId: $memberId, monthlyLimit: $monthlyLimit) {
      id
      allowance {
        ...MemberAllowanceFields
      }
    }
  }
`);
