import { useMutation } from '@apollo/client/react';
import { MembersQuery, ReactivateMemberMutation } from '../members.graphql';

export function useReactivateMember() {
  // A status change can move the member out of the filtered list: refetch what is shown.
  const [mutate, state] = useMutation(ReactivateMemberMutation, { refetchQueries: [MembersQuery], awaitRefetchQueries: true });
  const reactivateMember = (memberId: string) => mutate({ variables: { memberId } });
  return [reactivateMember, state] as const;
}
