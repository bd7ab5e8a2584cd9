import { useMutation } from '@apollo/client/react';
import { RevokeSessionMutation, SessionsQuery } from '../sessions.graphql';

/** Signs one of your sessions out (another device); the list is read again. */
export function useRevokeSession() {
  const [mutate, state] = useMutation(RevokeSessionMutation, { refetchQueries: [SessionsQuery], awaitRefetchQueries: true });
  const revokeSession = (id: string) => mutate({ variables: { id } });
  return [revokeSession, state] as const;
}
