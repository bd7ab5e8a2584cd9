import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useSession } from '../../auth/session-context';
import { LeaveOrganizationAndSwitchMutation, LeaveOrganizationMutation } from '../organizations.graphql';

export type LeaveOutcome =
  /** Left, and a session in that organization replaced the old one. */
  | { kind: 'switched'; organizationName: string }
  /** Left, and signed out (no other organization, or opening it failed). */
  | { kind: 'signed-out'; switchError?: string };

/**
 * Leaves the session's organization. Leaving ends the session, so with `continueIn` the
 * next organization's session comes back from the same request; without it, or if that
 * part fails, the app signs out. Rejects (nothing changed) when the API refuses to leave.
 */
export function useLeaveOrganization() {
  const client = useApolloClient();
  const { signIn, signOut } = useSession();
  const [leaving, setLeaving] = useState(false);

  const leave = async (continueIn: string | null): Promise<LeaveOutcome> => {
    setLeaving(true);
    try {
      if (!continueIn) {
        await client.mutate({ mutation: LeaveOrganizationMutation });
        await signOut();
        return { kind: 'signed-out' };
      }
      const { data, error } = await client.mutate({
        mutation: LeaveOrganizationAndSwitchMutation,
        variables: { organizationId: continueIn },
        errorPolicy: 'all',
      });
      if (data?.switchOrganization) {
        await signIn(data.switchOrganization);
        return { kind: 'switched', organizationName: data.switchOrganization.organization.name };
      }
      const errors = CombinedGraphQLErrors.is(error) ? error.errors : [];
      const left = data?.leaveOrganization || (errors.length > 0 && errors.every((e) => e.path?.[0] === 'switchOrganization'));
      if (!left) throw error ?? new Error('Leaving the organization did not work. Try again.');
      // Left, but the other organization did not open: this session is over either way.
      await signOut();
      return { kind: 'signed-out', switchError: errors[0]?.message };
    } finally {
      setLeaving(false);
    }
  };
  return [leave, { leaving }] as const;
}
