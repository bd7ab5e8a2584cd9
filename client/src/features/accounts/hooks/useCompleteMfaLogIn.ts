import { useMutation } from '@apollo/client/react';
import { useSession } from '../../auth/session-context';
import { CompleteMfaLogInMutation } from '../accounts.graphql';

/** The second step of a sign-in: the mfaToken of MFA_REQUIRED and a TOTP or recovery code. */
export function useCompleteMfaLogIn() {
  const session = useSession();
  const [mutate, state] = useMutation(CompleteMfaLogInMutation);
  const complete = async (mfaToken: string, code: string) => {
    const { data } = await mutate({ variables: { mfaToken, code } });
    if (data) await session.signIn(data.completeMfaLogIn);
    return data?.completeMfaLogIn ?? null;
  };
  return [complete, state] as const;
}
