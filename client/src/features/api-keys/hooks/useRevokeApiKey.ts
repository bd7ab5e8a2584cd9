import { useMutation } from '@apollo/client/react';
import { RevokeApiKeyMutation } from '../api-keys.graphql';

export function useRevokeApiKey() {
  // The returned { id, revokedAt } marks the cached key revoked.
  const [mutate, state] = useMutation(RevokeApiKeyMutation);
  const revokeApiKey = (id: string) => mutate({ variables: { id } });
  return [revokeApiKey, state] as const;
}
