import { useMutation } from '@apollo/client/react';
import type { Role } from '@orgpulse/shared';
import { MembersQuery, UpdateMemberRoleMutation } from '../members.graphql';

export function useUpdateMemberRole() {
  // The returned { id, role } updates the row in the cache; lists filtered by role refetch.
  const [mutate, state] = useMutation(UpdateMemberRoleMutation, { refetchQueries: [MembersQuery] });
  const updateMemberRole = (memberId: string, role: Role) => mutate({ variables: { input: { memberId, role } } });
  return [updateMemberRole, state] as const;
}
