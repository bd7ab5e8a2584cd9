import { useMutation } from '@apollo/client/react';
import { RequestPasswordResetMutation } from '../accounts.graphql';

export function useRequestPasswordReset() {
  const [mutate, state] = useMutation(RequestPasswordResetMutation);
  const request = async (email: string) => {
    await mutate({ variables: { email } });
  };
  return [request, state] as const;
}
