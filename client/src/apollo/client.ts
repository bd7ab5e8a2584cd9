import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { ErrorCode } from '@orgpulse/shared';
import { Observable, from, switchMap } from 'rxjs';
import type { SessionManager } from './session-manager';
import { splitLiveLink } from './ws-link';

/** Operations that establish a session: never retried after a refresh. */
const SESSION_OPERATIONS = new Set(['LogIn', 'CompleteMfaLogIn', 'SignUp', 'RefreshSession', 'LogOut']);

function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Balances have no id: they belong to their organization.
      Organization: { fields: { creditBalance: { merge: true } } },
      Viewer: { keyFields: [] },
    },
  });
}

export function createApolloClient(session: SessionManager): ApolloClient {
  const authLink = new ApolloLink((operation, forward) => {
    const token = session.tokens.get();
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }));
    return forward(operation);
  });

  const errorLink = new ErrorLink(({ error, operation, forward }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    const codes = error.errors.map((e) => e.extensions?.code);
    if (codes.includes(ErrorCode.PasswordChangeRequired)) {
      session.notifyPasswordChangeRequired();
      return;
    }
    if (codes.includes(ErrorCode.MfaEnrollmentRequired)) {
      session.notifyMfaEnrollmentRequired();
      return;
    }
    const name = operation.operationName ?? '';
    const retried = operation.getContext().retriedAfterRefresh === true;
    if (!codes.includes(ErrorCode.Unauthenticated) || SESSION_OPERATIONS.has(name) || retried) return;
    // The access token expired or was revoked: refresh once, then replay the operation.
    return from(session.refresh()).pipe(
      switchMap((ok) => {
        if (!ok) return new Observable<ApolloLink.Result>((o) => o.error(error));
        operation.setContext({ retriedAfterRefresh: true });
        return forward(operation);
      }),
    );
  });

  const httpLink = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    headers: { 'apollo-require-preflight': 'true' },
  });

  return new ApolloClient({
    cache: createCache(),
    // subscriptions (live balance and usage) over graphql-ws on the same origin, the rest over HTTP
    link: splitLiveLink(session, ApolloLink.from([errorLink, authLink, httpLink])),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
