import { useMutation } from '@apollo/client/react';
import type { ChangePasswordInput } from '../../../gql/graphql';
import { ChangePasswordMutation } from '../auth.graphql';
import { useSession } from '../session-context';

/** Changing the password ends the other sessions and returns a fresh one for this tab. */
export function useChangePassword() {
  const session = useSession();
  const [mutate, state] = useMutation(ChangePasswordMutation);
  const changePassword = async (input: ChangePasswordInput) => {
    const { data } = await mutate({ variables: { input } });
    if (data) await session.signIn(data.changePassword);
    return data?.changePassword ?? null;
  };
  return [changePassword, state] as const;
}
