import { graphql } from '../../gql';

export const LeaveOrganizationMutation = graphql(`
  mutation LeaveOrganization {
    leaveOrganization {
      id
      status
    }
  }
`);

/**
 * Leaving ends this session, so the session that opens the next organization is asked for
 * in the same document: mutation fields run in order, and when leaving fails (the owner,
 * say) execution stops before the switch.
 */
export const LeaveOrganizationAndSwitchMutation = graphql(`
  mutation LeaveOrganizationAndSwitch($organizationId: ID!) {
    leaveOrganization {
      id
      status
    }
    switchOrganization(organizationId: $organizationId) {
      ...AuthPayloadFields
    }
  }
`);
