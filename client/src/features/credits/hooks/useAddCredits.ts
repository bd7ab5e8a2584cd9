import { useMutation } from '@apollo/client/react';
import { AddCreditsMutation, CreditsPageQuery } from '../credits.graphql';

export function useAddCredits() {
  const [mutate, state] = useMutation(AddCreditsMutation, { refetchQueries: [CreditsPageQuery], awaitRefetchQueries: true });
  /** A fresh idempotency key per submit: a network retry of the same request charges once. */
  const addCredits = (amount: string, note: string | null) =>
    mutate({ variables: { input: { amount, note, idempotencyKey: crypto.randomUUID() } } });
  return [addCredits, state] as const;
}
