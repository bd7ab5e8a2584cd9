import { useMutation } from '@apollo/client/react';
import { SetRequireMfaMutation } from '../settings.graphql';

/** { id, requireMfa } updates the normalized Organization, the viewer's included (which may then be sent to enrol). */
export function useSetRequireMfa() {
  const [mutate, state] = useMutation(SetRequireMfaMutation);
  const setRequireMfa = (required: boolean) => mutate({ variables: { required } });
  return [setRequireMfa, state] as const;
}
