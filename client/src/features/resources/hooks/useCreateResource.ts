import { useMutation } from '@apollo/client/react';
import type { CreateResourceInput } from '../../../gql/graphql';
import { CreateResourceMutation, ResourcesQuery } from '../resources.graphql';

export function useCreateResource() {
  const [mutate, state] = useMutation(CreateResourceMutation, { refetchQueries: [ResourcesQuery], awaitRefetchQueries: true });
  const createResource = (input: CreateResourceInput) => mutate({ variables: { input } });
  return [createResource, state] as const;
}
