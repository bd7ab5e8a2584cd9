import { useMutation } from '@apollo/client/react';
import { MembersQuery, SuspendMemberMutation } from '../members.graphql';

export function useSuspendMember() {
  // A status change can move the member out of the filtered list: refetch what is shown.
  const [mutate, state] = useMutation(SuspendMemberMutation, { refetchQueries: [MembersQuery], awaitRefetchQueries: true });
  const suspendMember = (memberId: string) => mutate({ variables: { memberId } });
  return [suspendMember, state] as const;
}
