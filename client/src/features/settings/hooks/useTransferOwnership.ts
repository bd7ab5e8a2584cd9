import { useMutation } from '@apollo/client/react';
import { TransferOwnershipMutation } from '../settings.graphql';

export function useTransferOwnership() {
  // The viewer's own role changes (owner -> admin): refetch it and the member list.
  const [mutate, state] = useMutation(TransferOwnershipMutation, {
    refetchQueries: ['Viewer', 'Members', 'TransferCandidates'],
    awaitRefetchQueries: true,
  });
  const transferOwnership = (memberId: string, currentPassword: string) => mutate({ variables: { memberId, currentPassword } });
  return [transferOwnership, state] as const;
}
