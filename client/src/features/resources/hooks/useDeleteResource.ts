import { useMutation } from '@apollo/client/react';
import { DeleteResourceMutation } from '../resources.graphql';

export function useDeleteResource() {
  const [mutate, state] = useMutation(DeleteResourceMutation);
  const deleteResource = (id: string) =>
    mutate({
      variables: { id },
      update(cache, { data }) {
        if (!data?.deleteResource) return;
        cache.evict({ id: cache.identify({ __typename: 'Resource', id }) });
        cache.gc();
      },
    });
  return [deleteResource, state] as const;
}
