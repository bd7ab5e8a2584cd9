import { useMutation } from '@apollo/client/react';
import { SetWeeklyAccessReviewEmailMutation } from '../settings.graphql';

/** { id, weeklyAccessReviewEmail } updates the normalized Organization. */
export function useSetWeeklyAccessReviewEmail() {
  const [mutate, state] = useMutation(SetWeeklyAccessReviewEmailMutation);
  const setWeeklyEmail = (enabled: boolean) => mutate({ variables: { enabled } });
  return [setWeeklyEmail, state] as const;
}
