import { useMutation } from '@apollo/client/react';
import { AccessReviewQuery, SuspendMembersMutation } from '../review.graphql';

/** One request for every member chosen in the review panel: all are suspended, or none. */
export function useSuspendMembers() {
  // the review and the member list both change: refetch whichever is on screen
  const [mutate, state] = useMutation(SuspendMembersMutation, {
    refetchQueries: [AccessReviewQuery, 'Members'],
    awaitRefetchQueries: true,
  });
  const suspendMembers = (memberIds: string[]) => mutate({ variables: { memberIds } });
  return [suspendMembers, state] as const;
}
