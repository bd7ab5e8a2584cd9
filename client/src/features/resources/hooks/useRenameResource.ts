import { useMutation } from '@apollo/client/react';
import { RenameResourceMutation } from '../resources.graphql';

export function useRenameResource() {
  // The returned { id, name } updates the cached resource in place.
  const [mutate, state] = useMutation(RenameResourceMutation);
  const renameResource = (id: string, name: string) => mutate({ variables: { id, name } });
  return [renameResource, state] as const;
}
