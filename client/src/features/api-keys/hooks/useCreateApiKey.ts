import { useMutation } from '@apollo/client/react';
import { ApiKeysQuery, CreateApiKeyMutation } from '../api-keys.graphql';

export function useCreateApiKey() {
  const [mutate, state] = useMutation(CreateApiKeyMutation, { refetchQueries: [ApiKeysQuery] });
  const createApiKey = async (name: string) => {
    const { data } = await mutate({ variables: { name } });
    if (!data) throw new Error('The server returned no key.');
    return data.createApiKey;
  };
  return [createApiKey, state] as const;
}
