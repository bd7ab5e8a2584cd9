import { useMutation } from '@apollo/client/react';
import { DisableTotpMutation } from '../accounts.graphql';

/** The returned { id, mfaEnabled } updates the cached viewer. */
export function useDisableTotp() {
  const [mutate, state] = useMutation(DisableTotpMutation);
  const disable = async (currentPassword: string) => {
    await mutate({ variables: { currentPassword } });
  };
  return [disable, state] as const;
}
