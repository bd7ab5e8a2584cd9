import { useMutation } from '@apollo/client/react';
import { VerifyEmailMutation } from '../accounts.graphql';

/** The returned { id, emailVerified } updates the cached viewer: the banner goes away. */
export function useVerifyEmail() {
  const [mutate, state] = useMutation(VerifyEmailMutation);
  const verifyEmail = async (token: string) => {
    const { data } = await mutate({ variables: { token } });
    return data?.verifyEmail ?? null;
  };
  return [verifyEmail, state] as const;
}
