import { useMutation } from '@apollo/client/react';
import type { LogInInput } from '../../../gql/graphql';
import { LogInMutation } from '../auth.graphql';
import { useSession } from '../session-context';

export function useLogIn() {
  const session = useSession();
  const [mutate, state] = useMutation(LogInMutation);
  const logIn = async (input: LogInInput) => {
    const { data } = await mutate({ variables: { input } });
    if (data) await session.signIn(data.logIn);
    return data?.logIn ?? null;
  };
  return [logIn, state] as const;
}
