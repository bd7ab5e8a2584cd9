import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { ErrorCode } from '@orgpulse/shared';

/** The first `extensions.code` of a GraphQL error, if any. */
export function errorCode(error: unknown): string | null {
  if (CombinedGraphQLErrors.is(error)) {
    for (const e of error.errors) {
      const code = e.extensions?.code;
      if (typeof code === 'string') return code;
    }
  }
  if (ServerError.is(error) && error.statusCode === 429) return ErrorCode.RateLimited;
  return null;
}

/** A message a person can act on, for any error an operation can end with. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const messages = [...new Set(error.errors.map((e) => e.message).filter(Boolean))];
    if (messages.length) return messages.join(' ');
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 429) return 'Too many attempts. Wait a moment and try again.';
    if (error.statusCode >= 500) return 'The server had a problem. Try again in a moment.';
  }
  if (error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message))) {
    return 'Cannot reach the server. Check your connection and try again.';
  }
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again.';
}
