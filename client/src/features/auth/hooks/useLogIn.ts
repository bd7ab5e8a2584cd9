import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@orgpulse/shared';
import type { AuthPayloadFieldsFragment, LogInInput } from '../../../gql/graphql';
import { LogInMutation } from '../auth.graphql';
import { useSession } from '../session-context';

export type LogInResult = { signedIn: AuthPayloadFieldsFragment } | { mfaToken: string };

/** The mfaToken of an MFA_REQUIRED answer (the password was right; a second factor is next). */
function mfaTokenOf(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const e of error.errors) {
    const token = e.extensions?.mfaToken;
    if (e.extensions?.code === ErrorCode.MfaRequired && typeof token === 'string') return token;
  }
  return null;
}

/** Signs in, or answers the mfaToken when the account has a second factor (then completeMfaLogIn). */
export function useLogIn() {
  const session = useSession();
  const [mutate, state] = useMutation(LogInMutation);
  const logIn = async (input: LogInInput): Promise<LogInResult | null> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) return null;
      await session.signIn(data.logIn);
      return { signedIn: data.logIn };
    } catch (error) {
      const mfaToken = mfaTokenOf(error);
      if (mfaToken) return { mfaToken };
      throw error;
    }
  };
  return [logIn, state] as const;
}
