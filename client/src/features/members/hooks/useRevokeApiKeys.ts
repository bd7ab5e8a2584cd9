import { useMutation } from '@apollo/client/react';
import { AccessReviewQuery, RevokeApiKeysMutation } from '../review.graphql';

/** Revokes the keys chosen in the review panel together: all of them, or none. */
export function useRevokeApiKeys() {
  const [mutate, state] = useMutation(RevokeApiKeysMutation, { refetchQueries: [AccessReviewQuery], awaitRefetchQueries: true });
  const revokeApiKeys = (ids: string[]) => mutate({ variables: { ids } });
  return [revokeApiKeys, state] as const;
}
