import { useMutation } from '@apollo/client/react';
import { ResetPasswordMutation } from '../accounts.graphql';

/** Sets a new password with a reset link's token; the server ends every session of the account. */
export function useResetPassword() {
  const [mutate, state] = useMutation(ResetPasswordMutation);
  const resetPassword = async (token: string, newPassword: string) => {
    await mutate({ variables: { token, newPassword } });
  };
  return [resetPassword, state] as const;
}
