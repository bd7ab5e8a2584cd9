import { useMutation } from '@apollo/client/react';
import { StartTotpEnrollmentMutation } from '../accounts.graphql';

export function useStartTotpEnrollment() {
  // the secret is shown once: never cached
  const [mutate, state] = useMutation(StartTotpEnrollmentMutation, { fetchPolicy: 'no-cache' });
  const start = async () => {
    const { data } = await mutate();
    return data?.startTotpEnrollment ?? null;
  };
  return [start, state] as const;
}
