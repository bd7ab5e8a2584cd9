import { createParameterDecorator } from 'type-graphql';
import { unauthenticated } from '../errors';
import type { Caller } from './caller';
import type { GuardContext } from './guard';

/**
 * The authenticated Caller of a guarded operation, as a resolver parameter
 * (`@CurrentCaller() caller: Caller`). The guard has already refused anonymous calls.
 */
export function CurrentCaller() {
  return createParameterDecorator<GuardContext>(({ context }): Caller => {
    if (!context.caller) throw context.authError ?? unauthenticated();
    return context.caller;
  });
}
