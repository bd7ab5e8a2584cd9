import { useApolloClient, useMutation } from '@apollo/client/react';
import { useViewer } from '../../auth/session-context';
import { ConfirmTotpEnrollmentMutation } from '../accounts.graphql';

/** Turns TOTP on; returns the recovery codes (shown once) and marks the cached viewer as enrolled. */
export function useConfirmTotpEnrollment() {
  const viewer = useViewer();
  const client = useApolloClient();
  const [mutate, state] = useMutation(ConfirmTotpEnrollmentMutation, { fetchPolicy: 'no-cache' });
  const confirm = async (code: string) => {
    const { data } = await mutate({ variables: { code } });
    const codes = data?.confirmTotpEnrollment ?? null;
    if (codes) {
      client.cache.modify({
        id: client.cache.identify({ __typename: 'User', id: viewer.user.id }),
        fields: { mfaEnabled: () => true },
      });
    }
    return codes;
  };
  return [confirm, state] as const;
}
