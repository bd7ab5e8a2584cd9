import { graphql } from '../../gql';

/** @public a fragment: other documents spread it by name, and codegen registers it from here */
export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    user {
      id
      name
      email
      mustChangePassword
      emailVerified
      mfaEnabled
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
      requireMfa
    }
    organizations {
      id
      name
    }
    permissions
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

/** @public a fragment: other documents spread it by name, and codegen registers it from here */
export const AuthPayloadFields = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    user {
      id
      name
      email
      mustChangePassword
    }
    member {
      id
      role
    }
    organization {
      id
      name
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession {
    refreshSession {
      ...AuthPayloadFields
    }
  }
`);

export const SwitchOrganizationMutation = graphql(`
  mutation SwitchOrganization($organizationId: ID!) {
    switchOrganization(organizationId: $organizationId) {
      ...AuthPayloadFields
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ...AuthPayloadFields
    }
  }
`);
