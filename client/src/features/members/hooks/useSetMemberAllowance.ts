import { useMutation } from '@apollo/client/react';
import { SetMemberAllowanceMutation } from '../members.graphql';

/**
 * Sets (a decimal string above zero) or clears (null) a member's monthly spending limit.
 * The returned { id, allowance } updates the member everywhere in the cache (the row and the
 * dashboard's own-allowance line), so nothing needs a refetch.
 */
export function useSetMemberAllowance() {
  const [mutate, state] = useMutation(SetMemberAllowanceMutation);
  const setMemberAllowance = (memberId: string, monthlyLimit: string | null) => mutate({ variables: { memberId, monthlyLimit } });
  return [setMemberAllowance, state] as const;
}
