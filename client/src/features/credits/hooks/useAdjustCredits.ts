import { useRef } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@orgpulse/shared';
import { AdjustCreditsMutation, CreditsPageQuery } from '../credits.graphql';

/**
 * Whether a failed attempt may still have been applied. A GraphQL refusal (INSUFFICIENT_CREDITS,
 * BAD_USER_INPUT, ...) means the server answered and wrote nothing. A network error, an HTTP
 * error or an internal error leaves the outcome unknown.
 */
function outcomeUnknown(error: unknown): boolean {
  if (!CombinedGraphQLErrors.is(error)) return true;
  return error.errors.some((e) => e.extensions?.code === ErrorCode.InternalServerError);
}

/**
 * Correct the balance up or down. `amount` is a signed exact decimal string ("25", "-12.5"),
 * `note` says why.
 *
 * Each submit gets a fresh idempotency key. There is one exception: if the previous attempt had
 * the same amount and note and its outcome is unknown (for example a network error), the retry
 * sends the same key, so the server applies the adjustment once.
 */
export function useAdjustCredits() {
  // The refetched page updates Organization.creditBalance in the cache, which the dashboard reads too.
  const [mutate, state] = useMutation(AdjustCreditsMutation, { refetchQueries: [CreditsPageQuery], awaitRefetchQueries: true });
  const unsettled = useRef<{ amount: string; note: string; key: string } | null>(null);

  const adjustCredits = async (amount: string, note: string) => {
    const previous = unsettled.current;
    const idempotencyKey = previous && previous.amount === amount && previous.note === note ? previous.key : crypto.randomUUID();
    unsettled.current = { amount, note, key: idempotencyKey };
    try {
      const { data } = await mutate({ variables: { input: { amount, note, idempotencyKey } } });
      unsettled.current = null;
      if (!data) throw new Error('The server returned no transaction.');
      return data.adjustCredits;
    } catch (error) {
      if (!outcomeUnknown(error)) unsettled.current = null;
      throw error;
    }
  };

  return [adjustCredits, state] as const;
}
