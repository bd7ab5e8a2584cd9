import { useMutation } from '@apollo/client/react';
import { RenameOrganizationMutation } from '../settings.graphql';

export function useRenameOrganization() {
  // { id, name } updates the normalized Organization everywhere (header, switcher).
  const [mutate, state] = useMutation(RenameOrganizationMutation);
  const renameOrganization = (name: string) => mutate({ variables: { name } });
  return [renameOrganization, state] as const;
}
