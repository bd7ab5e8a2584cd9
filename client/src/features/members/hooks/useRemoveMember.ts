import { useMutation } from '@apollo/client/react';
import { MembersQuery, RemoveMemberMutation } from '../members.graphql';

export function useRemoveMember() {
  // A status change can move the member out of the filtered list: refetch what is shown.
  const [mutate, state] = useMutation(RemoveMemberMutation, { refetchQueries: [MembersQuery], awaitRefetchQueries: true });
  const removeMember = (memberId: string) => mutate({ variables: { memberId } });
  return [removeMember, state] as const;
}
