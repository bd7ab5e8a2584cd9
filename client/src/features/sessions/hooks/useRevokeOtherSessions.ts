import { useMutation } from '@apollo/client/react';
import { RevokeOtherSessionsMutation, SessionsQuery } from '../sessions.graphql';

/** Signs out every session but this one; resolves to how many ended. */
export function useRevokeOtherSessions() {
  const [mutate, state] = useMutation(RevokeOtherSessionsMutation, { refetchQueries: [SessionsQuery], awaitRefetchQueries: true });
  const revokeOtherSessions = async () => (await mutate()).data?.revokeOtherSessions ?? 0;
  return [revokeOtherSessions, state] as const;
}
