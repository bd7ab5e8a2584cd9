import { useMutation } from '@apollo/client/react';
import { ResendCredentialsMutation } from '../members.graphql';

export function useResendCredentials() {
  // The returned { id, emailStatus } updates the badge in place.
  const [mutate, state] = useMutation(ResendCredentialsMutation);
  const resendCredentials = (memberId: string) => mutate({ variables: { memberId } });
  return [resendCredentials, state] as const;
}
