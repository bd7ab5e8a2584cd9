import { useMutation } from '@apollo/client/react';
import { ResendVerificationEmailMutation } from '../accounts.graphql';

/** True: a new link was emailed. False: the address was already confirmed. */
export function useResendVerificationEmail() {
  const [mutate, state] = useMutation(ResendVerificationEmailMutation);
  const resend = async () => {
    const { data } = await mutate();
    return data?.resendVerificationEmail ?? false;
  };
  return [resend, state] as const;
}
