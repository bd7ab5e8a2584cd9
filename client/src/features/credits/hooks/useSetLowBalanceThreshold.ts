import { useMutation } from '@apollo/client/react';
import { SetLowBalanceThresholdMutation } from '../credits.graphql';

export function useSetLowBalanceThreshold() {
  // CreditBalance has no id: refetch the page's query so the organization's balance updates.
  const [mutate, state] = useMutation(SetLowBalanceThresholdMutation, { refetchQueries: ['CreditsPage', 'Dashboard'] });
  const setThreshold = (threshold: string | null) => mutate({ variables: { threshold } });
  return [setThreshold, state] as const;
}
