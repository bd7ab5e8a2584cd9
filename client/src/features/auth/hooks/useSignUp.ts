import { useMutation } from '@apollo/client/react';
import type { SignUpInput } from '../../../gql/graphql';
import { SignUpMutation } from '../auth.graphql';
import { useSession } from '../session-context';

export function useSignUp() {
  const session = useSession();
  const [mutate, state] = useMutation(SignUpMutation);
  const signUp = async (input: SignUpInput) => {
    const { data } = await mutate({ variables: { input } });
    if (data) await session.signIn(data.signUp);
    return data?.signUp ?? null;
  };
  return [signUp, state] as const;
}
